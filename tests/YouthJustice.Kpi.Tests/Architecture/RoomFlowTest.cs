using System.IO;

namespace YouthJustice.Kpi.Tests.Architecture;

/// <summary>
/// The KPI engine's rooms use each other one way only (docs/architecture.md): no folder of src/YouthJustice.Kpi
/// uses a type of a room above it. Read from the source, so the test needs no build of anything but itself.
/// </summary>
public class RoomFlowTest
{
    [Fact]
    public void No_room_of_the_kpi_engine_uses_a_room_against_the_flow()
    {
        var files = KpiSources();
        var edges = RoomScanner.Edges(files);

        files.Should().HaveCountGreaterThan(50, "the scan must read the engine's sources, not an empty folder");
        edges.Should().Contain(e => e.From == "Measures" && e.To == "Rules", "a scan that finds no edge at all proves nothing");
        edges.Where(e => !KpiRooms.Allows(e.From, e.To)).Select(e => e.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Every_folder_of_the_kpi_engine_is_a_room_with_a_place_in_the_flow()
    {
        var rooms = KpiSources().Select(f => RoomScanner.RoomOf(f.RelativePath)).Distinct().ToList();

        rooms.Should().BeEquivalentTo(KpiRooms.MayUse.Keys, "a new folder needs a row in KpiRooms and in docs/architecture.md");
    }

    [Fact]
    public void A_use_against_the_flow_is_reported()
    {
        (string, string)[] files =
        [
            ("Measures/EteKpi.cs", "namespace YouthJustice.Kpi.Measures;\ninternal sealed class EteKpi\n{\n}\n"),
            ("Layout/CaseTable.cs", "namespace YouthJustice.Kpi.Engine;\ninternal sealed class CaseTable\n{\n    public int Hours => EteKpi.SchoolAgeFullTimeHours;\n}\n"),
        ];

        var forbidden = RoomScanner.Edges(files).Where(e => !KpiRooms.Allows(e.From, e.To)).ToList();

        forbidden.Should().ContainSingle().Which.Should().Be(new RoomEdge("Layout", "Measures", "EteKpi", "Layout/CaseTable.cs"));
    }

    [Fact]
    public void A_fully_qualified_use_against_the_flow_is_reported()
    {
        (string, string)[] files =
        [
            ("National/NationalRules.cs", "namespace YouthJustice.Kpi.National;\ninternal static class NationalRules\n{\n}\n"),
            ("Rules/Periods.cs", "namespace YouthJustice.Kpi.Engine;\ninternal static class Periods\n{\n    private static readonly object X = typeof(YouthJustice.Kpi.National.NationalRules);\n}\n"),
        ];

        RoomScanner.Edges(files).Should().ContainSingle().Which.Should().Be(new RoomEdge("Rules", "National", "NationalRules", "Rules/Periods.cs"));
    }

    [Fact]
    public void Comments_strings_member_names_and_declared_names_are_not_uses()
    {
        (string, string)[] files =
        [
            ("Sinks/Reason.cs", "namespace YouthJustice.Kpi.Engine;\ninternal readonly record struct Reason(string Template);\n"),
            (
                "Cohorts/CohortExclusion.cs",
                "namespace YouthJustice.Kpi.Cohorts;\n/// <see cref=\"Reason\"/>\npublic sealed record CohortExclusion(ExclusionReason Reason)\n{\n    // Reason in a comment\n    public string Text => \"Reason\" + Other.Reason;\n}\n"
            ),
        ];

        RoomScanner.Edges(files).Should().BeEmpty();
    }

    private static List<(string RelativePath, string Source)> KpiSources()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "YouthJustice.Kpi");
        return Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(project, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("bin/", System.StringComparison.Ordinal) && !relative.StartsWith("obj/", System.StringComparison.Ordinal))
            .Select(relative => (relative, File.ReadAllText(Path.Combine(project, relative))))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "YouthJustice.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("YouthJustice.sln was not found above " + System.AppContext.BaseDirectory);
    }
}
