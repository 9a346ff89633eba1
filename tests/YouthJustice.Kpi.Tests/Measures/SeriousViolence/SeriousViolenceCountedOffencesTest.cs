using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Testing.Dates;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>KPI 9a: which offences are serious violence (category and score) and which outcomes and interventions make an offence count.</summary>
public class SeriousViolenceCountedOffencesTest
{
    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    public void A_violence_offence_is_serious_violence_from_a_score_of_5(int score, int expected)
        => Compute(Q1, Offence("C1", OffenceCategory.ViolenceAgainstThePerson, score))
            .Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(expected, 1));

    [Theory]
    [InlineData("ConditionalDischarge", 1)]
    [InlineData("Fine", 1)]
    [InlineData("ParentingOrder", 0)]
    [InlineData("BindOverOfParent", 0)]
    public void Every_court_outcome_of_the_child_counts_but_orders_on_the_parent_do_not(string outcome, int counted)
    {
        // Decision KS13.
        var disposal = Disposal.FromName(outcome);
        var child = WithOutcomes("C1", Disposal.ReferralOrder, OffenceCategory.ViolenceAgainstThePerson, 6, Outcome(disposal, "2023-05-01"));

        Compute(Q1, child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(counted, counted));
    }

    [Fact]
    public void A_users_outcome_group_table_decides_which_outcomes_kpi_9_counts()
    {
        // Decision K5: the reference tables are the user's. Regrouping the referral order as ancillary (not a caution
        // or a sentence) takes its offence out of KPI 9, as the same table would for the cohort KPIs.
        var defaults = YouthJustice.Domain.Reference.KpiReferenceTables.Default;
        var regrouped = new YouthJustice.Domain.Reference.KpiReferenceTables(
            defaults.InterventionDisposals,
            defaults.Outcomes.Select(o => o.Outcome == Disposal.ReferralOrder
                ? new YouthJustice.Domain.Reference.OutcomeReference(o.Outcome, o.CountsInKpis, LegalOutcomeGroup.Ancillary, o.TypeOfOrder, o.DedupSeriousnessRank, "test: referral order regrouped")
                : o));
        var service = KpiEngine.Prepare(Service([Offence("C1", OffenceCategory.ViolenceAgainstThePerson, 6)], Populations, []));

        new KpiEngine().Compute(service, Q1, DefinitionSet.Definitions2024).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        new KpiEngine(regrouped).Compute(service, Q1, DefinitionSet.Definitions2024).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Other_categories_are_never_serious_violence_whatever_their_score()
        => Compute(Q1, Offence("C1", OffenceCategory.SexualOffences, 8))
            .Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 1));

    [Fact]
    public void A_community_resolution_is_diversion_and_is_not_counted()
    {
        var diversion = Child("C1").Order("I1", Disposal.CommunityResolution, "2023-05-01", "2023-08-01", category: OffenceCategory.Robbery, seriousness: 6).Build();
        var caution = Child("C2").Order("I1", Disposal.YouthCaution, "2023-05-01", "2023-08-01", category: OffenceCategory.Robbery, seriousness: 6).Build();

        var result = Compute(Q1, diversion, caution);

        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi9.9e.YouthCaution")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void A_discharge_or_fine_is_a_court_outcome_and_counts()
    {
        var child = WithOutcomes("C1", Disposal.ReferralOrder, OffenceCategory.ViolenceAgainstThePerson, 5, Outcome(Disposal.ConditionalDischarge, "2023-05-01"));

        var result = Compute(Q1, child);

        result.Find("kpi9.headline")!.Numerator.Should().Be(1);
        result.Measures.Where(m => m.Id.StartsWith("kpi9.9e.", System.StringComparison.Ordinal))
            .Should().OnlyContain(m => m.Denominator == 0, "a discharge has no type of order");
    }

    [Fact]
    public void The_offence_must_be_linked_to_an_intervention_that_counts()
    {
        var unlinked = Child("C1")
            .Offence(new Offence(new OffenceId("O1"), D("2023-04-02"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, [Outcome(Disposal.ReferralOrder, "2023-05-01")]))
            .Build();
        var notCounting = WithOutcomes("C2", Disposal.Fine, OffenceCategory.Robbery, 6, Outcome(Disposal.ReferralOrder, "2023-05-01"));

        Compute(Q1, unlinked, notCounting).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }
}
