using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 8's catalogue is written out id by id (so that every id can be searched for); these check that 8a and 8b each
/// cover exactly the care statuses that count for wider services, and that each written id names its status.
/// </summary>
public class WiderServicesMeasuresTest
{
    private static readonly WiderServicesMeasure[] All = WiderServicesMeasures.All;

    private static readonly CareStatus[] Counted = CareStatus.List.Where(s => s.CountsForWiderServices).OrderBy(s => s.Value).ToArray();

    [Fact]
    public void Ids_are_unique_in_the_kpi8_namespace_and_the_kpi_publishes_them_in_catalogue_order()
    {
        All.Should().HaveCount(1 + (2 * Counted.Length) + 2);
        All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("kpi8.", System.StringComparison.Ordinal));
        All[0].Rule.Should().Be(WiderServicesRule.Headline);
        All.TakeLast(2).Select(m => (m.Id, m.Rule)).Should().Equal(
            ("kpi8.8c.openToEarlyHelpBeforeStart", WiderServicesRule.OpenToEarlyHelpBeforeStart),
            ("kpi8.8c.referredToEarlyHelpDuring", WiderServicesRule.ReferredToEarlyHelpDuring));
        new WiderServicesKpi().Measures.Select(m => (m.Id, m.Title)).Should().Equal(All.Select(m => (m.Id, m.Title)));
    }

    [Theory]
    [InlineData("8a.atStart")]
    [InlineData("8b.during")]
    public void Covers_exactly_the_statuses_that_count_for_wider_services_once_by_value(string part)
    {
        var rule = part == "8a.atStart" ? WiderServicesRule.AtStart : WiderServicesRule.During;
        var rows = All.Where(m => m.Rule == rule).ToArray();

        Counted.Should().HaveCountGreaterThanOrEqualTo(4, "looked after, child protection plan, child in need and early help count");
        rows.Select(m => m.Status).Should().Equal(Counted);
        rows.Should().OnlyContain(m => m.Id == "kpi8." + part + "." + m.Status!.Name);
        All.Where(m => m.Rule is not (WiderServicesRule.AtStart or WiderServicesRule.During)).Should().OnlyContain(m => m.Status == null);
    }
}
