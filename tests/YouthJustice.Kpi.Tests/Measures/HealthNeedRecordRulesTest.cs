using YouthJustice.Domain.Health;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// The record rules KPI 4 and KPI 5 share (kpi-rules §2.4, §2.5, §13.9), at their date boundaries: the 2023 (v1)
/// offer and attendance bounds, the 2024 (v8) offered-but-not-attended window, and the record an explanation names
/// when several qualify (the first). The referral order runs 2023-05-01 to 2023-11-30.
/// </summary>
public class HealthNeedRecordRulesTest
{
    [Theory]
    [InlineData("2023-06-01", 1)] // offered on the day of the screening
    [InlineData("2023-05-31", 0)] // offered the day before the screening
    [InlineData("2023-11-30", 1)] // offered on the day the order ends
    [InlineData("2023-12-01", 0)] // offered the day after
    public void In_2023_an_offer_counts_from_the_screening_day_to_the_order_end(string offered, int counted)
    {
        var child = ReferralOrder("C1").MentalHealth("2023-06-01", offered: offered, intervention: MentalHealthIntervention.GettingHelp).Build();

        var result = Compute(DefinitionSet.Definitions2023, child);

        Of(result, "kpi4.4c.offered.GettingHelp").Should().Be(new Fraction(counted, 1));
        Of(result, "kpi4.4c.offeredNotAttended").Should().Be(new Fraction(counted, counted), "an offer that counts, never attended");
    }

    [Theory]
    [InlineData("2023-06-01", "2023-06-01", "2023-06-01", 1)] // screened, offered and attending on the same day
    [InlineData("2023-06-01", "2023-06-10", "2023-06-10", 1)] // attendance started on the day of the offer
    [InlineData("2023-06-01", "2023-06-10", "2023-11-30", 1)] // attendance started on the day the order ends
    [InlineData("2023-06-01", "2023-06-10", "2023-12-01", 0)] // the day after
    public void In_2023_attendance_counts_from_the_screening_and_the_offer_to_the_order_end(string screened, string offered, string attendedStart, int attending)
    {
        var child = ReferralOrder("C1").MentalHealth(screened, offered: offered, attendedStart: attendedStart, intervention: MentalHealthIntervention.GettingHelp).Build();

        var result = Compute(DefinitionSet.Definitions2023, child);

        Of(result, "kpi4.4c.attending.GettingHelp").Should().Be(new Fraction(attending, 1));
    }

    [Fact]
    public void In_2024_an_offer_within_the_order_made_before_the_screening_and_never_attended_is_offered_but_not_attended()
    {
        // 2024 (v8) bounds the offer by the order only; the screening date bounds nothing.
        var child = ReferralOrder("C1").MentalHealth("2023-07-01", offered: "2023-06-01", intervention: MentalHealthIntervention.GettingAdvice).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi4.4c.offered.GettingAdvice").Should().Be(new Fraction(1, 1));
        Of(result, "kpi4.4c.offeredNotAttended").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Explanation_of_a_child_in_treatment_before_the_start_names_the_first_such_record()
    {
        // The child's records are rows 0 and 1 of the service's mental-health table; both were attended before the start.
        var child = ReferralOrder("C1")
            .MentalHealth(null, offered: "2023-02-20", attendedStart: "2023-03-01", intervention: MentalHealthIntervention.GettingHelp)
            .MentalHealth(null, offered: "2023-03-20", attendedStart: "2023-04-01", intervention: MentalHealthIntervention.GettingHelp)
            .Build();

        var explanation = Explain(child);

        const string first = "mental-health record (screened no date, offered 2023-02-20, attended 2023-03-01 to no date, intervention GettingHelp)";
        Reasons(explanation, "kpi4.4b.inTreatmentAtStart").Should().Equal($"in treatment or support before the intervention started: {first}, still attending on 2023-05-01");
        Reasons(explanation, "kpi4.4c.offered.GettingHelp").Should().Equal($"offered: {first}");
        Reasons(explanation, "kpi4.4c.attending.GettingHelp").Should().Equal($"attending: {first}");
    }

    [Fact]
    public void Explanation_of_an_offer_never_attended_names_the_first_such_record()
    {
        // The child's records are rows 0 and 1 of the service's mental-health table; neither offer was attended.
        var child = ReferralOrder("C1")
            .MentalHealth("2023-05-10", offered: "2023-06-01", intervention: MentalHealthIntervention.GettingAdvice)
            .MentalHealth("2023-05-10", offered: "2023-07-01", intervention: MentalHealthIntervention.GettingAdvice)
            .Build();

        var explanation = Explain(child);

        Reasons(explanation, "kpi4.4c.offeredNotAttended").Should().Equal(
            "offered but attendance never started: mental-health record (screened 2023-05-10, offered 2023-06-01, attended no date to no date, intervention GettingAdvice)");
    }

    private static ChildExplanation Explain(ChildCase child)
        => new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

    private static System.Collections.Generic.IReadOnlyList<string> Reasons(ChildExplanation explanation, string measureId)
        => explanation.Measures.Single(m => m.MeasureId == measureId).Reasons;
}
