using Ardalis.SmartEnum;
using OneOf;

namespace YouthJustice.Domain.Tests.TestSupport;

internal static class EnumAssert
{
    /// <summary>Every name (and every code) parses back to its value; other spellings give the exact error.</summary>
    internal static void RoundTrips<T>(Func<string?, OneOf<T, UnknownValueError>> parse, Func<T, string?> code, string field)
        where T : SmartEnum<T>
    {
        foreach (var value in SmartEnum<T>.List)
        {
            parse(value.Name).AsT0.Should().BeSameAs(value);
            if (code(value) is { } c)
            {
                parse(c).AsT0.Should().BeSameAs(value);
            }

            var upper = value.Name.ToUpperInvariant();
            if (!string.Equals(upper, value.Name, StringComparison.Ordinal)
                && SmartEnum<T>.List.All(v => !string.Equals(upper, code(v), StringComparison.Ordinal)))
            {
                parse(upper).IsT1.Should().BeTrue($"'{upper}' must not be accepted for {value.Name}");
            }
        }

        var error = parse("NoSuchValue").AsT1;
        error.Field.Should().Be(field);
        error.Value.Should().Be("NoSuchValue");
        var expected = SmartEnum<T>.List.OrderBy(v => v.Value).Select(v => v.Name)
            .Concat(SmartEnum<T>.List.OrderBy(v => v.Value).Select(code).Where(c => c is not null).Select(c => c!))
            .Distinct()
            .ToArray();
        error.AllowedValues.Should().Equal(expected);
        error.Message.Should().Be($"'NoSuchValue' is not a valid '{field}'; expected one of: {string.Join(", ", expected)}.");
        parse(null).AsT1.Message.Should().Be($"No value was given for '{field}'; expected one of: {string.Join(", ", expected)}.");
    }
}
