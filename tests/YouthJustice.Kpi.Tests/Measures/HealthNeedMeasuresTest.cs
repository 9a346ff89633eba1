using YouthJustice.Domain.Health;
using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// The catalogues of KPI 4 (<see cref="MentalHealthMeasures"/>) and KPI 5 (<see cref="SubstanceMisuseMeasures"/>) are
/// written out id by id (so that every id can be searched for); these check that each offers and attends every
/// intervention type of its KPI once, in value order, and that each written id names the type its measure reads.
/// </summary>
public class HealthNeedMeasuresTest
{
    public static TheoryData<string> Kpis() => new() { "kpi4", "kpi5" };

    [Theory]
    [MemberData(nameof(Kpis))]
    public void Ids_are_unique_in_the_kpis_namespace_and_the_kpi_publishes_them_in_catalogue_order(string kpi)
    {
        var (all, measures, types) = Of(kpi);
        var noIntervention = kpi == "kpi5" ? 1 : 0;

        all.Should().HaveCount(3 + (2 * types.Count) + 1 + noIntervention);
        all.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith(kpi + ".", System.StringComparison.Ordinal));
        all.Take(3).Select(m => (m.Id, m.Rule)).Should().Equal(
            (kpi + ".headline", HealthNeedRule.Headline),
            (kpi + "." + kpi[3..] + "a.need", HealthNeedRule.Need),
            (kpi + "." + kpi[3..] + "b.inTreatmentAtStart", HealthNeedRule.InTreatmentAtStart));
        all.Where(m => m.Rule == HealthNeedRule.OfferedNotAttended).Select(m => m.Id).Should().Equal(kpi + "." + kpi[3..] + "c.offeredNotAttended");
        all.Where(m => m.Rule == HealthNeedRule.NoIntervention).Select(m => m.Id).Should().Equal(Enumerable.Repeat(kpi + ".5c.noIntervention", noIntervention));
        measures.Select(m => (m.Id, m.Title)).Should().Equal(all.Select(m => (m.Id, m.Title)));
    }

    [Theory]
    [MemberData(nameof(Kpis))]
    public void Offered_and_attending_cover_every_intervention_type_once_by_value(string kpi)
    {
        var (all, _, types) = Of(kpi);
        var prefix = kpi + "." + kpi[3..] + "c.";

        foreach (var (rule, part) in new[] { (HealthNeedRule.Offered, "offered."), (HealthNeedRule.Attending, "attending.") })
        {
            var rows = all.Where(m => m.Rule == rule).ToArray();
            rows.Select(m => (m.Type, m.TypeName)).Should().Equal(types, "{0} {1}", kpi, rule);
            rows.Should().OnlyContain(m => m.Id == prefix + part + m.TypeName);
        }

        all.Where(m => m.Rule is not (HealthNeedRule.Offered or HealthNeedRule.Attending)).Should().OnlyContain(m => m.Type == 0 && m.TypeName == null);
    }

    // The catalogue, what the KPI publishes, and the intervention types (every value but "no intervention") by value.
    private static (HealthNeedMeasure[] All, IReadOnlyList<MeasureDefinition> Measures, List<(int, string?)> Types) Of(string kpi)
        => kpi == "kpi4"
            ? (MentalHealthMeasures.All, new MentalHealthKpi().Measures, MentalHealthIntervention.List.Where(i => i.IsIntervention).OrderBy(i => i.Value).Select(i => (i.Value, (string?)i.Name)).ToList())
            : (SubstanceMisuseMeasures.All, new SubstanceMisuseKpi().Measures, SubstanceMisuseIntervention.List.Where(i => i.IsIntervention).OrderBy(i => i.Value).Select(i => (i.Value, (string?)i.Name)).ToList());
}
