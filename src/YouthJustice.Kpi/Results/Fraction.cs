using System;
using System.Globalization;
using YouthJustice.Domain;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Results;

/// <summary>
/// An exact numerator over a denominator, the raw material of every measure. The displayed value is computed in
/// integer arithmetic, so that it is exact and identical on every machine.
/// </summary>
/// <remarks>
/// <para>Equality is by numerator and denominator. The default value is 0 / 0, which has no value.</para>
/// <para>
/// Rounding (interchange.md and kpi-rules §13.15): the exact quotient, scaled by the unit, is rounded half away from
/// zero to one decimal place. A zero denominator has no value (<see langword="null"/>), never 0%: "no data" is not
/// failure.
/// </para>
/// </remarks>
[Source("shared/spec/kpi-rules.md §13.15 and §3.4; interchange.md (value rounding)", Confidence = Confidence.Low)]
public readonly struct Fraction : IEquatable<Fraction>
{
    /// <summary>Creates a fraction; both parts must be zero or more.</summary>
    /// <param name="numerator">The count that met the measure; 0 or more.</param>
    /// <param name="denominator">The count that could have met it, or the population for a rate; 0 or more.</param>
    public Fraction(long numerator, long denominator)
    {
        if (numerator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "Numerator must be 0 or more.");
        }

        if (denominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "Denominator must be 0 or more.");
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The count that met the measure.</summary>
    public long Numerator { get; }

    /// <summary>The count that could have met the measure (or the population of a rate).</summary>
    public long Denominator { get; }

    /// <summary>Whether the denominator is zero, so that the fraction has no value.</summary>
    public bool HasNoDenominator => Denominator == 0;

    /// <summary>A count measure's fraction: the count over 1, so that its value is the count and never "no value".</summary>
    internal static Fraction OfCount(long count) => new(count, 1);

    /// <summary>
    /// The value scaled by <paramref name="unit"/> and rounded half away from zero to one decimal place,
    /// or <see langword="null"/> when the denominator is 0 (interchange.md, the KPI return). A count is held as
    /// count ÷ 1, so its value is the count.
    /// </summary>
    /// <param name="unit">The unit of the measure.</param>
    /// <returns>The rounded value, or <see langword="null"/>.</returns>
    public decimal? ValueIn(MeasureUnit unit)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        if (Denominator == 0)
        {
            return null;
        }

        // tenths = round(numerator * scale * 10 / denominator), half away from zero, in exact integer arithmetic.
        var scaled = checked((Int128)Numerator * unit.Scale * 10);
        var quotient = scaled / Denominator;
        var remainder = scaled % Denominator;
        if (remainder * 2 >= Denominator)
        {
            quotient++;
        }

        return (decimal)(long)quotient / 10m;
    }

    /// <summary>Formats the value in <paramref name="unit"/> for display ("60.0%", "5.0 per 10,000", "no data").</summary>
    /// <param name="unit">The unit of the measure.</param>
    /// <returns>The display text.</returns>
    public string Display(MeasureUnit unit)
    {
        var value = ValueIn(unit);
        if (value is null)
        {
            return "no data";
        }

        return unit == MeasureUnit.Count
            ? value.Value.ToString("0", CultureInfo.InvariantCulture)
            : value.Value.ToString("0.0", CultureInfo.InvariantCulture) + unit.DisplaySuffix;
    }

    /// <summary>Adds two fractions part by part (used to build annual figures from quarters).</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>The part-by-part sum.</returns>
    public static Fraction operator +(Fraction left, Fraction right)
        => new(checked(left.Numerator + right.Numerator), checked(left.Denominator + right.Denominator));

    /// <summary>Adds two fractions part by part.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>The part-by-part sum.</returns>
    public static Fraction Add(Fraction left, Fraction right) => left + right;

    /// <inheritdoc />
    public bool Equals(Fraction other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fraction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Whether two fractions have the same numerator and denominator.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Fraction left, Fraction right) => left.Equals(right);

    /// <summary>Whether two fractions differ in numerator or denominator.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Fraction left, Fraction right) => !left.Equals(right);

    /// <summary>Formats as <c>numerator/denominator</c>.</summary>
    /// <returns>The text, e.g. <c>3/5</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
