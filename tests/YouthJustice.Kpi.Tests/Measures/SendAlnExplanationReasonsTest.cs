using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 3 explanations (kpi-rules §2.3, §13.8): the status and the one reason of each measure for a child with no
/// SEND/ALN record at the end of the order, a record that identifies no need, an identified need with and without a
/// plan, and in suitable, unsuitable or no ETE at the end. C1's referral order runs 2023-05-01 to 2023-11-30 (2023Q3).
/// </summary>
public class SendAlnExplanationReasonsTest
{
    private static ChildBuilder ReferralOrderEndingInQ3() => Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30");

    private static MeasureExplanation Measure(ChildCase child, string id)
        => new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0.Measures.Single(m => m.MeasureId == id);

    [Fact]
    public void A_child_with_no_record_open_at_the_end_is_outside_the_headline_and_in_the_identified_denominator_only()
    {
        var child = ReferralOrderEndingInQ3().SendAln("2022-03-01", "2023-11-29", identified: true, formalPlan: true).Build();

        var headline = Measure(child, "kpi3.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        headline.Reasons.Should().Equal("no SEND/ALN record open on 2023-11-30 (the end of the order): no identified need");
        var identified = Measure(child, "kpi3.identified");
        identified.Status.Should().Be(ChildMeasureStatus.NoData);
        identified.Reasons.Should().Equal("no SEND/ALN record open on 2023-11-30 (the end of the order): denominator only");
        var suitable = Measure(child, "kpi3.suitableEteAtEnd");
        suitable.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        suitable.Reasons.Should().Equal("no identified SEND/ALN need at the end of the order (2023-11-30)");
    }

    [Fact]
    public void A_record_open_at_the_end_that_identifies_no_need_is_named()
    {
        var child = ReferralOrderEndingInQ3().SendAln("2022-03-01", null, identified: false, formalPlan: false).Build();
        const string record = "SEND/ALN record from 2022-03-01, open, identified no, formal plan no";

        var headline = Measure(child, "kpi3.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        headline.Reasons.Should().Equal("no SEND/ALN record open on 2023-11-30 (the end of the order) identifies a need: " + record);
        var identified = Measure(child, "kpi3.identified");
        identified.Status.Should().Be(ChildMeasureStatus.NotMet);
        identified.Reasons.Should().Equal("no SEND/ALN record open on 2023-11-30 identifies a need: " + record);
    }

    [Fact]
    public void An_identified_need_with_a_plan_and_suitable_ete_at_the_end_names_both_records()
    {
        var child = ReferralOrderEndingInQ3().SendAln("2022-03-01", null, identified: true, formalPlan: true)
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable).Build();
        const string record = "SEND/ALN record from 2022-03-01, open, identified yes, formal plan yes";

        var headline = Measure(child, "kpi3.headline");
        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal("identified need with a formal plan: " + record + ", open on 2023-11-30");
        var identified = Measure(child, "kpi3.identified");
        identified.Status.Should().Be(ChildMeasureStatus.Met);
        identified.Reasons.Should().Equal("identified SEND/ALN need: " + record + ", open on 2023-11-30");
        var suitable = Measure(child, "kpi3.suitableEteAtEnd");
        suitable.Status.Should().Be(ChildMeasureStatus.Met);
        suitable.Reasons.Should().ContainSingle().Which.Should().StartWith("identified SEND/ALN need; suitable ETE at end: ETE period from 2022-09-01").And.EndWith(", open on 2023-11-30");
        Measure(child, "kpi3.unsuitableEteAtEnd").Status.Should().Be(ChildMeasureStatus.NotMet);
    }

    [Fact]
    public void An_identified_need_in_unsuitable_ete_at_the_end_is_met_on_the_unsuitable_measure()
    {
        var child = ReferralOrderEndingInQ3().SendAln("2022-03-01", null, identified: true, formalPlan: false)
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Unsuitable).Build();

        var unsuitable = Measure(child, "kpi3.unsuitableEteAtEnd");
        unsuitable.Status.Should().Be(ChildMeasureStatus.Met);
        unsuitable.Reasons.Should().ContainSingle().Which.Should().StartWith("identified SEND/ALN need; unsuitable ETE at end: ETE period from 2022-09-01").And.EndWith(", open on 2023-11-30");
        Measure(child, "kpi3.suitableEteAtEnd").Status.Should().Be(ChildMeasureStatus.NotMet);
    }

    [Fact]
    public void Of_several_records_open_at_the_end_the_first_listed_is_named()
    {
        var identified = ReferralOrderEndingInQ3()
            .SendAln("2022-03-01", null, identified: true, formalPlan: true)
            .SendAln("2022-06-01", null, identified: true, formalPlan: true)
            .Build();
        var notIdentified = ReferralOrderEndingInQ3()
            .SendAln("2022-03-01", null, identified: false, formalPlan: false)
            .SendAln("2022-06-01", null, identified: false, formalPlan: false)
            .Build();

        Measure(identified, "kpi3.headline").Reasons.Should().Equal("identified need with a formal plan: SEND/ALN record from 2022-03-01, open, identified yes, formal plan yes, open on 2023-11-30");
        Measure(identified, "kpi3.identified").Reasons.Should().Equal("identified SEND/ALN need: SEND/ALN record from 2022-03-01, open, identified yes, formal plan yes, open on 2023-11-30");
        Measure(notIdentified, "kpi3.identified").Reasons.Should().Equal("no SEND/ALN record open on 2023-11-30 identifies a need: SEND/ALN record from 2022-03-01, open, identified no, formal plan no");
    }

    [Fact]
    public void A_breakdown_explains_the_child_in_its_own_group_and_outside_the_others()
    {
        // Born 2008-05-01: 15 on 2023-05-01, the start of the order.
        var child = ReferralOrderEndingInQ3().SendAln("2022-03-01", null, identified: true, formalPlan: false).Build();

        var own = Measure(child, "kpi3.identifiedByAge.Aged15To17");
        own.Status.Should().Be(ChildMeasureStatus.Met);
        own.Reasons.Should().Equal("identified SEND/ALN need: SEND/ALN record from 2022-03-01, open, identified yes, formal plan no, open on 2023-11-30");
        var other = Measure(child, "kpi3.identifiedByAge.Aged10To14");
        other.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        other.Reasons.Should().Equal("not in this group");
    }

    [Fact]
    public void A_record_that_ended_before_the_end_of_the_order_is_passed_over_for_the_one_open_then()
    {
        // The first record ended on 2023-06-30, before the order's end (2023-11-30); the second is open then.
        var child = ReferralOrderEndingInQ3()
            .SendAln("2022-03-01", "2023-06-30", identified: false, formalPlan: false)
            .SendAln("2023-07-01", null, identified: false, formalPlan: false)
            .Build();

        var headline = Measure(child, "kpi3.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        headline.Reasons.Should().Equal("no SEND/ALN record open on 2023-11-30 (the end of the order) identifies a need: SEND/ALN record from 2023-07-01, open, identified no, formal plan no");
    }
}
