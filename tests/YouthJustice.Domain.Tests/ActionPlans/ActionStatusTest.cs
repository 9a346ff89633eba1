using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class ActionStatusTest
{
    [Fact]
    public void Statuses_run_from_not_started_to_complete()
        => ActionStatus.All.Select(s => s.Name).Should().Equal("NotStarted", "Red", "Amber", "Green", "Blue");

    [Fact]
    public void Only_blue_is_complete()
        => ActionStatus.All.Where(s => s.IsComplete).Should().Equal(ActionStatus.Blue);

    [Fact]
    public void Meanings_follow_the_inspection_plan()
        => ActionStatus.All.Select(s => s.Meaning).Should().Equal("Not started", "Off track", "Delayed or at risk", "On track", "Complete");

    [Fact]
    public void Not_started_is_distinct_from_red()
        => ActionStatus.NotStarted.Should().NotBe(ActionStatus.Red);

    [Fact]
    public void Sources_are_the_four_kinds_of_plan()
        => ActionPlanSource.All.Select(s => s.Name).Should().Equal("FullInspection", "ThematicInspection", "ScrutinyRecommendation", "SelfAssessment");
}
