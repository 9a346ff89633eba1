using CsCheck;

namespace YouthJustice.Kpi.Tests.Results;

public class FractionTest
{
    [Theory]
    [InlineData(3, 5, 60.0)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]    // 12.5 exactly: no rounding needed
    [InlineData(1, 16, 6.3)]    // 6.25 → 6.3: half away from zero
    [InlineData(1, 80, 1.3)]    // 1.25 → 1.3
    [InlineData(3, 80, 3.8)]    // 3.75 → 3.8
    [InlineData(1, 1600, 0.1)]  // 0.0625 → 0.1
    [InlineData(1, 2001, 0.0)]  // 0.04997… → 0.0
    [InlineData(0, 7, 0.0)]
    [InlineData(7, 7, 100.0)]
    public void Percentage_is_rounded_half_away_from_zero_to_one_decimal(long numerator, long denominator, double expected)
        => new Fraction(numerator, denominator).ValueIn(MeasureUnit.Percent).Should().Be((decimal)expected);

    [Fact]
    public void Zero_denominator_has_no_value_rather_than_zero_percent()
    {
        var fraction = new Fraction(0, 0);

        fraction.ValueIn(MeasureUnit.Percent).Should().BeNull();
        fraction.HasNoDenominator.Should().BeTrue();
        fraction.Display(MeasureUnit.Percent).Should().Be("no data");
    }

    [Fact]
    public void Serious_violence_rate_of_12_offences_in_24000_children_is_5_per_10000()
        => new Fraction(12, 24_000).ValueIn(MeasureUnit.Per10000).Should().Be(5.0m); // kpi-rules §9.5

    [Fact]
    public void Rates_use_their_scale()
    {
        new Fraction(83, 24_000).ValueIn(MeasureUnit.Per100000).Should().Be(345.8m);
        new Fraction(5, 24_000).ValueIn(MeasureUnit.Per1000).Should().Be(0.2m);
        new Fraction(7, 4).ValueIn(MeasureUnit.Ratio).Should().Be(1.8m);
    }

    [Fact]
    public void A_count_is_held_over_1_so_its_value_is_the_count_and_a_zero_denominator_is_still_no_value()
    {
        // interchange.md: value = numerator ÷ denominator in the unit, null when the denominator is 0 — counts included.
        Fraction.OfCount(9).Should().Be(new Fraction(9, 1));
        Fraction.OfCount(9).ValueIn(MeasureUnit.Count).Should().Be(9m);
        Fraction.OfCount(9).Display(MeasureUnit.Count).Should().Be("9");
        Fraction.OfCount(0).ValueIn(MeasureUnit.Count).Should().Be(0m);
        new Fraction(9, 0).ValueIn(MeasureUnit.Count).Should().BeNull();
    }

    [Fact]
    public void Display_uses_invariant_culture_and_the_unit_suffix()
    {
        new Fraction(3, 5).Display(MeasureUnit.Percent).Should().Be("60.0%");
        new Fraction(12, 24_000).Display(MeasureUnit.Per10000).Should().Be("5.0 per 10,000");
    }

    [Theory]
    [InlineData(-1, 5, "numerator")]
    [InlineData(1, -5, "denominator")]
    public void Negative_parts_are_rejected(long numerator, long denominator, string parameter)
    {
        var act = () => new Fraction(numerator, denominator);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Sum_adds_numerators_and_denominators()
        => (new Fraction(1, 4) + new Fraction(2, 6)).Should().Be(new Fraction(3, 10));

    [Fact]
    public void Very_large_counts_do_not_overflow()
        => new Fraction(long.MaxValue / 2, long.MaxValue).ValueIn(MeasureUnit.Per100000).Should().Be(50_000.0m);

    [Fact]
    public void Rounded_value_is_within_half_a_tenth_of_the_exact_value()
    {
        Gen.Select(Gen.Long[0, 1_000_000], Gen.Long[1, 1_000_000]).Sample((n, d) =>
        {
            var value = new Fraction(n, d).ValueIn(MeasureUnit.Percent)!.Value;
            var exact = (decimal)n * 100m / d;
            Math.Abs(value - exact).Should().BeLessThanOrEqualTo(0.05m);
            (value * 10m % 1m).Should().Be(0m);
        });
    }
}
