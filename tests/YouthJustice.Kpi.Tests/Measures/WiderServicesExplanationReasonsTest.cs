using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 8 (wider services) explanations (kpi-rules §2.7, §13.12): the status and reason of the headline, 8a (held at the
/// start), 8b (held during) and 8c (early help referral open before the start, or made during). C1's referral order
/// runs 2023-05-01 to 2023-11-30 (2023Q3); where a custodial order is needed, C1's DTO licence runs 2023-07-01 to
/// 2023-11-30 after custody began on 2023-03-01. A reason names the first record listed that decided it.
/// </summary>
public class WiderServicesExplanationReasonsTest
{
    private static MeasureExplanation Measure(DefinitionSet definitions, ChildCase child, string id)
        => new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3, definitions).AsT0.Measures.Single(m => m.MeasureId == id);

    /// <summary>Looked after throughout; an early help referral open since before the order and another made during it.</summary>
    private static ChildCase LookedAfterWithTwoReferrals()
        => ReferralOrder("C1")
            .Care(CareStatus.LookedAfter, "2023-01-01", null)
            .Care(CareStatus.EarlyHelpReferral, "2023-03-01", null)
            .Care(CareStatus.EarlyHelpReferral, "2023-06-01", null)
            .Build();

    [Theory]
    [InlineData("kpi8.8a.atStart.LookedAfter", ChildMeasureStatus.Met, "care status LookedAfter from 2023-01-01, open, held on 2023-05-01 (the start of the order)")]
    [InlineData("kpi8.8a.atStart.ChildInNeed", ChildMeasureStatus.NotMet, "status not held on 2023-05-01 (the start of the order)")]
    [InlineData("kpi8.8b.during.LookedAfter", ChildMeasureStatus.Met, "care status LookedAfter from 2023-01-01, open, held during the order (from 2023-05-01 to its end)")]
    [InlineData("kpi8.8b.during.ChildInNeed", ChildMeasureStatus.NotMet, "status not held during the order (from 2023-05-01 to its end)")]
    [InlineData("kpi8.8c.openToEarlyHelpBeforeStart", ChildMeasureStatus.Met, "care status EarlyHelpReferral from 2023-03-01, open, started before the order started on 2023-05-01")]
    [InlineData("kpi8.8c.referredToEarlyHelpDuring", ChildMeasureStatus.Met, "care status EarlyHelpReferral from 2023-06-01, open, referred on or after 2023-05-01 (the start of the order)")]
    [InlineData("kpi8.headline", ChildMeasureStatus.Met, "care status LookedAfter from 2023-01-01, open, held during the order (from 2023-05-01 to its end)")]
    public void Each_measure_names_the_status_record_that_decided_or_says_none_was_held(string measure, ChildMeasureStatus status, string reason)
    {
        var explanation = Measure(DefinitionSet.Definitions2024, LookedAfterWithTwoReferrals(), measure);

        explanation.Status.Should().Be(status);
        explanation.Reasons.Should().Equal(reason);
    }

    [Fact]
    public void Under_the_2023_definitions_the_headline_names_the_status_held_at_the_end()
    {
        var explanation = Measure(DefinitionSet.Definitions2023, LookedAfterWithTwoReferrals(), "kpi8.headline");

        explanation.Status.Should().Be(ChildMeasureStatus.Met);
        explanation.Reasons.Should().Equal("care status LookedAfter from 2023-01-01, open, held on 2023-11-30 (the end of the order)");
    }

    [Theory]
    [InlineData("kpi8.8c.openToEarlyHelpBeforeStart", "no early help referral open before the order started on 2023-05-01")]
    [InlineData("kpi8.8c.referredToEarlyHelpDuring", "no early help referral made during the order (from 2023-05-01)")]
    [InlineData("kpi8.headline", "no looked-after, child protection, child in need or early help status held during the order (from 2023-05-01 to its end)")]
    public void A_child_with_no_status_is_told_none_was_held(string measure, string reason)
    {
        var explanation = Measure(DefinitionSet.Definitions2024, ReferralOrder("C1").Build(), measure);

        explanation.Status.Should().Be(ChildMeasureStatus.NotMet);
        explanation.Reasons.Should().Equal(reason);
    }

    [Theory]
    [InlineData("2023-02-28", ChildMeasureStatus.Met, "care status LookedAfter from 2022-01-01 to 2023-02-28, which ended on 2023-02-28, the day before custody began: present at the start of a custodial order (kpi-rules §13.20)")]
    [InlineData("2023-03-01", ChildMeasureStatus.Met, "care status LookedAfter from 2022-01-01 to 2023-03-01, held on 2023-03-01 (the start of the order)")]
    [InlineData("2023-02-27", ChildMeasureStatus.NotMet, "status not held on 2023-03-01 (the start of the order)")]
    public void A_status_that_ended_the_day_before_custody_began_is_held_at_the_start_through_the_custody_window(string statusEnd, ChildMeasureStatus status, string reason)
    {
        var child = Child("C1")
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-07-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-03-01")
            .Care(CareStatus.LookedAfter, "2022-01-01", statusEnd)
            .Build();

        var explanation = Measure(DefinitionSet.Definitions2024, child, "kpi8.8a.atStart.LookedAfter");

        explanation.Status.Should().Be(status);
        explanation.Reasons.Should().Equal(reason);
    }

    [Theory]
    [InlineData("kpi8.8a.atStart.LookedAfter", "care status LookedAfter from 2023-01-01 to 2023-06-30, held on 2023-05-01 (the start of the order)")]
    [InlineData("kpi8.8b.during.LookedAfter", "care status LookedAfter from 2023-01-01 to 2023-06-30, held during the order (from 2023-05-01 to its end)")]
    public void Of_two_records_of_one_status_held_at_the_start_and_during_the_order_the_first_listed_is_named(string measure, string reason)
    {
        var child = ReferralOrder("C1")
            .Care(CareStatus.LookedAfter, "2023-01-01", "2023-06-30")
            .Care(CareStatus.LookedAfter, "2023-04-01", null)
            .Build();

        var explanation = Measure(DefinitionSet.Definitions2024, child, measure);

        explanation.Status.Should().Be(ChildMeasureStatus.Met);
        explanation.Reasons.Should().Equal(reason);
    }

    [Fact]
    public void A_status_that_ended_the_day_before_the_order_started_is_passed_over_for_one_held_during_it()
    {
        var child = ReferralOrder("C1")
            .Care(CareStatus.LookedAfter, "2022-01-01", "2023-04-30")
            .Care(CareStatus.ChildInNeed, "2023-11-30", null)
            .Build();

        var headline = Measure(DefinitionSet.Definitions2024, child, "kpi8.headline");
        var lookedAfter = Measure(DefinitionSet.Definitions2024, child, "kpi8.8b.during.LookedAfter");

        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal("care status ChildInNeed from 2023-11-30, open, held during the order (from 2023-05-01 to its end)");
        lookedAfter.Status.Should().Be(ChildMeasureStatus.NotMet);
    }

    [Fact]
    public void Under_the_2023_definitions_a_status_that_ended_the_day_before_the_order_ended_is_passed_over_for_one_held_at_the_end()
    {
        var child = ReferralOrder("C1")
            .Care(CareStatus.LookedAfter, "2022-01-01", "2023-11-29")
            .Care(CareStatus.ChildInNeed, "2023-06-01", null)
            .Build();

        var headline = Measure(DefinitionSet.Definitions2023, child, "kpi8.headline");

        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal("care status ChildInNeed from 2023-06-01, open, held on 2023-11-30 (the end of the order)");
    }

    [Fact]
    public void Of_two_early_help_referrals_open_before_the_order_started_the_first_listed_is_named()
    {
        var child = ReferralOrder("C1")
            .Care(CareStatus.EarlyHelpReferral, "2023-01-01", null)
            .Care(CareStatus.EarlyHelpReferral, "2023-04-30", null)
            .Build();

        var before = Measure(DefinitionSet.Definitions2024, child, "kpi8.8c.openToEarlyHelpBeforeStart");
        var during = Measure(DefinitionSet.Definitions2024, child, "kpi8.8c.referredToEarlyHelpDuring");

        before.Status.Should().Be(ChildMeasureStatus.Met);
        before.Reasons.Should().Equal("care status EarlyHelpReferral from 2023-01-01, open, started before the order started on 2023-05-01");
        during.Status.Should().Be(ChildMeasureStatus.NotMet);
    }

    [Fact]
    public void Of_two_early_help_referrals_made_from_the_day_the_order_started_the_first_listed_is_named()
    {
        var child = ReferralOrder("C1")
            .Care(CareStatus.EarlyHelpReferral, "2023-05-01", null)
            .Care(CareStatus.EarlyHelpReferral, "2023-06-01", null)
            .Build();

        var before = Measure(DefinitionSet.Definitions2024, child, "kpi8.8c.openToEarlyHelpBeforeStart");
        var during = Measure(DefinitionSet.Definitions2024, child, "kpi8.8c.referredToEarlyHelpDuring");

        during.Status.Should().Be(ChildMeasureStatus.Met);
        during.Reasons.Should().Equal("care status EarlyHelpReferral from 2023-05-01, open, referred on or after 2023-05-01 (the start of the order)");
        before.Status.Should().Be(ChildMeasureStatus.NotMet);
    }
}
