using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class DefaultRagSchemeTest
{
    private static readonly PostTitle Lead = new("Head of Service");
    private static readonly PlanAction DueEndOfMarch = new("1", "Do it", Lead, new LocalDate(2024, 3, 31), new LocalDate(2024, 1, 1));

    [Fact]
    public void Complete_action_is_blue()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, new ActionProgress(new LocalDate(2024, 1, 2), new LocalDate(2024, 4, 10)), new LocalDate(2024, 4, 10))
            .Should().Be(new RagSuggestion(ActionStatus.Blue, "complete", "Completed on 2024-04-10."));

    [Fact]
    public void Action_completed_after_the_date_is_not_yet_blue()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, new ActionProgress(new LocalDate(2024, 1, 2), new LocalDate(2024, 4, 10)), new LocalDate(2024, 3, 1))
            .Status.Should().Be(ActionStatus.Green);

    [Fact]
    public void Past_due_and_not_complete_is_red()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, new ActionProgress(new LocalDate(2024, 1, 2)), new LocalDate(2024, 4, 1))
            .Should().Be(new RagSuggestion(ActionStatus.Red, "past-due", "Due on 2024-03-31 and not complete on 2024-04-01."));

    [Fact]
    public void Due_today_is_not_yet_red()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, new ActionProgress(new LocalDate(2024, 1, 2)), new LocalDate(2024, 3, 31))
            .Should().Be(new RagSuggestion(ActionStatus.Green, "on-track", "Not complete, not past its due date, no forecast slip and no flagged issue."));

    [Fact]
    public void Not_started_with_start_in_the_future_is_not_started()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, ActionProgress.None, new LocalDate(2023, 12, 31))
            .Should().Be(new RagSuggestion(ActionStatus.NotStarted, "not-started", "Not started; the planned start 2024-01-01 is after 2023-12-31."));

    [Fact]
    public void Not_started_on_the_planned_start_falls_through_to_the_due_date_rules()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, ActionProgress.None, new LocalDate(2024, 1, 1)).Status.Should().Be(ActionStatus.Green);

    [Fact]
    public void Not_started_and_past_due_is_red()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, ActionProgress.None, new LocalDate(2024, 4, 1)).Status.Should().Be(ActionStatus.Red);

    [Fact]
    public void Forecast_after_due_date_is_amber()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, new ActionProgress(new LocalDate(2024, 1, 2), forecastCompletion: new LocalDate(2024, 4, 1)), new LocalDate(2024, 3, 1))
            .Should().Be(new RagSuggestion(ActionStatus.Amber, "forecast-late", "Forecast to complete on 2024-04-01, after the due date 2024-03-31."));

    [Fact]
    public void Forecast_on_the_due_date_is_green()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, new ActionProgress(new LocalDate(2024, 1, 2), forecastCompletion: new LocalDate(2024, 3, 31)), new LocalDate(2024, 3, 1))
            .Status.Should().Be(ActionStatus.Green);

    [Fact]
    public void Flagged_issue_is_amber()
        => DefaultRagScheme.Instance.Suggest(DueEndOfMarch, new ActionProgress(new LocalDate(2024, 1, 2), issueFlagged: true), new LocalDate(2024, 3, 1))
            .Should().Be(new RagSuggestion(ActionStatus.Amber, "issue-flagged", "An issue or risk to delivery is flagged."));

    [Fact]
    public void Action_without_dates_is_green_until_complete()
        => DefaultRagScheme.Instance.Suggest(new PlanAction("2", "Ongoing work", Lead, null), ActionProgress.None, new LocalDate(2024, 3, 1)).Status.Should().Be(ActionStatus.Green);
}

public class TargetVarianceRagSchemeTest
{
    private static readonly PlanAction Measure = new("KPI2", "Raise ETE engagement", new PostTitle("ETE Specialist"), null);
    private static readonly LocalDate AsAt = new(2024, 4, 1);

    [Theory]
    [InlineData(80, 80, "within-tolerance")]
    [InlineData(80, 90, "within-tolerance")]
    [InlineData(80, 72, "within-tolerance")]
    public void On_target_or_within_ten_percent_is_green(decimal target, decimal actual, string rule)
        => Suggest(new PerformanceReading(target, actual, null, Polarity.HigherIsBetter)).Should().Be((ActionStatus.Green, rule));

    [Fact]
    public void More_than_ten_percent_off_and_improved_is_amber()
        => Suggest(new PerformanceReading(80m, 71.9m, 70m, Polarity.HigherIsBetter)).Should().Be((ActionStatus.Amber, "off-target-improving"));

    [Fact]
    public void More_than_ten_percent_off_and_maintained_is_amber()
        => Suggest(new PerformanceReading(80m, 70m, 70m, Polarity.HigherIsBetter)).Should().Be((ActionStatus.Amber, "off-target-improving"));

    [Fact]
    public void More_than_ten_percent_off_and_worse_is_red()
        => Havering(new PerformanceReading(80m, 70m, 71m, Polarity.HigherIsBetter)).Should().Be(new RagSuggestion(
            ActionStatus.Red, "off-target-worsening", "70 against a target of 80: more than 10 % off target and worse than 71."));

    [Fact]
    public void More_than_ten_percent_off_without_previous_reading_is_red()
        => Suggest(new PerformanceReading(80m, 70m, null, Polarity.HigherIsBetter)).Should().Be((ActionStatus.Red, "off-target-no-previous"));

    [Theory]
    [InlineData(30, 33, null, "Green")]
    [InlineData(30, 33.1, 34, "Amber")]
    [InlineData(30, 33.1, 33, "Red")]
    [InlineData(30, 20, null, "Green")]
    public void Lower_is_better_measures_are_off_target_above_it(decimal target, decimal actual, int? previous, string expected)
        => Suggest(new PerformanceReading(target, actual, previous, Polarity.LowerIsBetter)).Status!.Name.Should().Be(expected);

    [Fact]
    public void Zero_target_allows_no_shortfall()
    {
        Suggest(new PerformanceReading(0m, 0m, null, Polarity.LowerIsBetter)).Status.Should().Be(ActionStatus.Green);
        Suggest(new PerformanceReading(0m, 1m, null, Polarity.LowerIsBetter)).Status.Should().Be(ActionStatus.Red);
    }

    [Fact]
    public void No_reading_gives_no_suggestion()
        => TargetVarianceRagScheme.Havering.Suggest(Measure, ActionProgress.None, AsAt)
            .Should().Be(new RagSuggestion(null, "no-reading", "No performance reading against target was reported."));

    [Fact]
    public void Completed_action_is_blue()
        => TargetVarianceRagScheme.Havering.Suggest(Measure, new ActionProgress(completedOn: AsAt), AsAt).Status.Should().Be(ActionStatus.Blue);

    [Fact]
    public void Tolerance_is_configurable_within_0_to_100()
    {
        new TargetVarianceRagScheme(0m).Suggest(Measure, new ActionProgress(reading: new PerformanceReading(80m, 79.9m, null, Polarity.HigherIsBetter)), AsAt).Status.Should().Be(ActionStatus.Red);
        new TargetVarianceRagScheme(100m).TolerancePercent.Should().Be(100m);
        FluentActions.Invoking(() => new TargetVarianceRagScheme(100.1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerancePercent");
        FluentActions.Invoking(() => new TargetVarianceRagScheme(-0.1m)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Name_states_the_tolerance()
        => TargetVarianceRagScheme.Havering.Name.Should().Be("Performance against target (10 % tolerance)");

    private static (ActionStatus? Status, string Rule) Suggest(PerformanceReading reading)
    {
        var suggestion = Havering(reading);
        return (suggestion.Status, suggestion.Rule);
    }

    private static RagSuggestion Havering(PerformanceReading reading)
        => TargetVarianceRagScheme.Havering.Suggest(Measure, new ActionProgress(reading: reading), AsAt);
}
