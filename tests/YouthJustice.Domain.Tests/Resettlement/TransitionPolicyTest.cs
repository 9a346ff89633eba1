using YouthJustice.Domain.Resettlement;

namespace YouthJustice.Domain.Tests.Resettlement;

public class TransitionPolicyTest
{
    private static readonly LocalDate Dob = new(2007, 5, 10);

    [Fact]
    public void Planning_starts_at_17_years_6_months()
        => TransitionPolicy.Default.PlanningStartsOn(Dob).Should().Be(new LocalDate(2024, 11, 10));

    [Fact]
    public void Wales_y2a_starts_at_17_years_3_months()
        => TransitionPolicy.Wales.PlanningStartsOn(Dob).Should().Be(new LocalDate(2024, 8, 10));

    [Theory]
    [InlineData("2024-11-09", false)]
    [InlineData("2024-11-10", true)]
    [InlineData("2024-11-11", true)]
    public void Flag_is_raised_from_17_years_6_months(string asAt, bool flagged)
        => TransitionPolicy.Default.IsTransitionPlanMissing(Dob, new LocalDate(2025, 12, 31), null, LocalDatePattern(asAt)).Should().Be(flagged);

    [Theory]
    [InlineData("2025-05-09", false)]
    [InlineData("2025-05-10", true)]
    public void Flag_needs_the_order_to_run_to_the_18th_birthday(string orderEnd, bool flagged)
        => TransitionPolicy.Default.IsTransitionPlanMissing(Dob, LocalDatePattern(orderEnd), null, new LocalDate(2025, 1, 1)).Should().Be(flagged);

    [Theory]
    [InlineData("2025-01-01", false)]
    [InlineData("2025-01-02", true)]
    public void A_transition_plan_agreed_by_the_date_of_the_check_clears_the_flag(string agreedOn, bool flagged)
        => TransitionPolicy.Default.IsTransitionPlanMissing(Dob, new LocalDate(2025, 12, 31), LocalDatePattern(agreedOn), new LocalDate(2025, 1, 1)).Should().Be(flagged);

    [Fact]
    public void Leap_day_child_reaches_17_years_6_months_on_29_august()
        => TransitionPolicy.Default.PlanningStartsOn(new LocalDate(2008, 2, 29)).Should().Be(new LocalDate(2025, 8, 29));

    [Fact]
    public void Leap_day_child_turns_18_on_1_march_in_a_non_leap_year()
        => TransitionPolicy.EighteenthBirthday(new LocalDate(2008, 2, 29)).Should().Be(new LocalDate(2026, 3, 1));

    [Fact]
    public void Leap_day_child_with_17_years_policy_reaches_it_on_1_march()
        => new TransitionPolicy(17, 0).PlanningStartsOn(new LocalDate(2008, 2, 29)).Should().Be(new LocalDate(2025, 3, 1));

    [Fact]
    public void Child_born_on_the_31st_reaches_an_age_in_a_short_month_on_the_1st_of_the_next()
        => TransitionPolicy.Default.PlanningStartsOn(new LocalDate(2007, 8, 31)).Should().Be(new LocalDate(2025, 3, 1));

    [Fact]
    public void Leap_day_child_on_an_order_ending_28_february_is_not_yet_18()
        => TransitionPolicy.Default.IsTransitionPlanMissing(new LocalDate(2008, 2, 29), new LocalDate(2026, 2, 28), null, new LocalDate(2026, 1, 1)).Should().BeFalse();

    [Theory]
    [InlineData(9, 0, "years")]
    [InlineData(18, 0, "years")]
    [InlineData(17, -1, "months")]
    [InlineData(17, 12, "months")]
    public void Age_outside_the_youth_range_is_rejected(int years, int months, string parameter)
        => FluentActions.Invoking(() => new TransitionPolicy(years, months)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Ages_at_the_edges_are_accepted()
    {
        new TransitionPolicy(10, 0).PlanningStartsOn(Dob).Should().Be(new LocalDate(2017, 5, 10));
        new TransitionPolicy(17, 11).PlanningStartsOn(Dob).Should().Be(new LocalDate(2025, 4, 10));
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
