using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class PlanActionTest
{
    private static readonly PostTitle Lead = new("Head of Service");

    [Theory]
    [InlineData(2024, 4, 1, true)]
    [InlineData(2024, 3, 31, false)]
    [InlineData(2024, 3, 30, false)]
    public void Action_is_past_due_only_after_its_due_date(int year, int month, int day, bool pastDue)
        => new PlanAction("1", "Do it", Lead, new LocalDate(2024, 3, 31)).IsPastDue(new LocalDate(year, month, day)).Should().Be(pastDue);

    [Fact]
    public void Action_without_due_date_is_never_past_due()
        => new PlanAction("1", "Do it", Lead, null).IsPastDue(new LocalDate(2099, 1, 1)).Should().BeFalse();

    [Fact]
    public void Start_on_the_due_date_is_accepted_and_after_it_refused()
    {
        new PlanAction("1", "Do it", Lead, new LocalDate(2024, 3, 31), new LocalDate(2024, 3, 31)).StartDate.Should().Be(new LocalDate(2024, 3, 31));
        FluentActions.Invoking(() => new PlanAction("1", "Do it", Lead, new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("startDate")
            .WithMessage("Action 1: the start date 2024-04-01 is after the due date 2024-03-31.*");
    }

    [Fact]
    public void Reference_is_trimmed_and_blank_refused()
    {
        new PlanAction(" 1.2 ", "Do it", Lead, null).Reference.Should().Be("1.2");
        FluentActions.Invoking(() => new PlanAction(" ", "Do it", Lead, null)).Should().Throw<ArgumentException>().WithParameterName("reference");
    }

    [Fact]
    public void Blank_outcome_measure_is_refused()
        => FluentActions.Invoking(() => new PlanAction("1", "Do it", Lead, null, outcomeMeasure: "")).Should().Throw<ArgumentException>().WithParameterName("outcomeMeasure");
}
