using YouthJustice.Domain.Accommodation;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures.Release;

/// <summary>
/// KPI 1's remand view (kpi-rules §2.1, "children remanded 4+ weeks": the earliest hearing with a remand decision,
/// more than 27 days from hearing to outcome; decision K7-3): of the cohort children whose kept offence was so
/// remanded, those in suitable accommodation at the end of their order. The outcome of order I1 is on 2023-05-01; its
/// offence is <c>O-I1</c>.
/// </summary>
public class RemandFourWeeksTest
{
    private const string Id = "kpi1.remand.fourWeeksOrMore.suitableAtEnd";

    private static ChildBuilder Suitable(string id)
        => Child(id).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", outcomeDate: "2023-05-01")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable);

    [Fact]
    public void Four_weeks_or_more_is_more_than_27_days()
        => Engine.Remand.MaxDaysUnderFourWeeks.Should().Be(27, "kpi-rules §2.1: > 27 days from hearing to outcome");

    [Theory]
    [InlineData(0, 0)] // 27 days before the outcome (2023-04-04): not four weeks
    [InlineData(1, 1)] // 28 days before (2023-04-03): four weeks or more
    public void Remand_more_than_27_days_before_the_outcome_is_four_weeks_or_more(int daysOverTheLimit, int remanded)
    {
        var hearing = new NodaTime.LocalDate(2023, 5, 1).PlusDays(-(Engine.Remand.MaxDaysUnderFourWeeks + daysOverTheLimit));
        var child = Suitable("C1").Hearing("H1", hearing.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), RemandDecision.RemandInCustody, "O-I1").Build();

        var result = Compute(child);

        Of(result, Id).Should().Be(new Fraction(remanded, remanded));
        Of(result, "kpi1.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void The_earliest_of_two_remand_hearings_decides()
    {
        // Listed later first: 2023-04-21 (10 days, not four weeks) and 2023-03-22 (40 days): the earliest decides.
        var child = Suitable("C1")
            .Hearing("H2", "2023-04-21", RemandDecision.RemandToLocalAuthorityAccommodationAndTag, "O-I1")
            .Hearing("H1", "2023-03-22", RemandDecision.CourtOrderedSecureRemand, "O-I1")
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var result = new KpiEngine().Compute(prepared, Q3, DefinitionSet.Definitions2024);
        var explained = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0.Measures.Single(m => m.MeasureId == Id);

        result.Find(Id)!.Fraction.Should().Be(new Fraction(1, 1));
        explained.Reasons.Should().Equal(
            "remanded four weeks or more: the earliest hearing with a remand decision, hearing H1 on 2023-03-22 (remand decision CourtOrderedSecureRemand; offences O-I1), is more than 27 days before the outcome on 2023-05-01");
    }

    [Fact]
    public void Of_two_remand_hearings_on_one_day_the_lower_id_is_named_whatever_the_order()
    {
        var child = Suitable("C1")
            .Hearing("H9", "2023-03-22", RemandDecision.RemandInCustody, "O-I1")
            .Hearing("H2", "2023-03-22", RemandDecision.CourtOrderedSecureRemand, "O-I1")
            .Build();

        var explained = new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0.Measures.Single(m => m.MeasureId == Id);

        explained.Status.Should().Be(Explanations.ChildMeasureStatus.Met);
        explained.Reasons.Should().ContainSingle().Which.Should().Contain("hearing H2 on 2023-03-22 (remand decision CourtOrderedSecureRemand");
    }

    [Theory]
    [InlineData("NoRemand")]
    [InlineData("Unknown")]
    public void A_hearing_without_a_remand_decision_is_ignored(string decision)
    {
        // The hearing 60 days before the outcome has no remand decision; the remand 20 days before is the earliest.
        var child = Suitable("C1")
            .Hearing("H1", "2023-03-02", RemandDecision.FromName(decision), "O-I1")
            .Hearing("H2", "2023-04-11", RemandDecision.RemandInCustody, "O-I1")
            .Build();

        var result = Compute(child);

        Of(result, Id).Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Only_hearings_linked_to_the_kept_offence_count()
    {
        var child = Suitable("C1")
            .Outcome("O9", Disposal.YouthCaution, "2022-01-10")
            .Hearing("H1", "2021-12-01", RemandDecision.RemandInCustody, "O9")
            .Build();

        var result = Compute(child);

        Of(result, Id).Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Among_the_remanded_children_the_numerator_is_suitable_at_the_end()
    {
        var suitable = Suitable("C1").Hearing("H1", "2023-02-01", RemandDecision.RemandInCustody, "O-I1").Build();
        var unsuitable = Child("C2").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", outcomeDate: "2023-05-01")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Unsuitable)
            .Hearing("H1", "2023-02-01", RemandDecision.RemandToLocalAuthorityAccommodation, "O-I1")
            .Build();
        var noRecord = Child("C3").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", outcomeDate: "2023-05-01")
            .Hearing("H1", "2023-02-01", RemandDecision.RemandToLocalAuthorityAccommodationAndCurfew, "O-I1")
            .Build();
        var notRemanded = Suitable("C4").Build();

        var result = Compute(suitable, unsuitable, noRecord, notRemanded);

        Of(result, Id).Should().Be(new Fraction(1, 3));
        Of(result, "kpi1.headline").Should().Be(new Fraction(2, 4));
    }

    [Fact]
    public void A_remand_hearing_after_the_outcome_does_not_count()
    {
        var child = Suitable("C1").Hearing("H1", "2023-06-10", RemandDecision.RemandInCustody, "O-I1").Build();

        var result = Compute(child);

        Of(result, Id).Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData(null, "no hearing with a remand decision is linked to the kept offence (offence O-I1 (TheftAndHandling, seriousness 3, offence date 2023-04-01)): not remanded")]
    [InlineData("2023-05-01", "not remanded four weeks or more: the earliest hearing with a remand decision, hearing H1 on 2023-05-01 (remand decision RemandInCustody; offences O-I1), is 27 days or fewer before the outcome on 2023-05-01")]
    [InlineData("2023-05-02", "the earliest hearing with a remand decision, hearing H1 on 2023-05-02 (remand decision RemandInCustody; offences O-I1), is after the outcome on 2023-05-01: not remanded before it")]
    public void A_child_not_remanded_four_weeks_is_told_why_and_a_hearing_on_the_day_of_the_outcome_is_not_after_it(string? hearing, string reason)
    {
        var builder = Suitable("C1");
        if (hearing is not null)
        {
            builder = builder.Hearing("H1", hearing, RemandDecision.RemandInCustody, "O-I1");
        }

        var explained = new KpiEngine().Explain(KpiEngine.Prepare(Service(builder.Build())), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0.Measures.Single(m => m.MeasureId == Id);

        explained.Status.Should().Be(Kpi.Explanations.ChildMeasureStatus.NotInDenominator);
        explained.Reasons.Should().Equal(reason);
    }
}
