using System.Collections.Generic;
using System.Collections.Immutable;
using YouthJustice.Domain;
using YouthJustice.Domain.Disposals;

namespace YouthJustice.Kpi.Results;

/// <summary>
/// The figure for one measure: the exact numerator and denominator, the rounded value (or none for a zero
/// denominator) and, where the measure has it, the split by the six types of order.
/// </summary>
public sealed record MeasureResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="definition">The measure.</param>
    /// <param name="fraction">Numerator and denominator.</param>
    /// <param name="byTypeOfOrder">The six-way split (empty when the measure has none).</param>
    /// <param name="provisional">Whether the figure may still change (a reoffending cohort whose waiting period has not passed).</param>
    public MeasureResult(MeasureDefinition definition, Fraction fraction, IReadOnlyDictionary<TypeOfOrder, Fraction>? byTypeOfOrder = null, bool provisional = false)
    {
        Definition = Preconditions.CheckNotNull(definition, nameof(definition));
        Fraction = fraction;
        ByTypeOfOrder = byTypeOfOrder is null ? ImmutableDictionary<TypeOfOrder, Fraction>.Empty : byTypeOfOrder.ToImmutableDictionary();
        Provisional = provisional;
    }

    /// <summary>The measure.</summary>
    public MeasureDefinition Definition { get; }

    /// <summary>The measure's public id.</summary>
    public string Id => Definition.Id;

    /// <summary>Numerator and denominator.</summary>
    public Fraction Fraction { get; }

    /// <summary>The count that met the measure.</summary>
    public long Numerator => Fraction.Numerator;

    /// <summary>The count that could have met it (or the population of a rate).</summary>
    public long Denominator => Fraction.Denominator;

    /// <summary>The value in the measure's unit, rounded half away from zero to 1 dp; <see langword="null"/> for a zero denominator.</summary>
    public decimal? Value => Fraction.ValueIn(Definition.Unit);

    /// <summary>The split by type of order (kpi-rules §1.3); empty when the measure has none.</summary>
    public IReadOnlyDictionary<TypeOfOrder, Fraction> ByTypeOfOrder { get; }

    /// <summary>Whether the figure may still change.</summary>
    public bool Provisional { get; }
}
