using YouthJustice.Domain.ActionPlans;
using YouthJustice.Domain.Tests.ActionPlans.Fixtures;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class ActionPlanFixturesTest
{
    [Fact]
    public void Scrutiny_panel_plan_has_five_recommendations_and_fifteen_actions()
    {
        var plan = ScrutinyPanelSchoolsPlan.Build();

        plan.Source.Should().Be(ActionPlanSource.ScrutinyRecommendation);
        plan.Recommendations.Select(r => r.Reference).Should().Equal("a", "b", "c", "d", "e");
        plan.Recommendations.Select(r => r.Actions.Count).Should().Equal(4, 1, 6, 3, 1);
        plan.Actions.Should().HaveCount(15);
    }

    [Fact]
    public void Scrutiny_panel_plan_keeps_money_and_text_budgets()
    {
        var plan = ScrutinyPanelSchoolsPlan.Build();

        plan.FindAction("b.1")!.Budget!.Amount.Should().Be(0m);
        plan.FindAction("b.1")!.Budget!.ToString().Should().Be("£0");
        plan.FindAction("d.2")!.Budget!.Note.Should().Be("Costs to develop a dashboard to be established");
        plan.Actions.Count(a => a.Budget!.Amount is null).Should().Be(13);
    }

    [Fact]
    public void Scrutiny_panel_plan_reads_relative_and_month_timescales()
    {
        var plan = ScrutinyPanelSchoolsPlan.Build();

        plan.FindAction("a.1")!.DueDate.Should().Be(new LocalDate(2023, 12, 20));
        plan.FindAction("a.1")!.Timescale.Should().Be("6 months");
        plan.FindAction("e.1")!.DueDate.Should().Be(new LocalDate(2023, 11, 30));
        plan.Actions.Count(a => a.DueDate < plan.AgreedOn).Should().Be(4, "four actions were due on 1.6.23, before the plan was agreed on 20.6.23");
    }

    [Fact]
    public void Scrutiny_panel_plan_rolls_up_by_lead_to_its_total()
    {
        var plan = ScrutinyPanelSchoolsPlan.Build();
        var review = new ActionPlanReview(new LocalDate(2023, 11, 28), plan, plan.Actions.Select(a =>
            new ActionStatusJudgement(a.Reference, ActionStatus.Green, new LocalDate(2023, 11, 28), ScrutinyPanelSchoolsPlan.HeadOfPartnershipsAndEteSpecialist, ActionProgress.None)));

        var rollUp = review.RollUp();

        rollUp.ByLead.Select(l => (l.Lead.Value, l.Counts.Total)).Should().Equal(
            ("Executive Director of Children's Services and Head of Partnerships", 4),
            ("STYJS ETE Specialist", 1),
            ("Head of Partnerships and STYJS ETE Specialist", 10));
        rollUp.ByLead.Sum(l => l.Counts.Total).Should().Be(rollUp.Overall.Total);
        rollUp.Overdue.Should().Be(10, "the ten actions due by 30.9.23 are past due on 28.11.23 and none is blue");
    }

    [Fact]
    public void Inspection_plan_review_of_march_2017_matches_the_report()
    {
        var rollUp = WolverhamptonInspectionPlan.March2017Review().RollUp();

        rollUp.Overall.CountOf(ActionStatus.Blue).Should().Be(4);
        rollUp.Overall.CountOf(ActionStatus.Amber).Should().Be(1);
        rollUp.Overall.CountOf(ActionStatus.Green).Should().Be(5);
        rollUp.Overall.CountOf(ActionStatus.Red).Should().Be(0);
        rollUp.Overall.PercentComplete.Should().Be(40.0m);
        rollUp.Overdue.Should().Be(0);
    }

    [Fact]
    public void Default_scheme_agrees_with_every_recorded_status_of_march_2017()
        => WolverhamptonInspectionPlan.March2017Review().Check(DefaultRagScheme.Instance).Should().OnlyContain(c => !c.IsMismatch);

    [Fact]
    public void Inspection_plan_comparison_from_september_2016_shows_actions_turned_blue()
    {
        var diff = ActionPlanReviewDiff.Between(WolverhamptonInspectionPlan.September2016Review(), WolverhamptonInspectionPlan.March2017Review());

        diff.Completed.Should().Equal("2.2", "3.1", "4.1", "6.1");
        diff.StatusChanges.Should().Equal(
            new StatusChange("1.3", ActionStatus.Green, ActionStatus.Amber),
            new StatusChange("2.2", ActionStatus.Green, ActionStatus.Blue),
            new StatusChange("3.1", ActionStatus.Amber, ActionStatus.Blue),
            new StatusChange("4.1", ActionStatus.Green, ActionStatus.Blue),
            new StatusChange("6.1", ActionStatus.Green, ActionStatus.Blue));
        diff.Added.Should().BeEmpty();
        diff.Removed.Should().BeEmpty();
        diff.NewlyOverdue.Should().BeEmpty();
    }

    [Fact]
    public void Thematic_plan_keeps_ongoing_timescales_without_a_due_date()
    {
        var plan = MojEteThematicPlan.Build();

        plan.Source.Should().Be(ActionPlanSource.ThematicInspection);
        plan.Recommendations.Should().HaveCount(7);
        plan.Actions.Should().HaveCount(11);
        plan.Actions.Where(a => a.DueDate is null).Select(a => a.Reference).Should().Equal("1.1", "1.2", "1.3", "1.4");
        plan.Actions.Where(a => a.DueDate is null).Should().OnlyContain(a => a.Timescale != null);
        plan.FindAction("4.2")!.DueDate.Should().Be(new LocalDate(2024, 3, 31));
    }

    [Fact]
    public void Thematic_plan_owners_are_posts_or_organisations()
        => MojEteThematicPlan.Build().Actions.Select(a => a.Lead).Distinct().Should().HaveCount(5);

    [Fact]
    public void Service_delivery_plan_fits_one_action_per_outcome_needed()
    {
        var plan = LeicesterServiceDeliveryPlan.Build();

        plan.Source.Should().Be(ActionPlanSource.SelfAssessment);
        plan.Recommendations.Should().HaveCount(16);
        plan.Recommendations.Should().OnlyContain(r => r.Actions.Count == 1 && r.Actions[0].Reference == r.Reference);
        plan.Actions.Should().OnlyContain(a => a.OutcomeMeasure != null);
        plan.Actions.Select(a => a.DueDate).Distinct().Should().BeEquivalentTo(new LocalDate?[] { LeicesterServiceDeliveryPlan.June22, LeicesterServiceDeliveryPlan.September22 });
    }

    [Fact]
    public void Service_delivery_plan_with_the_source_s_repeated_reference_is_refused()
    {
        var rows = LeicesterServiceDeliveryPlan.Build().Recommendations.Concat(
        [
            LeicesterServiceDeliveryPlan.Row("3.16", "Robust group offer across primary, secondary and tertiary levels.", "Group work offer.", LeicesterServiceDeliveryPlan.OutOfCourtAndPreventionManagers, LeicesterServiceDeliveryPlan.September22, "Young people access group work."),
            LeicesterServiceDeliveryPlan.Row("3.16", "Improved join-up with partners on child criminal exploitation risks.", "Seconded officers attend exploitation meetings.", LeicesterServiceDeliveryPlan.EteAndHealthManager, LeicesterServiceDeliveryPlan.June22, "Improved intelligence."),
        ]);

        FluentActions.Invoking(() => new ActionPlan("Service delivery plan", ActionPlanSource.SelfAssessment, new LocalDate(2022, 4, 1), rows))
            .Should().Throw<System.ArgumentException>()
            .WithMessage("Each recommendation reference must be unique within a plan; '3.16' appears 2 times.*");
    }
}
