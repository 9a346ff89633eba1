using YouthJustice.Domain.Reference;

namespace YouthJustice.Domain.Tests.Reference;

public class KpiReferenceTablesTest
{
    private static readonly KpiReferenceTables Tables = KpiReferenceTables.Default;

    [Theory]
    [InlineData("NoFurtherAction", false)]
    [InlineData("Outcome20", true)]
    [InlineData("Outcome21", true)]
    [InlineData("Outcome22", true)]
    [InlineData("Outcome22DeferredProsecution", true)]
    [InlineData("CommunityResolution", true)]
    [InlineData("YouthCaution", true)]
    [InlineData("YouthConditionalCaution", true)]
    [InlineData("AbsoluteDischarge", false)]
    [InlineData("ConditionalDischarge", false)]
    [InlineData("Fine", false)]
    [InlineData("ReparationOrder", false)]
    [InlineData("ReferralOrder", true)]
    [InlineData("YouthRehabilitationOrder", true)]
    [InlineData("YouthRehabilitationOrderWithIss", true)]
    [InlineData("YouthRehabilitationOrderWithFostering", true)]
    [InlineData("DetentionAndTrainingOrder", true)]
    [InlineData("Section250Detention", true)]
    [InlineData("SpecialSentenceTerroristOffender", true)]
    [InlineData("ExtendedSentenceOfDetention", true)]
    [InlineData("DetentionForLife", true)]
    [InlineData("DetentionAtHisMajestysPleasure", true)]
    [InlineData("DetentionAndTrainingOrderCustody", true)]
    [InlineData("DetentionAndTrainingOrderLicence", true)]
    [InlineData("ParentingOrder", false)]
    [InlineData("BindOverOfParent", false)]
    public void Default_intervention_disposals_that_count(string name, bool counts)
        => Tables.CountsInKpis(Disposal.FromName(name)).Should().Be(counts);

    [Theory]
    [InlineData("NoFurtherAction", false, "None", null, null)]
    [InlineData("Outcome20", true, "Diversion", "NonSubstantiveOutOfCourtDisposal", 7)]
    [InlineData("CommunityResolution", true, "Diversion", "NonSubstantiveOutOfCourtDisposal", 7)]
    [InlineData("YouthCaution", true, "PreCourt", "YouthCaution", 6)]
    [InlineData("YouthConditionalCaution", true, "PreCourt", "YouthConditionalCaution", 5)]
    [InlineData("AbsoluteDischarge", false, "FirstTier", null, 4)]
    [InlineData("ConditionalDischarge", false, "FirstTier", null, 4)]
    [InlineData("Fine", false, "FirstTier", null, 4)]
    [InlineData("ReparationOrder", false, "FirstTier", null, 4)]
    [InlineData("ReferralOrder", true, "FirstTier", "ReferralOrder", 3)]
    [InlineData("YouthRehabilitationOrderWithIss", true, "Community", "YouthRehabilitationOrder", 2)]
    [InlineData("DetentionAndTrainingOrder", true, "Custody", "CustodialSentence", 1)]
    [InlineData("DetentionAtHisMajestysPleasure", true, "Custody", "CustodialSentence", 1)]
    [InlineData("ParentingOrder", false, "Ancillary", null, null)]
    public void Default_outcome_rows(string name, bool counts, string group, string? type, int? rank)
    {
        var row = Tables.ForOutcome(Disposal.FromName(name))!;

        row.CountsInKpis.Should().Be(counts);
        Tables.OutcomeCountsInKpis(Disposal.FromName(name)).Should().Be(counts);
        row.Group.Name.Should().Be(group);
        (row.TypeOfOrder?.Name).Should().Be(type);
        row.DedupSeriousnessRank.Should().Be(rank);
        row.Source.Should().Be(KpiReferenceTables.DefaultSource);
    }

    [Fact]
    public void Dto_halves_have_no_outcome_row()
    {
        Tables.ForOutcome(Disposal.DetentionAndTrainingOrderLicence).Should().BeNull();
        Tables.OutcomeCountsInKpis(Disposal.DetentionAndTrainingOrderCustody).Should().BeFalse();
        Tables.Outcomes.Should().HaveCount(Disposal.List.Count - 2);
        Tables.InterventionDisposals.Should().HaveCount(Disposal.List.Count);
    }

    [Fact]
    public void Dedup_order_is_custody_yro_referral_other_court_ycc_caution_non_substantive()
        => new[] { "DetentionAndTrainingOrder", "YouthRehabilitationOrder", "ReferralOrder", "Fine", "YouthConditionalCaution", "YouthCaution", "CommunityResolution" }
            .Select(n => Tables.ForOutcome(Disposal.FromName(n))!.DedupSeriousnessRank!.Value)
            .Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();

    [Fact]
    public void User_supplied_tables_replace_the_defaults_and_missing_rows_do_not_count()
    {
        var tables = new KpiReferenceTables(
            [new InterventionDisposalReference(Disposal.Fine, true, "Local agreement")],
            [new OutcomeReference(Disposal.Fine, true, LegalOutcomeGroup.FirstTier, TypeOfOrder.ReferralOrder, 3, "Local agreement")]);

        tables.CountsInKpis(Disposal.Fine).Should().BeTrue();
        tables.CountsInKpis(Disposal.ReferralOrder).Should().BeFalse();
        tables.OutcomeCountsInKpis(Disposal.Fine).Should().BeTrue();
        tables.ForOutcome(Disposal.ReferralOrder).Should().BeNull();
    }

    [Fact]
    public void Two_rows_for_one_disposal_are_refused()
    {
        var act = () => new KpiReferenceTables(
            [new InterventionDisposalReference(Disposal.Fine, true, "a"), new InterventionDisposalReference(Disposal.Fine, false, "b")], []);
        var outcomes = () => new KpiReferenceTables(
            [], [new OutcomeReference(Disposal.Fine, false, LegalOutcomeGroup.FirstTier, null, null, "a"), new OutcomeReference(Disposal.Fine, false, LegalOutcomeGroup.FirstTier, null, null, "b")]);

        act.Should().Throw<ArgumentException>().WithParameterName("interventionDisposals").WithMessage("Fine has more than one row.*");
        outcomes.Should().Throw<ArgumentException>().WithParameterName("outcomes").WithMessage("Fine has more than one row.*");
    }

    [Fact]
    public void Outcome_rows_are_validated()
    {
        var noType = () => new OutcomeReference(Disposal.Fine, true, LegalOutcomeGroup.FirstTier, null, 4, "x");
        var dtoHalf = () => new OutcomeReference(Disposal.DetentionAndTrainingOrderCustody, true, LegalOutcomeGroup.Custody, TypeOfOrder.CustodialSentence, 1, "x");
        var rank = () => new OutcomeReference(Disposal.Fine, false, LegalOutcomeGroup.FirstTier, null, 0, "x");
        var source = () => new InterventionDisposalReference(Disposal.Fine, false, " ");

        noType.Should().Throw<ArgumentException>().WithParameterName("typeOfOrder");
        dtoHalf.Should().Throw<ArgumentException>().WithParameterName("outcome");
        rank.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dedupSeriousnessRank");
        source.Should().Throw<ArgumentException>().WithParameterName("source");
    }
}
