using YouthJustice.Domain.Reference;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.National;

namespace YouthJustice.Kpi.Tests.Layout;

/// <summary>
/// The engine's lookups by disposal value are the fast form of the reference tables and of the disposal ladder's
/// own properties: these pin each to its readable form over every <see cref="Disposal"/>.
/// </summary>
public class CountingTablesTest
{
    [Fact]
    public void Counting_tables_agree_with_the_reference_tables_for_every_disposal()
    {
        var reference = KpiReferenceTables.Default;
        var counting = CountingTables.Default;
        var counted = 0;
        foreach (var d in Disposal.List)
        {
            var row = reference.ForOutcome(d);
            counting.InterventionCounts(d.Value).Should().Be(reference.CountsInKpis(d), d.Name);
            counting.OutcomeTypeOfOrder(d.Value).Should().Be(row is { CountsInKpis: true, TypeOfOrder: { } t } ? t.Value : 0, d.Name);
            counting.OutcomeRank(d.Value).Should().Be(row?.DedupSeriousnessRank ?? int.MaxValue, d.Name);
            var group = row?.Group ?? d.LegalOutcomeGroup;
            counting.OutcomeIsCautionOrSentence(d.Value).Should().Be(group.IsCautionOrSentence, d.Name);
            counting.OutcomeIsPreCourt(d.Value).Should().Be(group == LegalOutcomeGroup.PreCourt, d.Name);
            counted += counting.OutcomeTypeOfOrder(d.Value) != 0 ? 1 : 0;
        }

        counted.Should().BePositive("some outcome must count, or the comparison says nothing");
    }

    [Fact]
    public void A_value_that_is_no_disposal_counts_for_nothing()
    {
        var counting = CountingTables.Default;
        foreach (var value in new[] { 0, -1, 10_000 })
        {
            counting.InterventionCounts(value).Should().BeFalse();
            counting.OutcomeTypeOfOrder(value).Should().Be(0);
            counting.OutcomeRank(value).Should().Be(int.MaxValue);
            counting.OutcomeIsCautionOrSentence(value).Should().BeFalse();
            counting.OutcomeIsPreCourt(value).Should().BeFalse();
        }
    }

    [Fact]
    public void National_rules_agree_with_the_disposal_ladder_for_every_disposal()
    {
        foreach (var d in Disposal.List)
        {
            NationalRules.IsFormal(d.Value).Should().Be(d.CountsAsFirstTimeEntry, d.Name);
            NationalRules.IsCustodialSentence(d.Value).Should().Be(d.IsCustodial && !d.IsInterventionOnly, d.Name);
            NationalRules.IsCustodialIntervention(d.Value).Should().Be(d.IsCustodial && d != Disposal.DetentionAndTrainingOrderLicence, d.Name);
        }

        Disposal.List.Should().Contain(d => d.CountsAsFirstTimeEntry).And.Contain(d => !d.CountsAsFirstTimeEntry);
        Disposal.List.Should().Contain(d => d.IsCustodial && !d.IsInterventionOnly);
    }
}
