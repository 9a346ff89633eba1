using System.Threading;
using CsCheck;
using NodaTime;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.Tests.EngineRules;

/// <summary>
/// The engine decides "at start / at end / during" on day numbers for speed; the domain's StatusPeriodRules decides
/// the same on dates for readers. One rule, two representations: this pins that they never drift apart.
/// </summary>
public class PeriodsTest
{
    private static readonly Gen<LocalDate?> OptionalDate =
        Gen.Frequency((1, Gen.Const((LocalDate?)null)), (6, Gen.Int[0, 800].Select(d => (LocalDate?)new LocalDate(2023, 1, 1).PlusDays(d))));

    private static readonly Gen<LocalDate> Date = Gen.Int[0, 800].Select(d => new LocalDate(2023, 1, 1).PlusDays(d));

    [Fact]
    public void Engine_at_end_agrees_with_the_domain_rule()
    {
        var outcomes = new long[2];
        Gen.Select(OptionalDate, OptionalDate, Date).Sample((start, end, orderEnd) =>
        {
            var expected = StatusPeriodRules.IsAtEnd(start, end, orderEnd);
            Periods.IsAtEnd(Days.StartOf(start), Days.EndOf(end), Days.Of(orderEnd)).Should().Be(expected);
            Interlocked.Increment(ref outcomes[expected ? 1 : 0]);
        });
        AssertBothOutcomesChecked(outcomes);
    }

    [Fact]
    public void Engine_on_release_is_the_domain_at_end_rule_on_the_release_day()
    {
        // Decision K7-1: "on release" is the at-end test on another day.
        var outcomes = new long[2];
        Gen.Select(OptionalDate, OptionalDate, Date).Sample((start, end, releaseDay) =>
        {
            var expected = StatusPeriodRules.IsAtEnd(start, end, releaseDay);
            Periods.IsAtRelease(Days.StartOf(start), Days.EndOf(end), Days.Of(releaseDay)).Should().Be(expected);
            Interlocked.Increment(ref outcomes[expected ? 1 : 0]);
        });
        AssertBothOutcomesChecked(outcomes);
    }

    [Fact]
    public void Engine_at_start_agrees_with_the_domain_rule()
    {
        var outcomes = new long[2];
        Gen.Select(OptionalDate, OptionalDate, Date, Gen.Bool).Sample((start, end, orderStart, custodial) =>
        {
            var windowStart = custodial ? orderStart.PlusDays(-1) : orderStart;
            var expected = StatusPeriodRules.IsAtStart(start, end, orderStart, windowStart);
            Periods.IsAtStart(Days.StartOf(start), Days.EndOf(end), Days.Of(orderStart), Days.Of(windowStart)).Should().Be(expected);
            Interlocked.Increment(ref outcomes[expected ? 1 : 0]);
        });
        AssertBothOutcomesChecked(outcomes);
    }

    [Fact]
    public void Engine_during_agrees_with_the_domain_rule()
    {
        var outcomes = new long[2];
        Gen.Select(OptionalDate, OptionalDate, Date, Gen.Int[0, 400]).Sample((start, end, windowStart, length) =>
        {
            var orderEnd = windowStart.PlusDays(length);
            var expected = StatusPeriodRules.IsDuring(start, end, windowStart, orderEnd);
            Periods.IsDuring(Days.StartOf(start), Days.EndOf(end), Days.Of(windowStart), Days.Of(orderEnd)).Should().Be(expected);
            Interlocked.Increment(ref outcomes[expected ? 1 : 0]);
        });
        AssertBothOutcomesChecked(outcomes);
    }

    [Fact]
    public void Day_numbers_round_trip_and_keep_order()
        => Gen.Select(Date, Date).Sample((a, b) =>
        {
            Days.ToDate(Days.Of(a)).Should().Be(a);
            (Days.Of(a) < Days.Of(b)).Should().Be(a < b);
        });

    /// <summary>Guard: an agreement that only ever compared false with false (or true with true) holds on half the rule.</summary>
    private static void AssertBothOutcomesChecked(long[] outcomes)
    {
        var because = $"{outcomes[0]} cases false, {outcomes[1]} true";
        outcomes[0].Should().BeGreaterThanOrEqualTo(5, because);
        outcomes[1].Should().BeGreaterThanOrEqualTo(5, because);
    }
}
