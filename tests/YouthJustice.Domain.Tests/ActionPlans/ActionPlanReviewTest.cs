using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class ActionPlanReviewTest
{
    internal static readonly PostTitle Recorder = new("Performance Officer");
    internal static readonly PostTitle HeadOfService = new("Head of Service");
    internal static readonly PostTitle EteSpecialist = new("ETE Specialist");

    internal static ActionPlan Plan(params PlanAction[] actions)
        => new("Improvement plan", ActionPlanSource.FullInspection, new LocalDate(2024, 1, 1), [new Recommendation("1", "Improve ETE", actions)]);

    internal static PlanAction Action(string reference, LocalDate? due = null, PostTitle? lead = null)
        => new(reference, "Action " + reference, lead ?? HeadOfService, due ?? new LocalDate(2024, 3, 31));

    internal static ActionStatusJudgement Judged(string reference, ActionStatus status, LocalDate on, ActionProgress? progress = null)
        => new(reference, status, on, Recorder, progress ?? ActionProgress.None);

    [Fact]
    public void Recorded_amber_stands_beside_a_suggested_red_and_the_mismatch_is_reported()
    {
        var review = new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1")), [Judged("1.1", ActionStatus.Amber, new LocalDate(2024, 4, 1), new ActionProgress(new LocalDate(2024, 1, 5)))]);

        var check = review.Check(DefaultRagScheme.Instance).Single();

        review.JudgementOf("1.1")!.Status.Should().Be(ActionStatus.Amber);
        check.Recorded.Should().Be(ActionStatus.Amber);
        check.Suggestion.Status.Should().Be(ActionStatus.Red);
        check.IsMismatch.Should().BeTrue();
        check.Message.Should().Be("Action 1.1: recorded Amber, the scheme suggests Red (Due on 2024-03-31 and not complete on 2024-04-01.) The recorded status stands.");
    }

    [Fact]
    public void Matching_status_is_not_a_mismatch()
    {
        var review = new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1")), [Judged("1.1", ActionStatus.Blue, new LocalDate(2024, 3, 30), new ActionProgress(completedOn: new LocalDate(2024, 3, 30)))]);

        var check = review.Check(DefaultRagScheme.Instance).Single();

        check.IsMismatch.Should().BeFalse();
        check.Message.Should().Be("Action 1.1: recorded Blue, consistent with the scheme.");
    }

    [Fact]
    public void No_suggestion_is_not_a_mismatch()
        => new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1")), [Judged("1.1", ActionStatus.Red, new LocalDate(2024, 4, 1))])
            .Check(TargetVarianceRagScheme.Havering).Single().IsMismatch.Should().BeFalse();

    [Fact]
    public void Judgements_are_kept_in_plan_order()
        => new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1"), Action("1.2")),
                [Judged("1.2", ActionStatus.Green, new LocalDate(2024, 4, 1)), Judged("1.1", ActionStatus.Red, new LocalDate(2024, 4, 1))])
            .Judgements.Select(j => j.ActionReference).Should().Equal("1.1", "1.2");

    [Fact]
    public void Action_without_a_judgement_is_refused()
        => FluentActions.Invoking(() => new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1"), Action("1.2")), [Judged("1.1", ActionStatus.Green, new LocalDate(2024, 4, 1))]))
            .Should().Throw<ArgumentException>().WithParameterName("judgements").WithMessage("Action 1.2 has no judgement; a review holds one per action.*");

    [Fact]
    public void Two_judgements_of_one_action_are_refused()
        => FluentActions.Invoking(() => new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1")),
                [Judged("1.1", ActionStatus.Green, new LocalDate(2024, 4, 1)), Judged("1.1", ActionStatus.Red, new LocalDate(2024, 4, 1))]))
            .Should().Throw<ArgumentException>().WithMessage("Action 1.1 has 2 judgements; a review holds one per action.*");

    [Fact]
    public void Judgement_of_an_unknown_action_is_refused()
        => FluentActions.Invoking(() => new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1")),
                [Judged("1.1", ActionStatus.Green, new LocalDate(2024, 4, 1)), Judged("9.9", ActionStatus.Red, new LocalDate(2024, 4, 1))]))
            .Should().Throw<ArgumentException>().WithMessage("The judgement for action 9.9 names no action of the plan.*");

    [Fact]
    public void Judgement_dated_on_the_board_date_is_accepted_and_after_it_refused()
    {
        new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1")), [Judged("1.1", ActionStatus.Green, new LocalDate(2024, 4, 1))]).Judgements.Should().HaveCount(1);
        FluentActions.Invoking(() => new ActionPlanReview(new LocalDate(2024, 4, 1), Plan(Action("1.1")), [Judged("1.1", ActionStatus.Green, new LocalDate(2024, 4, 2))]))
            .Should().Throw<ArgumentException>().WithMessage("The judgement for action 1.1 is dated 2024-04-02, after the board on 2024-04-01.*");
    }

    [Fact]
    public void Judgement_with_completion_after_its_date_is_refused()
        => FluentActions.Invoking(() => Judged("1.1", ActionStatus.Blue, new LocalDate(2024, 4, 1), new ActionProgress(completedOn: new LocalDate(2024, 4, 2))))
            .Should().Throw<ArgumentException>().WithParameterName("progress");

    [Fact]
    public void Completion_before_start_is_refused()
        => FluentActions.Invoking(() => new ActionProgress(new LocalDate(2024, 4, 2), new LocalDate(2024, 4, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("completedOn")
            .WithMessage("The completion date 2024-04-01 is before the start date 2024-04-02.*");

    [Theory]
    [InlineData("2024-03-31", "Green", false)]
    [InlineData("2024-04-01", "Green", true)]
    [InlineData("2024-04-01", "Blue", false)]
    public void Overdue_means_due_before_the_board_and_not_blue(string board, string status, bool overdue)
    {
        var boardDate = NodaTime.Text.LocalDatePattern.Iso.Parse(board).Value;
        var review = new ActionPlanReview(boardDate, Plan(Action("1.1")), [Judged("1.1", ActionStatus.FromName(status), boardDate)]);

        review.IsOverdue(review.Plan.Actions[0]).Should().Be(overdue);
    }
}
