using YouthJustice.Domain.ActionPlans;
using static YouthJustice.Domain.Tests.ActionPlans.ActionPlanReviewTest;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class ActionPlanReviewDiffTest
{
    private static readonly LocalDate March = new(2024, 3, 15);
    private static readonly LocalDate June = new(2024, 6, 15);

    [Fact]
    public void Review_with_no_changes_has_an_empty_diff()
    {
        var plan = Plan(Action("1.1"), Action("1.2", new LocalDate(2024, 12, 31)));
        var earlier = new ActionPlanReview(March, plan, [Judged("1.1", ActionStatus.Green, March), Judged("1.2", ActionStatus.NotStarted, March)]);
        var later = new ActionPlanReview(March, plan, [Judged("1.1", ActionStatus.Green, March), Judged("1.2", ActionStatus.NotStarted, March)]);

        var diff = ActionPlanReviewDiff.Between(earlier, later);

        diff.HasChanges.Should().BeFalse();
        diff.StatusChanges.Should().BeEmpty();
        diff.NewlyOverdue.Should().BeEmpty();
        diff.Completed.Should().BeEmpty();
        diff.Added.Should().BeEmpty();
        diff.Removed.Should().BeEmpty();
    }

    [Fact]
    public void Diff_reports_changes_overdue_completed_added_and_removed()
    {
        var earlier = new ActionPlanReview(March, Plan(Action("1.1"), Action("1.2"), Action("1.3")),
            [Judged("1.1", ActionStatus.Green, March), Judged("1.2", ActionStatus.Amber, March), Judged("1.3", ActionStatus.Green, March)]);
        var later = new ActionPlanReview(June, Plan(Action("1.1"), Action("1.2"), Action("1.4", new LocalDate(2024, 5, 31))),
            [Judged("1.1", ActionStatus.Red, June), Judged("1.2", ActionStatus.Blue, June), Judged("1.4", ActionStatus.Green, June)]);

        var diff = ActionPlanReviewDiff.Between(earlier, later);

        diff.HasChanges.Should().BeTrue();
        diff.StatusChanges.Should().Equal(new StatusChange("1.1", ActionStatus.Green, ActionStatus.Red), new StatusChange("1.2", ActionStatus.Amber, ActionStatus.Blue));
        diff.NewlyOverdue.Should().Equal("1.1", "1.4");
        diff.Completed.Should().Equal("1.2");
        diff.Added.Should().Equal("1.4");
        diff.Removed.Should().Equal("1.3");
        diff.From.Should().Be(March);
        diff.To.Should().Be(June);
    }

    [Fact]
    public void Action_overdue_at_both_reviews_is_not_newly_overdue()
    {
        var plan = Plan(Action("1.1", new LocalDate(2024, 1, 31)));
        var diff = ActionPlanReviewDiff.Between(
            new ActionPlanReview(March, plan, [Judged("1.1", ActionStatus.Red, March)]),
            new ActionPlanReview(June, plan, [Judged("1.1", ActionStatus.Red, June)]));

        diff.NewlyOverdue.Should().BeEmpty();
        diff.HasChanges.Should().BeFalse();
    }

    [Fact]
    public void Action_added_complete_counts_as_completed()
        => ActionPlanReviewDiff.Between(
                new ActionPlanReview(March, Plan(Action("1.1")), [Judged("1.1", ActionStatus.Green, March)]),
                new ActionPlanReview(June, Plan(Action("1.1"), Action("1.2")), [Judged("1.1", ActionStatus.Green, March), Judged("1.2", ActionStatus.Blue, June)]))
            .Completed.Should().Equal("1.2");

    [Fact]
    public void Later_review_before_the_earlier_is_refused()
    {
        var plan = Plan(Action("1.1"));
        FluentActions.Invoking(() => ActionPlanReviewDiff.Between(
                new ActionPlanReview(June, plan, [Judged("1.1", ActionStatus.Green, June)]),
                new ActionPlanReview(March, plan, [Judged("1.1", ActionStatus.Green, March)])))
            .Should().Throw<ArgumentException>().WithParameterName("later")
            .WithMessage("The later review (2024-03-15) is before the earlier one (2024-06-15).*");
    }
}
