using YouthJustice.Domain.Health;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class MentalHealthKpiTest
{
    [Fact]
    public void Attendance_starting_the_day_before_the_order_and_still_open_is_in_treatment_prior()
    {
        var child = ReferralOrder("C1").MentalHealth(null, attendedStart: "2023-04-30", intervention: MentalHealthIntervention.GettingHelp).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi4.4a.need").Should().Be(new Fraction(1, 1));
        Of(result, "kpi4.4b.inTreatmentAtStart").Should().Be(new Fraction(1, 1));
        Of(result, "kpi4.headline").Should().Be(new Fraction(1, 1));
        Of(result, "kpi4.4c.offered.GettingHelp").Should().Be(new Fraction(1, 1));
        Of(result, "kpi4.4c.attending.GettingHelp").Should().Be(new Fraction(1, 1));
        Of(result, "kpi4.4c.offered.GettingAdvice").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Attendance_starting_the_day_the_order_starts_is_not_in_treatment_prior()
    {
        // Not screened and not in treatment before the start: no need, so out of the 2024 headline's denominator.
        var child = ReferralOrder("C1").MentalHealth(null, attendedStart: "2023-05-01", intervention: MentalHealthIntervention.GettingHelp).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi4.4a.need").Should().Be(new Fraction(0, 1));
        Of(result, "kpi4.headline").Should().Be(new Fraction(0, 0));
        Of(result, "kpi4.4b.inTreatmentAtStart").Should().Be(new Fraction(0, 0));
        result.Find("kpi4.headline")!.Value.Should().BeNull();
    }

    [Theory]
    [InlineData("2023-04-30", false)] // ended the day before the intervention started
    [InlineData("2023-05-01", true)] // still attending on the day it started
    public void Treatment_prior_must_be_open_on_the_day_the_intervention_starts(string attendedEnd, bool inTreatment)
    {
        var child = ReferralOrder("C1").MentalHealth(null, attendedStart: "2023-03-01", attendedEnd: attendedEnd, intervention: MentalHealthIntervention.GettingAdvice).Build();

        Of(Compute(DefinitionSet.Definitions2024, child), "kpi4.4a.need").Should().Be(new Fraction(inTreatment ? 1 : 0, 1));
    }

    [Theory]
    [InlineData("2023-11-30", 1)] // screened on the day the order ends: used
    [InlineData("2023-12-01", 0)] // screened the day after: the record is ignored
    public void A_record_screened_after_the_order_end_is_ignored(string screened, int need)
    {
        var child = ReferralOrder("C1").MentalHealth(screened, offered: "2023-06-01", intervention: MentalHealthIntervention.GettingAdvice).Build();

        Of(Compute(DefinitionSet.Definitions2023, child), "kpi4.headline").Should().Be(new Fraction(need, 1));
        Of(Compute(DefinitionSet.Definitions2024, child), "kpi4.headline").Should().Be(new Fraction(need, need));
    }

    [Theory]
    [InlineData("2023-11-30", 1)] // offered on the order end day: within the order
    [InlineData("2023-12-01", 0)] // the day after: not
    public void An_offer_on_the_order_end_day_is_within_the_order(string offered, int met)
    {
        var child = ReferralOrder("C1").MentalHealth("2023-06-01", offered: offered, intervention: MentalHealthIntervention.GettingRiskSupport).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi4.headline").Should().Be(new Fraction(met, 1));
        Of(result, "kpi4.4c.offered.GettingRiskSupport").Should().Be(new Fraction(met, 1));
        Of(result, "kpi4.4c.offeredNotAttended").Should().Be(new Fraction(met, met));
        Of(Compute(DefinitionSet.Definitions2023, child), "kpi4.4c.offered.GettingRiskSupport").Should().Be(new Fraction(met, 1));
    }

    [Fact]
    public void Sentinel_dates_mean_no_screening_and_attendance_still_open()
    {
        // Screened 1900-01-01 = not screened; attendance ended 1900-01-01 = still open, so in treatment prior.
        var child = ReferralOrder("C1").MentalHealth("1900-01-01", offered: "1900-01-01", attendedStart: "2023-02-01", attendedEnd: "1900-01-01", intervention: MentalHealthIntervention.GettingAdditionalHelp).Build();

        var v8 = Compute(DefinitionSet.Definitions2024, child);
        var v1 = Compute(DefinitionSet.Definitions2023, child);

        Of(v8, "kpi4.4b.inTreatmentAtStart").Should().Be(new Fraction(1, 1));
        Of(v8, "kpi4.headline").Should().Be(new Fraction(1, 1));
        Of(v1, "kpi4.headline").Should().Be(new Fraction(1, 1));

        // 2023: no offer date, so nothing was offered; attendance before the order end with no screening or offer counts.
        Of(v1, "kpi4.4c.offered.GettingAdditionalHelp").Should().Be(new Fraction(0, 1));
        Of(v1, "kpi4.4c.attending.GettingAdditionalHelp").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Same_children_under_both_definition_sets()
    {
        // C1: screened and offered getting help before the order started, never attended.
        // C2: no mental-health record.
        var c1 = ReferralOrder("C1").MentalHealth("2023-04-01", offered: "2023-04-15", intervention: MentalHealthIntervention.GettingHelp).Build();
        var c2 = ReferralOrder("C2").Build();

        var v1 = Compute(DefinitionSet.Definitions2023, c1, c2);
        var v8 = Compute(DefinitionSet.Definitions2024, c1, c2);

        // 2023: need ÷ cohort = 1/2; the offer counts (≤ end, ≥ screened), never attended.
        Of(v1, "kpi4.headline").Should().Be(new Fraction(1, 2));
        v1.Find("kpi4.headline")!.Value.Should().Be(50.0m);
        Of(v1, "kpi4.4c.offered.GettingHelp").Should().Be(new Fraction(1, 1));
        Of(v1, "kpi4.4c.attending.GettingHelp").Should().Be(new Fraction(0, 1));
        Of(v1, "kpi4.4c.offeredNotAttended").Should().Be(new Fraction(1, 1));

        // 2024: need and offered within the order ÷ need = 0/1; the offer before the start does not count.
        Of(v8, "kpi4.headline").Should().Be(new Fraction(0, 1));
        Of(v8, "kpi4.4c.offered.GettingHelp").Should().Be(new Fraction(0, 1));
        Of(v8, "kpi4.4c.attending.GettingHelp").Should().Be(new Fraction(0, 0));
        Of(v8, "kpi4.4c.offeredNotAttended").Should().Be(new Fraction(0, 0));

        // Unchanged by the definition set: 4a and 4b.
        Of(v1, "kpi4.4a.need").Should().Be(new Fraction(1, 2));
        Of(v8, "kpi4.4a.need").Should().Be(new Fraction(1, 2));
        Of(v8, "kpi4.4b.inTreatmentAtStart").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Attendance_before_the_offer_counts_in_2024_but_not_in_2023()
    {
        var child = ReferralOrder("C1").MentalHealth("2023-06-01", offered: "2023-06-10", attendedStart: "2023-06-05", intervention: MentalHealthIntervention.GettingAdvice).Build();

        Of(Compute(DefinitionSet.Definitions2023, child), "kpi4.4c.attending.GettingAdvice").Should().Be(new Fraction(0, 1));
        Of(Compute(DefinitionSet.Definitions2024, child), "kpi4.4c.attending.GettingAdvice").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void In_treatment_prior_counts_as_offered_and_attending_in_2024_only()
    {
        var child = ReferralOrder("C1").MentalHealth("2023-01-10", offered: "2023-01-20", attendedStart: "2023-02-01", intervention: MentalHealthIntervention.GettingHelp).Build();

        // 2023: offered and attended before the order end and after the screening: counted too, by the dates.
        Of(Compute(DefinitionSet.Definitions2023, child), "kpi4.4c.attending.GettingHelp").Should().Be(new Fraction(1, 1));

        // A record with no offer date and attendance from before the screening: 2023 counts neither; 2024 counts both (in treatment).
        var prior = ReferralOrder("C2").MentalHealth("2023-03-01", attendedStart: "2023-02-01", intervention: MentalHealthIntervention.GettingHelp).Build();
        Of(Compute(DefinitionSet.Definitions2023, prior), "kpi4.4c.offered.GettingHelp").Should().Be(new Fraction(0, 1));
        Of(Compute(DefinitionSet.Definitions2024, prior), "kpi4.4c.offered.GettingHelp").Should().Be(new Fraction(1, 1));
        Of(Compute(DefinitionSet.Definitions2024, prior), "kpi4.4c.attending.GettingHelp").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void The_2024_headline_is_judged_across_all_of_the_childs_records()
    {
        // The need is on one record (no intervention type), the offer on another (not screened).
        var child = ReferralOrder("C1")
            .MentalHealth("2023-06-01", intervention: MentalHealthIntervention.NoIntervention)
            .MentalHealth(null, offered: "2023-07-01", intervention: MentalHealthIntervention.GettingRiskSupport)
            .Build();

        Of(Compute(DefinitionSet.Definitions2024, child), "kpi4.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void An_offer_of_no_intervention_does_not_meet_the_2024_headline()
    {
        var child = ReferralOrder("C1").MentalHealth("2023-06-01", offered: "2023-07-01", intervention: MentalHealthIntervention.NoIntervention).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi4.headline").Should().Be(new Fraction(0, 1));
        Of(result, "kpi4.4c.offeredNotAttended").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void In_treatment_prior_is_judged_against_the_licence_start_for_a_dto_licence()
    {
        // Decision KH1: the intervention start (licence 2023-07-01), not the custody start (outcome 2023-03-01).
        var child = Child("C1")
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-07-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-03-01")
            .MentalHealth(null, attendedStart: "2023-05-01", intervention: MentalHealthIntervention.GettingHelp)
            .Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi4.4b.inTreatmentAtStart").Should().Be(new Fraction(1, 1));
        result.Find("kpi4.4b.inTreatmentAtStart")!.ByTypeOfOrder[TypeOfOrder.CustodialSentence].Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void A_missing_screening_date_does_not_bound_the_2023_offer()
    {
        // Decision KH2: the need is on one record; the offer, on a record with no screening date, counts in 2023.
        var child = ReferralOrder("C1")
            .MentalHealth("2023-06-01", intervention: MentalHealthIntervention.NoIntervention)
            .MentalHealth(null, offered: "2023-01-05", attendedStart: "2023-12-01", intervention: MentalHealthIntervention.GettingAdvice)
            .Build();

        var v1 = Compute(DefinitionSet.Definitions2023, child);

        Of(v1, "kpi4.4c.offered.GettingAdvice").Should().Be(new Fraction(1, 1));
        Of(v1, "kpi4.4c.attending.GettingAdvice").Should().Be(new Fraction(0, 1)); // attendance started after the order end
        Of(v1, "kpi4.4c.offeredNotAttended").Should().Be(new Fraction(0, 1)); // it has an attendance start
    }

    [Fact]
    public void In_treatment_prior_with_no_intervention_type_meets_the_2024_headline()
    {
        // Decision KH6: the in-treatment route needs no intervention type.
        var child = ReferralOrder("C1").MentalHealth(null, attendedStart: "2023-04-01", intervention: null).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi4.headline").Should().Be(new Fraction(1, 1));
        Of(result, "kpi4.4c.offered.GettingAdvice").Should().Be(new Fraction(0, 1));
        Of(result, "kpi4.4c.offeredNotAttended").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Need_by_type_of_order_is_the_split_of_4a()
    {
        // 4d: need ÷ children with that type of order.
        var yro = Child("C1").Order("I1", Disposal.YouthRehabilitationOrder, "2023-01-01", "2023-12-01").MentalHealth("2023-02-01").Build();
        var ro = ReferralOrder("C2").Build();
        var ycc = Child("C3").Order("I1", Disposal.YouthConditionalCaution, "2023-08-01", "2023-10-31").MentalHealth("2023-09-01").Build();

        var need = Compute(DefinitionSet.Definitions2024, yro, ro, ycc).Find("kpi4.4a.need")!;

        need.Fraction.Should().Be(new Fraction(2, 3));
        need.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
        need.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(0, 1));
        need.ByTypeOfOrder[TypeOfOrder.YouthConditionalCaution].Should().Be(new Fraction(1, 1));
        need.ByTypeOfOrder.Values.Aggregate((a, b) => a + b).Should().Be(need.Fraction);
    }

    [Fact]
    public void Catalogue_lists_every_kpi4_measure_in_order()
    {
        new KpiEngine().Catalogue.Select(m => m.Id).Where(id => id.StartsWith("kpi4.", System.StringComparison.Ordinal)).Should().Equal(
            "kpi4.headline",
            "kpi4.4a.need",
            "kpi4.4b.inTreatmentAtStart",
            "kpi4.4c.offered.GettingAdvice",
            "kpi4.4c.offered.GettingHelp",
            "kpi4.4c.offered.GettingAdditionalHelp",
            "kpi4.4c.offered.GettingRiskSupport",
            "kpi4.4c.attending.GettingAdvice",
            "kpi4.4c.attending.GettingHelp",
            "kpi4.4c.attending.GettingAdditionalHelp",
            "kpi4.4c.attending.GettingRiskSupport",
            "kpi4.4c.offeredNotAttended");
    }

    [Fact]
    public void Explanation_names_the_record_and_date_that_decided()
    {
        var child = ReferralOrder("C1").MentalHealth("2023-06-01", offered: "2023-12-05", intervention: MentalHealthIntervention.GettingHelp).Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi4.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotMet);
        headline.Reasons.Should().Equal("need identified (mental-health record (screened 2023-06-01, offered 2023-12-05, attended no date to no date, intervention GettingHelp)) but no intervention offered between the start of the intervention and 2023-11-30 (the end of the order), and not in treatment at the start");
        explanation.Measures.Single(m => m.MeasureId == "kpi4.4a.need").Reasons.Should().Equal("need identified: mental-health record (screened 2023-06-01, offered 2023-12-05, attended no date to no date, intervention GettingHelp), screened on 2023-06-01");
    }

    [Fact]
    public void Diff_names_the_headline_rule()
    {
        var child = ReferralOrder("C1").MentalHealth("2023-04-01", offered: "2023-04-15", intervention: MentalHealthIntervention.GettingHelp).Build();

        var diff = new KpiEngine().Diff(KpiEngine.Prepare(Service(child)), Q3, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024);

        var headline = diff.Single(d => d.MeasureId == "kpi4.headline");
        headline.From.Should().Be(ChildMeasureStatus.Met);
        headline.To.Should().Be(ChildMeasureStatus.NotMet);
        headline.Rule.Should().StartWith("KPIs 4/5: the 2023 headline is children with a need ÷ children with an order ending");
        diff.Select(d => d.MeasureId).Should().Contain("kpi4.4c.offered.GettingHelp");
    }

    [Fact]
    public void Numerator_never_exceeds_denominator_on_generated_children()
        => MeasureProperties.NumeratorsWithinDenominators(KpiArea.MentalHealth);
}
