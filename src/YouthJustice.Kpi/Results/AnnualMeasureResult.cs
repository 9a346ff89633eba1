using System;
using System.Collections.Generic;
using System.Linq;
using YouthJustice.Domain;
using YouthJustice.Domain.Disposals;

namespace YouthJustice.Kpi.Results;

/// <summary>
/// One measure over a financial year: its four quarterly results (Q1 April–June to Q4 January–March) and the year's
/// figure, with the method that produced it.
/// </summary>
public sealed record AnnualMeasureResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="definition">The measure.</param>
    /// <param name="quarters">The four quarters' results, Q1 first; each for <paramref name="definition"/>.</param>
    /// <param name="year">The year's result, for <paramref name="definition"/>.</param>
    /// <param name="method">The method that produced <paramref name="year"/>.</param>
    /// <exception cref="ArgumentException">Not four quarters, or a result for another measure.</exception>
    public AnnualMeasureResult(MeasureDefinition definition, IEnumerable<MeasureResult> quarters, MeasureResult year, AnnualMethod method)
    {
        Definition = Preconditions.CheckNotNull(definition, nameof(definition));
        Quarters = Preconditions.CheckNotNull(quarters, nameof(quarters)).ToArray();
        Year = Preconditions.CheckNotNull(year, nameof(year));
        Method = Preconditions.CheckNotNull(method, nameof(method));
        Preconditions.CheckArgument(Quarters.Count == 4, nameof(quarters), $"A financial year has 4 quarters; {Quarters.Count} were given.");
        foreach (var quarter in Quarters)
        {
            Preconditions.CheckArgument(quarter is not null && quarter.Id == definition.Id, nameof(quarters), $"Every quarter must be a result for '{definition.Id}'.");
        }

        Preconditions.CheckArgument(year.Id == definition.Id, nameof(year), $"The year must be a result for '{definition.Id}', not '{year.Id}'.");
    }

    /// <summary>The measure.</summary>
    public MeasureDefinition Definition { get; }

    /// <summary>The measure's public id.</summary>
    public string Id => Definition.Id;

    /// <summary>The four quarters' results, Q1 (April–June) first.</summary>
    public IReadOnlyList<MeasureResult> Quarters { get; }

    /// <summary>The year's result.</summary>
    public MeasureResult Year { get; }

    /// <summary>
    /// The method that produced <see cref="Year"/>: the one asked for, or <see cref="AnnualMethod.SumOfQuarters"/> where
    /// <see cref="AnnualMethod.DistinctChildren"/> was asked for a measure not counted over the cohort's children.
    /// </summary>
    public AnnualMethod Method { get; }

    /// <summary>The year's value in the measure's unit (rounded to 1 dp), or <see langword="null"/>.</summary>
    public decimal? Value => Year.Value;

    /// <summary>Adds the quarters up (<see cref="AnnualMethod.SumOfQuarters"/>); provisional when any quarter is.</summary>
    internal static MeasureResult SumOfQuarters(MeasureDefinition definition, IReadOnlyList<MeasureResult> quarters)
    {
        // A rate per population keeps the year's population, and a count stays over 1; every other denominator adds up.
        var perPopulation = definition.Unit == MeasureUnit.Per1000 || definition.Unit == MeasureUnit.Per10000 || definition.Unit == MeasureUnit.Per100000
            || definition.Unit == MeasureUnit.Count;
        long numerator = 0, denominator = 0;
        var provisional = false;
        foreach (var quarter in quarters)
        {
            numerator = checked(numerator + quarter.Numerator);
            denominator = perPopulation ? Math.Max(denominator, quarter.Denominator) : checked(denominator + quarter.Denominator);
            provisional |= quarter.Provisional;
        }

        if (!definition.SplitByTypeOfOrder)
        {
            return new MeasureResult(definition, new Fraction(numerator, denominator), provisional: provisional);
        }

        var split = new Dictionary<TypeOfOrder, Fraction>(TypeOfOrder.List.Count);
        foreach (var type in TypeOfOrder.List)
        {
            var sum = default(Fraction);
            foreach (var quarter in quarters)
            {
                if (quarter.ByTypeOfOrder.TryGetValue(type, out var cell))
                {
                    sum += cell;
                }
            }

            split[type] = sum;
        }

        return new MeasureResult(definition, new Fraction(numerator, denominator), split, provisional);
    }
}
