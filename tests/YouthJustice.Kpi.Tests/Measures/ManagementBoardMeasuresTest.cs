using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using YouthJustice.Sampling;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 7's catalogue is written out id by id (so that every id can be searched for); these check that 7a and 7c each
/// cover every statutory sector once, in the same order, that each written id names its sector, and that no child
/// plays a part in any KPI 7 measure.
/// </summary>
public class ManagementBoardMeasuresTest
{
    private static readonly ManagementBoardMeasure[] All = ManagementBoardMeasures.All;

    private static readonly BoardSector[] Statutory = BoardSector.List.Where(s => s.IsStatutory).OrderBy(s => s.Value).ToArray();

    [Fact]
    public void Ids_are_unique_in_the_kpi7_namespace_and_the_kpi_publishes_them_in_catalogue_order()
    {
        All.Should().HaveCount(3 + (2 * BoardSector.StatutorySectorCount));
        All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("kpi7.", System.StringComparison.Ordinal));
        All.Where(m => m.Sector is null).Select(m => (m.Id, m.Rule, m.Unit)).Should().Equal(
            ("kpi7.headline", ManagementBoardRule.Headline, MeasureUnit.Percent),
            ("kpi7.7b.delegatedSectors", ManagementBoardRule.DelegatedSectors, MeasureUnit.Percent),
            ("kpi7.newPartners", ManagementBoardRule.NewPartners, MeasureUnit.Count));
        new ManagementBoardAttendanceKpi().Measures.Select(m => (m.Id, m.Title, m.Unit)).Should().Equal(All.Select(m => (m.Id, m.Title, m.Unit)));
    }

    [Theory]
    [InlineData("7a")]
    [InlineData("7c")]
    public void Covers_every_statutory_sector_once_in_the_returns_column_order(string part)
    {
        var rule = part == "7a" ? ManagementBoardRule.SeniorBySector : ManagementBoardRule.DelegatedBySector;
        var rows = All.Where(m => m.Rule == rule).ToArray();

        Statutory.Should().HaveCount(BoardSector.StatutorySectorCount);
        rows.Select(m => m.Sector).Should().Equal(Statutory);
        rows.Should().OnlyContain(m => m.Id == "kpi7." + part + "." + m.Sector!.Name && m.Unit == MeasureUnit.Percent);
    }

    [Fact]
    public void Every_kpi7_measure_explains_every_child_as_a_service_level_measure()
    {
        var data = SampleGenerator.Generate(new SampleOptions(300, 7, new ReportingQuarter(2023, 1), 8, "S", "Service"));
        var prepared = KpiEngine.Prepare(data);
        var engine = new KpiEngine();
        var quarter = new ReportingQuarter(2024, 1);
        var members = engine.Cohort(prepared, quarter, DefinitionSet.Definitions2024).Members.Select(m => m.ChildId).ToHashSet();
        int explained = 0, inCohort = 0;

        foreach (var child in data.Children.Take(120))
        {
            var kpi7 = engine.Explain(prepared, child.Id, quarter, DefinitionSet.Definitions2024).AsT0.Measures
                .Where(m => m.MeasureId.StartsWith("kpi7.", System.StringComparison.Ordinal)).ToList();

            kpi7.Select(m => m.MeasureId).Should().Equal(All.Select(m => m.Id));
            kpi7.Should().OnlyContain(m => m.Status == ChildMeasureStatus.NotInDenominator && m.Reasons.SequenceEqual(new[] { "a service-level measure" }), child.Id.ToString());
            explained++;
            inCohort += members.Contains(child.Id) ? 1 : 0;
        }

        // Guard: children in the quarter's cohort as well as outside it, and a board that attended.
        engine.Compute(prepared, quarter, DefinitionSet.Definitions2024).Find("kpi7.headline")!.Numerator.Should().BeGreaterThan(0);
        explained.Should().Be(120);
        inCohort.Should().BeInRange(5, 115, "both cohort members and other children are explained");
    }
}
