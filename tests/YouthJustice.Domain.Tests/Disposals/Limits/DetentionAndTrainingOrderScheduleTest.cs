using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Tests.Disposals.Limits;

// domain-rules §8 example 6 and the §1.6 arithmetic Choice (decision DL8).
public class DetentionAndTrainingOrderScheduleTest
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    private static (LocalDate Start, LocalDate End) Bounds(DateInterval? interval) => (interval!.Start, interval.End);

    [Fact]
    public void Twelve_month_dto_is_released_at_half_way_with_a_one_month_early_window_and_one_month_late_release()
    {
        var dto = new DetentionAndTrainingOrderSchedule(Start, Period.FromMonths(12));

        dto.End.Should().Be(new LocalDate(2024, 12, 31));
        dto.TotalDays.Should().Be(366);
        dto.HalfwayPoint.Should().Be(new LocalDate(2024, 7, 2));
        Bounds(dto.EarlyReleaseWindow).Should().Be((new LocalDate(2024, 6, 2), new LocalDate(2024, 7, 2)));
        dto.LateReleaseDates.Should().Equal(new LocalDate(2024, 8, 2));
        Bounds(dto.SupervisionPeriod).Should().Be((new LocalDate(2024, 7, 2), new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void Twenty_four_month_dto_has_a_two_month_early_window_and_late_release_after_one_or_two_months()
    {
        var dto = new DetentionAndTrainingOrderSchedule(Start, Period.FromMonths(24));

        dto.End.Should().Be(new LocalDate(2025, 12, 31));
        dto.TotalDays.Should().Be(731);
        dto.HalfwayPoint.Should().Be(new LocalDate(2024, 12, 31));
        Bounds(dto.EarlyReleaseWindow).Should().Be((new LocalDate(2024, 10, 31), new LocalDate(2024, 12, 31)));
        dto.LateReleaseDates.Should().Equal(new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28));
    }

    [Fact]
    public void Six_month_dto_has_no_early_or_late_release()
    {
        var dto = new DetentionAndTrainingOrderSchedule(Start, Period.FromMonths(6));

        dto.EarlyReleaseWindow.Should().BeNull();
        dto.LateReleaseDates.Should().BeEmpty();
        dto.HalfwayPoint.Should().Be(new LocalDate(2024, 4, 1));
    }

    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(17, 1)]
    [InlineData(18, 2)]
    public void Release_windows_start_at_8_months_and_widen_at_18(int months, int lateReleaseDates)
        => new DetentionAndTrainingOrderSchedule(Start, Period.FromMonths(months)).LateReleaseDates.Should().HaveCount(lateReleaseDates);

    [Fact]
    public void Odd_month_term_uses_the_same_arithmetic()
    {
        var dto = new DetentionAndTrainingOrderSchedule(new LocalDate(2022, 6, 28), Period.FromMonths(5));

        dto.End.Should().Be(new LocalDate(2022, 11, 27));
        dto.TotalDays.Should().Be(153);
        dto.HalfwayPoint.Should().Be(new LocalDate(2022, 9, 12));
    }

    [Fact]
    public void Years_are_normalised_to_months()
        => new DetentionAndTrainingOrderSchedule(Start, Period.FromYears(2)).Term.Should().Be(Period.FromMonths(24));

    [Fact]
    public void Zero_negative_or_timed_terms_are_rejected()
    {
        var zero = () => new DetentionAndTrainingOrderSchedule(Start, Period.Zero);
        var negative = () => new DetentionAndTrainingOrderSchedule(Start, Period.FromMonths(-4));
        var timed = () => new DetentionAndTrainingOrderSchedule(Start, Period.FromHours(5));

        zero.Should().Throw<ArgumentException>().WithParameterName("term");
        negative.Should().Throw<ArgumentException>().WithParameterName("term");
        timed.Should().Throw<ArgumentException>().WithParameterName("term");
    }
}
