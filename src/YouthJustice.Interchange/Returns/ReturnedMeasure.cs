using System.Collections.Immutable;
using YouthJustice.Domain.Disposals;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Returns;

/// <summary>
/// One measure of a KPI return as written in <c>youthjustice-kpi-return/1</c>: its id and title, numerator,
/// denominator, displayed value and unit, and the split by type of order.
/// </summary>
/// <remarks>Equality is by value, the split compared entry by entry.</remarks>
public sealed record ReturnedMeasure
{
    /// <summary>Creates a measure with both its numerator and denominator, as a computed return has.</summary>
    /// <param name="id">The measure id (<c>kpi1.headline</c>); not blank.</param>
    /// <param name="title">The title.</param>
    /// <param name="fraction">The numerator and denominator.</param>
    /// <param name="value">The value as returned, or <see langword="null"/>.</param>
    /// <param name="unit">The unit of the value, or <see langword="null"/>.</param>
    /// <param name="byTypeOfOrder">The split by type of order; empty when the measure is not split.</param>
    /// <param name="provisional">Whether the figure is provisional.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public ReturnedMeasure(string id, string title, Fraction fraction, decimal? value, MeasureUnit? unit, IReadOnlyDictionary<TypeOfOrder, Fraction>? byTypeOfOrder, bool provisional)
        : this(id, title, fraction.Numerator, fraction.Denominator, value, unit, byTypeOfOrder, provisional)
    {
    }

    /// <summary>Creates a measure; a conformance deck's expectation may pin only some of its parts.</summary>
    /// <param name="id">The measure id (<c>kpi1.headline</c>); not blank.</param>
    /// <param name="title">The title.</param>
    /// <param name="numerator">The numerator, or <see langword="null"/> when not given; 0 or more.</param>
    /// <param name="denominator">The denominator, or <see langword="null"/> when not given; 0 or more.</param>
    /// <param name="value">The value as returned (numerator ÷ denominator scaled and rounded to one decimal place), or <see langword="null"/>.</param>
    /// <param name="unit">The unit of the value, or <see langword="null"/> when the return does not say (a conformance deck's partial figures).</param>
    /// <param name="byTypeOfOrder">The split by type of order; empty when the measure is not split.</param>
    /// <param name="provisional">Whether the figure is provisional (a reoffending cohort whose follow-up has not ended).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReturnedMeasure(string id, string title, long? numerator, long? denominator, decimal? value, MeasureUnit? unit, IReadOnlyDictionary<TypeOfOrder, Fraction>? byTypeOfOrder = null, bool provisional = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        if (numerator < 0 || denominator < 0)
        {
            throw new ArgumentOutOfRangeException(numerator < 0 ? nameof(numerator) : nameof(denominator), "The numerator and denominator must be 0 or more.");
        }

        Id = id;
        Title = title;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
        Unit = unit;
        ByTypeOfOrder = (byTypeOfOrder ?? ImmutableDictionary<TypeOfOrder, Fraction>.Empty).ToImmutableSortedDictionary(Comparer<TypeOfOrder>.Create((a, b) => a.Value.CompareTo(b.Value)));
        Provisional = provisional;
    }

    /// <summary>The measure id.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The numerator and denominator, or <see langword="null"/> when either was not given.</summary>
    public Fraction? Fraction => Numerator is { } n && Denominator is { } d ? new Fraction(n, d) : null;

    /// <summary>The numerator, or <see langword="null"/> when not given.</summary>
    public long? Numerator { get; }

    /// <summary>The denominator, or <see langword="null"/> when not given.</summary>
    public long? Denominator { get; }

    /// <summary>The value as returned, or <see langword="null"/> (no denominator).</summary>
    public decimal? Value { get; }

    /// <summary>The unit of the value, or <see langword="null"/> when not given.</summary>
    public MeasureUnit? Unit { get; }

    /// <summary>The split by type of order, in the order of <see cref="TypeOfOrder"/>; empty when not split.</summary>
    public IReadOnlyDictionary<TypeOfOrder, Fraction> ByTypeOfOrder { get; }

    /// <summary>Whether the figure is provisional.</summary>
    public bool Provisional { get; }

    /// <summary>The measure of a computed return, as it is written.</summary>
    /// <param name="result">The computed measure.</param>
    /// <returns>The returned measure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ReturnedMeasure From(MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ReturnedMeasure(result.Id, result.Definition.Title, result.Fraction, result.Value, result.Definition.Unit, result.ByTypeOfOrder, result.Provisional);
    }

    /// <inheritdoc />
    public bool Equals(ReturnedMeasure? other)
        => other is not null && Id == other.Id && Title == other.Title && Numerator == other.Numerator && Denominator == other.Denominator && Value == other.Value
           && Unit == other.Unit && Provisional == other.Provisional && ByTypeOfOrder.SequenceEqual(other.ByTypeOfOrder);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Numerator, Denominator, Value, Unit);
}
