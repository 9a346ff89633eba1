using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>KPI 9: the outcome date places the offence in a quarter, and one offence with several outcomes counts once, by the outcome kept.</summary>
public class SeriousViolenceTimingAndDedupTest
{
    [Fact]
    public void The_outcome_date_places_the_offence_even_when_the_order_ends_in_a_later_year()
    {
        // kpi-rules §9.6.
        var child = Child("C1").Order("I1", Disposal.YouthRehabilitationOrder, "2023-06-20", "2024-06-19", outcomeDate: "2023-06-15", category: OffenceCategory.Robbery, seriousness: 6).Build();

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(1);
        Compute(new ReportingQuarter(2024, 1), child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("2023-06-30", 1)]
    [InlineData("2023-07-01", 0)]
    [InlineData("2023-04-01", 1)]
    [InlineData("2023-03-31", 0)]
    public void Outcomes_on_the_first_and_last_day_of_the_quarter_count_in_it(string outcomeDate, int expected)
        => Compute(Q1, Offence("C1", OffenceCategory.ViolenceAgainstThePerson, 5, outcomeDate))
            .Find("kpi9.headline")!.Numerator.Should().Be(expected);

    [Fact]
    public void Two_outcomes_of_one_offence_count_once_by_the_most_serious_whose_date_picks_the_quarter()
    {
        // A youth caution in 2023Q1, then a youth rehabilitation order in 2023Q2: the YRO is kept, so the offence is
        // counted once, in 2023Q2.
        var child = WithOutcomes(
            "C1",
            Disposal.YouthRehabilitationOrder,
            OffenceCategory.ViolenceAgainstThePerson,
            6,
            Outcome(Disposal.YouthCaution, "2023-05-01"),
            Outcome(Disposal.YouthRehabilitationOrder, "2023-08-01"));

        Compute(Q1, child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
        var q2 = Compute(new ReportingQuarter(2023, 2), child);
        q2.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        q2.Find("kpi9.9e.YouthRehabilitationOrder")!.Fraction.Should().Be(new Fraction(1, 1));
        q2.Find("kpi9.9e.YouthCaution")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("ReferralOrder", "2023-06-20", "ReferralOrder", "2023-07-05", 2, "two outcomes of the same rank keep the latest")]
    [InlineData("YouthConditionalCaution", "2023-08-01", "AbsoluteDischarge", "2023-06-01", 1, "a discharge outranks a youth conditional caution, even an earlier one")]
    public void The_outcome_kept_by_rank_then_date_picks_the_quarter(string first, string firstDate, string second, string secondDate, int keptQuarter, string because)
    {
        var child = WithOutcomes(
            "C1",
            Disposal.FromName(first),
            OffenceCategory.Robbery,
            5,
            Outcome(Disposal.FromName(first), firstDate),
            Outcome(Disposal.FromName(second), secondDate));

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(keptQuarter == 1 ? 1 : 0, because);
        Compute(new ReportingQuarter(2023, 2), child).Find("kpi9.headline")!.Numerator.Should().Be(keptQuarter == 2 ? 1 : 0, because);
    }

    [Fact]
    public void An_outcome_overturned_on_appeal_or_given_outside_the_area_is_not_eligible()
    {
        var overturned = WithOutcomes(
            "C1",
            Disposal.YouthRehabilitationOrder,
            OffenceCategory.Robbery,
            6,
            Outcome(Disposal.YouthRehabilitationOrder, "2023-08-01", AppealStatus.AppealSuccessful),
            Outcome(Disposal.YouthCaution, "2023-05-01"));
        var elsewhere = WithOutcomes("C2", Disposal.ReferralOrder, OffenceCategory.Robbery, 6, Outcome(Disposal.ReferralOrder, "2023-05-01", resident: false));
        var notRecorded = WithOutcomes("C3", Disposal.ReferralOrder, OffenceCategory.Robbery, 6, Outcome(Disposal.ReferralOrder, "2023-05-01", resident: null));

        var result = Compute(Q1, overturned, elsewhere, notRecorded);

        // The overturned YRO is ignored, so the youth caution in Q1 is kept; a missing residence counts as resident.
        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(2, 2));
        result.Find("kpi9.9e.YouthCaution")!.Fraction.Should().Be(new Fraction(1, 1));
    }
}
