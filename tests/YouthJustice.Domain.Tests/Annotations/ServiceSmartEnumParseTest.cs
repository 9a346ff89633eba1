using System.Reflection;
using Ardalis.SmartEnum;
using OneOf;
using YouthJustice.Domain.Resettlement;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Tests.Annotations;

/// <summary>
/// The service namespaces' closed sets read text one way too: a static Parse returning the value or an
/// <see cref="UnknownValueError"/>, round-tripping every name. <see cref="ResettlementPathway"/> is the one exception:
/// its Parse reads loosely written titles and returns a <see cref="PathwayNameError"/> that points adult names to the
/// alias map (decisions SV2, SV7).
/// </summary>
public class ServiceSmartEnumParseTest
{
    private static readonly string[] ServiceNamespaces =
    [
        "YouthJustice.Domain.Resettlement", "YouthJustice.Domain.ActionPlans", "YouthJustice.Domain.Inspection",
        "YouthJustice.Domain.Assessments", "YouthJustice.Domain.Outcomes", "YouthJustice.Domain.Caseload",
    ];

    private static readonly Type[] SmartEnums = typeof(SourceAttribute).Assembly.GetExportedTypes()
        .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SmartEnum<>))
        .Where(t => ServiceNamespaces.Contains(t.Namespace) && t != typeof(ResettlementPathway) && !t.IsAbstract)
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
    public void The_service_namespaces_have_smart_enums()
        => SmartEnums.Should().HaveCountGreaterThanOrEqualTo(15);

    [Theory]
    [MemberData(nameof(All))]
    public void Every_smart_enum_parses_every_name_and_reports_unknown_text(Type type)
    {
        var parse = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == "Parse");
        parse.ReturnType.Should().Be(typeof(OneOf<,>).MakeGenericType(type, typeof(UnknownValueError)));
        foreach (var value in (IEnumerable<object>)type.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!)
        {
            var name = (string)type.GetProperty("Name")!.GetValue(value)!;
            ((IOneOf)parse.Invoke(null, [name])!).Value.Should().BeSameAs(value, $"{type.Name}.Parse(\"{name}\")");
        }

        ((IOneOf)parse.Invoke(null, ["\u0000"])!).Value.Should().BeOfType<UnknownValueError>();
    }

    [Fact]
    public void Resettlement_pathway_parse_is_the_documented_exception()
        => typeof(ResettlementPathway).GetMethod("Parse")!.ReturnType.Should().Be<OneOf<ResettlementPathway, PathwayNameError>>();
}
