namespace YouthJustice.Domain;

/// <summary>
/// The one way text becomes a value of a closed set: the exact PascalCase name (case-sensitive) or, where the value
/// has one, its YJB code. Anything else is an <see cref="UnknownValueError"/> that lists what is allowed.
/// </summary>
internal static class SmartEnumText
{
    internal static OneOf<TEnum, UnknownValueError> Parse<TEnum>(string? text, string field, Func<TEnum, string?> code)
        where TEnum : SmartEnum<TEnum>
        => ParseWithCodes<TEnum>(text, field, v => code(v) is { } c ? [c] : []);

    internal static OneOf<TEnum, UnknownValueError> ParseWithCodes<TEnum>(string? text, string field, Func<TEnum, IEnumerable<string>> codes)
        where TEnum : SmartEnum<TEnum>
    {
        if (text is not null)
        {
            foreach (var value in Values<TEnum>.All)
            {
                if (string.Equals(value.Name, text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            foreach (var value in Values<TEnum>.All)
            {
                foreach (var code in codes(value))
                {
                    if (string.Equals(code, text, StringComparison.Ordinal))
                    {
                        return value;
                    }
                }
            }
        }

        return new UnknownValueError(field, text, AllowedValues(codes));
    }

    internal static IReadOnlyList<string> AllowedValues<TEnum>(Func<TEnum, IEnumerable<string>> codes)
        where TEnum : SmartEnum<TEnum>
    {
        var ordered = SmartEnum<TEnum>.List.OrderBy(v => v.Value).ToArray();
        return ordered.Select(v => v.Name)
            .Concat(ordered.SelectMany(codes))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    // SmartEnum<T>.List copies its values on every call; parsing runs for every field of every record read.
    private static class Values<TEnum>
        where TEnum : SmartEnum<TEnum>
    {
        public static readonly TEnum[] All = [.. SmartEnum<TEnum>.List];
    }
}
