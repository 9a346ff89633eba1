using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 2's catalogue is written out id by id (so that every id can be searched for); these check that it still covers
/// exactly what the guidance names, once per point, and that each written id names the values its measure reads.
/// </summary>
public class EteMeasuresTest
{
    private static readonly EteMeasure[] All = EteMeasures.All;

    private static readonly OrderPoint[] Points = [OrderPoint.Start, OrderPoint.End];

    private static string PointName(OrderPoint point) => point == OrderPoint.Start ? "atStart" : "atEnd";

    private static EteMeasure[] Of(EteRule rule, OrderPoint point) => All.Where(m => m.Rule == rule && m.Point == point).ToArray();

    [Fact]
    public void Ids_are_unique_in_the_kpi2_namespace_and_the_kpi_publishes_them_in_catalogue_order()
    {
        var bands = EteMeasures.BandLabels.Length;
        All.Should().HaveCount(7 + (Points.Length * (4 + 6 + EteKpi.Provisions.Length + (bands * bands))) + 6);
        All.TakeLast(6).Select(m => (m.Id, m.Rule, m.Point, m.SchoolAge)).Should().Equal(
            ("kpi2.custody.suitableOnRelease", EteRule.SuitableOnRelease, null, null),
            ("kpi2.custody.unsuitableOnRelease", EteRule.UnsuitableOnRelease, null, null),
            ("kpi2.custody.onRelease.schoolAgeSuitable", EteRule.SuitableOnRelease, null, true),
            ("kpi2.custody.onRelease.schoolAgeUnsuitable", EteRule.UnsuitableOnRelease, null, true),
            ("kpi2.custody.onRelease.aboveSchoolAgeSuitable", EteRule.SuitableOnRelease, null, false),
            ("kpi2.custody.onRelease.aboveSchoolAgeUnsuitable", EteRule.UnsuitableOnRelease, null, false));
        All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("kpi2.", System.StringComparison.Ordinal));
        All[0].Id.Should().Be("kpi2.headline");
        new EteKpi().Measures.Select(m => (m.Id, m.Title)).Should().Equal(All.Select(m => (m.Id, m.Title)));
    }

    [Fact]
    public void Two_a_is_suitable_and_unsuitable_at_each_point_then_the_two_changes()
    {
        All.Skip(1).Take(6).Select(m => (m.Rule, m.Point, m.SchoolAge)).Should().Equal(
            (EteRule.Suitable, OrderPoint.Start, null),
            (EteRule.Unsuitable, OrderPoint.Start, null),
            (EteRule.Suitable, OrderPoint.End, null),
            (EteRule.Unsuitable, OrderPoint.End, null),
            (EteRule.UnsuitableToSuitable, null, null),
            (EteRule.SuitableToUnsuitable, null, null));
        All.Skip(1).Take(4).Should().OnlyContain(m => m.Id == "kpi2.2a." + (m.Rule == EteRule.Suitable ? "suitable" : "unsuitable") + (m.Point == OrderPoint.Start ? "AtStart" : "AtEnd"));
    }

    [Fact]
    public void Two_b_and_two_c_cover_both_age_groups_once_per_point()
    {
        foreach (var point in Points)
        {
            var prefix = "kpi2.2b." + PointName(point) + ".";
            foreach (var rule in new[] { EteRule.Suitable, EteRule.Unsuitable })
            {
                var word = rule == EteRule.Suitable ? "Suitable" : "Unsuitable";
                Of(rule, point).Where(m => m.SchoolAge is not null).Select(m => m.Id).Should().Equal(prefix + "schoolAge" + word, prefix + "aboveSchoolAge" + word);
            }

            prefix = "kpi2.2c." + PointName(point) + ".";
            foreach (var rule in new[] { EteRule.FullTime, EteRule.PartTime })
            {
                var word = rule == EteRule.FullTime ? "FullTime" : "PartTime";
                Of(rule, point).Select(m => (m.Id, m.SchoolAge)).Should().Equal(
                    (prefix + char.ToLowerInvariant(word[0]) + word[1..], null),
                    (prefix + "schoolAge" + word, true),
                    (prefix + "aboveSchoolAge" + word, false));
            }
        }
    }

    [Fact]
    public void Two_d_covers_every_provision_once_per_point_in_interchange_order()
    {
        EteKpi.Provisions.Should().BeEquivalentTo(EteProvision.List);
        foreach (var point in Points)
        {
            var byProvision = Of(EteRule.SuitableByProvision, point);

            byProvision.Select(m => m.Provision).Should().Equal(EteKpi.Provisions);
            byProvision.Should().OnlyContain(m => m.Id == "kpi2.2d." + PointName(point) + "." + m.Provision!.Name);
        }

        All.Where(m => m.Provision is not null).Should().OnlyContain(m => m.Rule == EteRule.SuitableByProvision);
    }

    [Fact]
    public void Two_e_covers_every_pair_of_bands_once_per_point_offered_band_first()
    {
        var bands = Enumerable.Range(0, EteMeasures.BandLabels.Length).ToArray();
        string[] names = ["1-15", "16-24", "25plus"];
        names.Should().HaveSameCount(bands);
        EteKpi.BandOf(EteKpi.ThirdBandFrom).Should().Be(bands[^1], "the top band is the last one the catalogue names");
        foreach (var point in Points)
        {
            var cells = Of(EteRule.AttendedBandOfOfferedBand, point);

            cells.Select(m => (m.OfferedBand, m.AttendedBand)).Should().Equal(from o in bands from a in bands select (o, a));
            cells.Should().OnlyContain(m => m.Id == "kpi2.2e." + PointName(point) + ".attended" + names[m.AttendedBand] + "OfOffered" + names[m.OfferedBand]);
        }
    }

    [Fact]
    public void Titles_take_their_hours_from_the_constants_of_the_rules()
    {
        All.Single(m => m.Id == "kpi2.2c.atEnd.schoolAgeFullTime").Title.Should().Contain(EteMeasures.Hours(EteKpi.SchoolAgeFullTimeHours) + "+ hours");
        All.Single(m => m.Id == "kpi2.2c.atEnd.aboveSchoolAgePartTime").Title.Should().Contain("1-" + EteMeasures.Hours(EteKpi.AboveSchoolAgeFullTimeHours - 1m) + " hours");
        EteMeasures.BandLabels.Should().Equal("1 - 15 hours", "16 - 24 hours", "25 hours plus");
    }
}
