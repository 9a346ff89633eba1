namespace YouthJustice.Kpi.Tests;

/// <summary>
/// The one-way data flow of ARCHITECTURE.md: the core packages depend only on NodaTime, SmartEnum and OneOf
/// (and the KPI engine on the domain), never on the tool, the interchange formats or a CSV/JSON library.
/// </summary>
public class AssemblyDependencyTest
{
    private static readonly string[] AllowedForDomain = ["System.", "netstandard", "NodaTime", "Ardalis.SmartEnum", "OneOf"];

    [Fact]
    public void Domain_references_only_the_runtime_NodaTime_SmartEnum_and_OneOf()
    {
        var references = typeof(YouthJustice.Domain.Sources.SourceAttribute).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !AllowedForDomain.Any(n.StartsWith))
            .ToList();

        references.Should().BeEmpty();
    }

    [Fact]
    public void Kpi_references_nothing_beyond_the_domain_and_its_packages()
    {
        var allowed = AllowedForDomain.Append("YouthJustice.Domain").ToArray();
        var kpiAssembly = System.Reflection.Assembly.Load("YouthJustice.Kpi");

        kpiAssembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !allowed.Any(n.StartsWith))
            .Should().BeEmpty();
    }
}
