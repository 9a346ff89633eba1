using YouthJustice.Domain.Accommodation;
using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 1's catalogue is written out id by id (so that every id can be searched for); these check that it covers every
/// accommodation type group once per point, and that each written id names the values its measure reads.
/// </summary>
public class AccommodationMeasuresTest
{
    private static readonly AccommodationMeasure[] All = AccommodationMeasures.All;

    [Fact]
    public void Ids_are_unique_in_the_kpi1_namespace_and_the_kpi_publishes_them_in_catalogue_order()
    {
        All.Should().HaveCount(5 + (2 * AccommodationTypeGroup.List.Count) + 3);
        All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("kpi1.", System.StringComparison.Ordinal));
        All.Take(5).Select(m => (m.Id, m.Rule, m.Point)).Should().Equal(
            ("kpi1.headline", AccommodationRule.Headline, null),
            ("kpi1.1a.suitableAtStart", AccommodationRule.Suitable, OrderPoint.Start),
            ("kpi1.1a.unsuitableAtStart", AccommodationRule.Unsuitable, OrderPoint.Start),
            ("kpi1.1a.suitableAtEnd", AccommodationRule.Suitable, OrderPoint.End),
            ("kpi1.1a.unsuitableAtEnd", AccommodationRule.Unsuitable, OrderPoint.End));
        new AccommodationKpi().Measures.Select(m => (m.Id, m.Title)).Should().Equal(All.Select(m => (m.Id, m.Title)));
    }

    [Fact]
    public void The_custody_release_rows_and_the_remand_view_come_last_with_no_point()
    {
        All.TakeLast(3).Select(m => (m.Id, m.Rule, m.Point, m.Group)).Should().Equal(
            ("kpi1.custody.suitableOnRelease", AccommodationRule.SuitableOnRelease, null, null),
            ("kpi1.custody.unsuitableOnRelease", AccommodationRule.UnsuitableOnRelease, null, null),
            ("kpi1.remand.fourWeeksOrMore.suitableAtEnd", AccommodationRule.RemandedSuitableAtEnd, null, null));
        All[^1].Title.Should().Contain("more than 27 days before the outcome");
    }

    [Theory]
    [InlineData("atStart")]
    [InlineData("atEnd")]
    public void One_b_covers_every_type_group_once_per_point_by_value(string name)
    {
        var point = name == "atStart" ? OrderPoint.Start : OrderPoint.End;
        var byGroup = All.Where(m => m.Rule == AccommodationRule.SuitableByGroup && m.Point == point).ToArray();

        byGroup.Select(m => m.Group).Should().Equal(AccommodationTypeGroup.List.OrderBy(g => g.Value));
        byGroup.Should().OnlyContain(m => m.Id == "kpi1.1b." + name + "." + m.Group!.Name);
    }
}
