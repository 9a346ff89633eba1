using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 8 (wider services) explanations (kpi-rules §2.7, §13.12): the status and reason of the headline, 8a (held at the
/// start), 8b (held during) and 8c (early help referral open before the start, or made during). C1's referral order
/// runs 2023-05-01 to 2023-11-30 (2023Q3).
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
}
