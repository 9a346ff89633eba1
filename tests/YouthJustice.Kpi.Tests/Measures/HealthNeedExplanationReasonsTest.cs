using YouthJustice.Domain.Health;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 4 and KPI 5 explanations (kpi-rules §2.4, §2.5, §13.9): the status and reason of each measure, under both
/// definition sets (2024 judges offers and attendance within the order, 2023 on or before its end and not before the
/// screening). C1's referral order runs 2023-05-01 to 2023-11-30 (2023Q3).
/// </summary>
public class HealthNeedExplanationReasonsTest
{
    private const string Help = "mental-health record (screened 2023-06-01, offered 2023-07-01, attended 2023-07-10 to no date, intervention GettingHelp)";
    private const string Advice = "mental-health record (screened 2023-06-01, offered 2023-08-01, attended no date to no date, intervention GettingAdvice)";

    /// <summary>Getting help offered and attended, getting advice offered and never attended, nothing else offered.</summary>
    private static ChildCase HelpAttendedAdviceNot()
        => ReferralOrder("C1")
            .MentalHealth("2023-06-01", offered: "2023-07-01", attendedStart: "2023-07-10", intervention: MentalHealthIntervention.GettingHelp)
            .MentalHealth("2023-06-01", offered: "2023-08-01", intervention: MentalHealthIntervention.GettingAdvice)
            .Build();

    private static MeasureExplanation Measure(DefinitionSet definitions, ChildCase child, string id)
        => new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3, definitions).AsT0.Measures.Single(m => m.MeasureId == id);

    [Theory]
    [InlineData("kpi4.headline", ChildMeasureStatus.Met, "offered within the order: " + Help)]
    [InlineData("kpi4.4a.need", ChildMeasureStatus.Met, "need identified: " + Help + ", screened on 2023-06-01")]
    [InlineData("kpi4.4b.inTreatmentAtStart", ChildMeasureStatus.NotMet, "not in treatment or support on 2023-05-01 (the start of the intervention)")]
    [InlineData("kpi4.4c.offered.GettingHelp", ChildMeasureStatus.Met, "offered: " + Help)]
    [InlineData("kpi4.4c.offered.GettingAdvice", ChildMeasureStatus.Met, "offered: " + Advice)]
    [InlineData("kpi4.4c.offered.GettingAdditionalHelp", ChildMeasureStatus.NotMet, "not offered this intervention type between the start of the intervention and 2023-11-30 (the end of the order), nor in treatment with it at the start")]
    [InlineData("kpi4.4c.attending.GettingHelp", ChildMeasureStatus.Met, "attending: " + Help)]
    [InlineData("kpi4.4c.attending.GettingAdvice", ChildMeasureStatus.NotMet, "offered (" + Advice + ") but no attendance of this type started between the start of the intervention and 2023-11-30 (the end of the order)")]
    [InlineData("kpi4.4c.attending.GettingAdditionalHelp", ChildMeasureStatus.NotInDenominator, "not offered this intervention type by 2023-11-30 (the end of the order)")]
    [InlineData("kpi4.4c.offeredNotAttended", ChildMeasureStatus.Met, "offered but attendance never started: " + Advice)]
    public void Under_the_2024_definitions_each_measure_names_the_record_offered_or_attended_within_the_order(string measure, ChildMeasureStatus status, string reason)
    {
        var explanation = Measure(DefinitionSet.Definitions2024, HelpAttendedAdviceNot(), measure);

        explanation.Status.Should().Be(status);
        explanation.Reasons.Should().Equal(reason);
    }

    [Theory]
    [InlineData("kpi4.headline", ChildMeasureStatus.Met, "need identified: " + Help + ", screened on 2023-06-01")]
    [InlineData("kpi4.4c.offered.GettingAdditionalHelp", ChildMeasureStatus.NotMet, "not offered this intervention type on or before 2023-11-30 (the end of the order) and on or after the screening")]
    [InlineData("kpi4.4c.attending.GettingAdvice", ChildMeasureStatus.NotMet, "offered (" + Advice + ") but no attendance of this type started on or before 2023-11-30 (the end of the order) and on or after the screening and the offer")]
    public void Under_the_2023_definitions_the_headline_is_the_need_and_offers_are_judged_up_to_the_end_of_the_order(string measure, ChildMeasureStatus status, string reason)
    {
        var explanation = Measure(DefinitionSet.Definitions2023, HelpAttendedAdviceNot(), measure);

        explanation.Status.Should().Be(status);
        explanation.Reasons.Should().Equal(reason);
    }

    [Fact]
    public void Under_the_2023_definitions_a_child_without_a_need_is_in_the_headline_denominator()
    {
        var explanation = Measure(DefinitionSet.Definitions2023, ReferralOrder("C1").Build(), "kpi4.headline");

        explanation.Status.Should().Be(ChildMeasureStatus.NotMet);
        explanation.Reasons.Should().Equal("no need: no record screened on or before 2023-11-30 (the end of the order) and none in treatment at the start of the intervention");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void With_every_offer_attended_the_earliest_offered_record_is_named_whichever_type_it_is(bool helpFirst)
    {
        // Getting advice is the first type of the catalogue, getting help the second; the record listed first is named.
        var help = (Offered: "2023-07-01", Attended: "2023-07-10", Type: MentalHealthIntervention.GettingHelp);
        var advice = (Offered: "2023-08-01", Attended: "2023-08-10", Type: MentalHealthIntervention.GettingAdvice);
        var (first, second) = helpFirst ? (help, advice) : (advice, help);
        var child = ReferralOrder("C1")
            .MentalHealth("2023-06-01", offered: first.Offered, attendedStart: first.Attended, intervention: first.Type)
            .MentalHealth("2023-06-01", offered: second.Offered, attendedStart: second.Attended, intervention: second.Type)
            .Build();

        var explanation = Measure(DefinitionSet.Definitions2024, child, "kpi4.4c.offeredNotAttended");

        explanation.Status.Should().Be(ChildMeasureStatus.NotMet);
        explanation.Reasons.Should().Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no offer left without an attendance start (first offer: mental-health record (screened 2023-06-01, offered {first.Offered}, attended {first.Attended} to no date, intervention {first.Type.Name}))"));
    }

    [Fact]
    public void A_child_in_treatment_at_the_start_has_that_record_as_the_need()
    {
        var child = ReferralOrder("C1")
            .MentalHealth(null, attendedStart: "2023-04-01", intervention: MentalHealthIntervention.GettingHelp)
            .Build();
        const string treatment = "in treatment or support before the intervention started: mental-health record (screened no date, offered no date, attended 2023-04-01 to no date, intervention GettingHelp), still attending on 2023-05-01";

        foreach (var measure in new[] { "kpi4.headline", "kpi4.4a.need", "kpi4.4b.inTreatmentAtStart" })
        {
            var explanation = Measure(DefinitionSet.Definitions2024, child, measure);
            explanation.Status.Should().Be(ChildMeasureStatus.Met, measure);
            explanation.Reasons.Should().Equal([treatment], measure);
        }
    }

    [Fact]
    public void A_substance_misuse_need_with_nothing_offered_meets_no_intervention_and_is_outside_offered_not_attended()
    {
        var child = ReferralOrder("C1").SubstanceMisuse("2023-06-01").Build();

        var none = Measure(DefinitionSet.Definitions2024, child, "kpi5.5c.noIntervention");
        none.Status.Should().Be(ChildMeasureStatus.Met);
        none.Reasons.Should().Equal("need identified but none of the intervention types offered by 2023-11-30 (the end of the order)");
        var notAttended = Measure(DefinitionSet.Definitions2024, child, "kpi5.5c.offeredNotAttended");
        notAttended.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        notAttended.Reasons.Should().Equal("not offered any of the intervention types by 2023-11-30 (the end of the order)");
    }
}
