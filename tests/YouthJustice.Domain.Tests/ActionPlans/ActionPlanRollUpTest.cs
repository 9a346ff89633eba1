using CsCheck;
using YouthJustice.Domain.ActionPlans;
using static YouthJustice.Domain.Tests.ActionPlans.ActionPlanReviewTest;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class ActionPlanRollUpTest
{
    private static readonly LocalDate Board = new(2024, 4, 1);

    [Fact]
    public void Roll_up_counts_by_status_and_lead()
    {
        var plan = Plan(Action("1.1", lead: HeadOfService), Action("1.2", lead: EteSpecialist), Action("1.3", lead: HeadOfService), Action("1.4", new LocalDate(2024, 12, 31), EteSpecialist));
        var review = new ActionPlanReview(Board, plan,
            [Judged("1.1", ActionStatus.Blue, Board), Judged("1.2", ActionStatus.Red, Board), Judged("1.3", ActionStatus.Amber, Board), Judged("1.4", ActionStatus.NotStarted, Board)]);

        var rollUp = review.RollUp();

        rollUp.BoardDate.Should().Be(Board);
        rollUp.Overall.ByStatus.Select(p => p.Value).Should().Equal(1, 1, 1, 0, 1);
        rollUp.Overall.Total.Should().Be(4);
        rollUp.Overall.Complete.Should().Be(1);
        rollUp.Overall.PercentComplete.Should().Be(25.0m);
        rollUp.Overdue.Should().Be(2);
        rollUp.ByLead.Select(l => (l.Lead, l.Counts.Total, l.Counts.Complete, l.Overdue)).Should().Equal(
            (HeadOfService, 2, 1, 1),
            (EteSpecialist, 2, 0, 1));
    }

    [Theory]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 16, 6.3)]
    [InlineData(0, 5, 0)]
    [InlineData(5, 5, 100)]
    public void Percent_complete_is_blue_over_all_to_one_decimal_place(int blue, int total, decimal expected)
        => new StatusCounts(Enumerable.Repeat(ActionStatus.Blue, blue).Concat(Enumerable.Repeat(ActionStatus.Green, total - blue)))
            .PercentComplete.Should().Be(expected);

    [Fact]
    public void Percent_complete_of_no_actions_is_not_given()
    {
        var counts = new StatusCounts([]);

        counts.Total.Should().Be(0);
        counts.PercentComplete.Should().BeNull();
    }

    [Fact]
    public void Roll_up_totals_always_add_up()
        => Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2]).Array[0, 40].Sample(rows =>
        {
            var leads = new[] { HeadOfService, EteSpecialist, Recorder };
            var plan = Plan(rows.Select((r, i) => Action("1." + i, new LocalDate(2024, 3, 1).PlusDays(i), leads[r.Item2])).ToArray());
            var review = new ActionPlanReview(Board, plan, rows.Select((r, i) => Judged("1." + i, ActionStatus.FromValue(r.Item1), Board)));

            var rollUp = review.RollUp();

            rollUp.Overall.Total.Should().Be(rows.Length);
            rollUp.Overall.ByStatus.Sum(p => p.Value).Should().Be(rollUp.Overall.Total);
            rollUp.ByLead.Sum(l => l.Counts.Total).Should().Be(rollUp.Overall.Total);
            rollUp.ByLead.Sum(l => l.Overdue).Should().Be(rollUp.Overdue);
            foreach (var status in ActionStatus.All)
            {
                rollUp.ByLead.Sum(l => l.Counts.CountOf(status)).Should().Be(rollUp.Overall.CountOf(status));
            }

            rollUp.Overdue.Should().Be(rows.Select((r, i) => (r, i)).Count(x => x.r.Item1 != ActionStatus.Blue.Value && new LocalDate(2024, 3, 1).PlusDays(x.i) < Board));
        });
}
