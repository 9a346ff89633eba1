using System.Reflection;
using Ardalis.SmartEnum;
using OneOf;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Tests.Annotations;

/// <summary>
/// Guard over the core vocabulary (the namespaces the interchange readers parse): every closed set reads text one way
/// and round-trips every name.
/// </summary>
public class SmartEnumConsistencyTest
{
    private static readonly string[] CoreNamespaces =
    [
        "YouthJustice.Domain.Time", "YouthJustice.Domain.Children", "YouthJustice.Domain.Offences", "YouthJustice.Domain.Disposals",
        "YouthJustice.Domain.Cases", "YouthJustice.Domain.Accommodation", "YouthJustice.Domain.Education", "YouthJustice.Domain.Health",
        "YouthJustice.Domain.Victims", "YouthJustice.Domain.Services", "YouthJustice.Domain.Reference",
    ];

    private static readonly Type[] SmartEnums = typeof(SourceAttribute).Assembly.GetExportedTypes()
        .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SmartEnum<>))
        .Where(t => CoreNamespaces.Contains(t.Namespace))
        .ToArray();

    public static TheoryData<Type> All()
    {
        var data = new TheoryData<Type>();
        foreach (var type in SmartEnums)
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_domain_has_smart_enums()
        => SmartEnums.Should().HaveCountGreaterThanOrEqualTo(20);

    [Theory]
    [MemberData(nameof(All))]
    public void Every_smart_enum_has_a_parse_returning_one_of_the_value_or_an_unknown_value_error(Type type)
    {
        var parse = type.GetMethods(BindingFlags.Public | BindingFlags.Static).SingleOrDefault(m => m.Name == "Parse");

        parse.Should().NotBeNull($"{type.Name} must have a static Parse");
        parse!.ReturnType.Should().Be(typeof(OneOf<,>).MakeGenericType(type, typeof(UnknownValueError)));
        var list = (IEnumerable<object>)type.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!;
        foreach (var value in list)
        {
            var name = (string)type.GetProperty("Name")!.GetValue(value)!;
            var arguments = parse.GetParameters().Select((p, i) => i == 0 ? (object?)name : p.DefaultValue).ToArray();
            var result = (IOneOf)parse.Invoke(null, arguments)!;
            result.Value.Should().BeSameAs(value, $"{type.Name}.Parse(\"{name}\")");
        }

        var unknown = (IOneOf)parse.Invoke(null, parse.GetParameters().Select((p, i) => i == 0 ? (object?)"\u0000" : p.DefaultValue).ToArray())!;
        unknown.Value.Should().BeOfType<UnknownValueError>();
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_smart_enum_is_sealed(Type type)
        => type.IsSealed.Should().BeTrue();
}
