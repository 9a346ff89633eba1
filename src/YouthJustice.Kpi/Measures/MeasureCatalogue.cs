using System;
using System.Collections.Generic;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// Looks measures up in a KPI's catalogue (<see cref="AccommodationMeasures"/>, <see cref="EteMeasures"/>,
/// <see cref="SendAlnMeasures"/>, <see cref="MentalHealthMeasures"/>, <see cref="SubstanceMisuseMeasures"/>,
/// <see cref="OutOfCourtDisposalMeasures"/>, <see cref="ManagementBoardMeasures"/>, <see cref="WiderServicesMeasures"/>)
/// by what they declare, once, when the KPI's type is set up: a KPI reaches its measures by name, never by arithmetic on
/// positions.
/// </summary>
internal static class MeasureCatalogue
{
    /// <summary>The position of the one measure of <paramref name="catalogue"/> that <paramref name="match"/> accepts.</summary>
    /// <typeparam name="T">The KPI's measure type.</typeparam>
    /// <param name="catalogue">The catalogue, in return order.</param>
    /// <param name="match">What the measure declares.</param>
    /// <returns>Its position, the measure's local number.</returns>
    /// <exception cref="InvalidOperationException">No measure, or more than one, matches: the catalogue is wrong.</exception>
    public static int IndexOf<T>(T[] catalogue, Predicate<T> match)
    {
        var first = Array.FindIndex(catalogue, match);
        if (first < 0 || Array.FindLastIndex(catalogue, match) != first)
        {
            throw new InvalidOperationException($"The {typeof(T).Name} catalogue must declare exactly one such measure.");
        }

        return first;
    }

    /// <summary>The positions of every measure of <paramref name="catalogue"/> that <paramref name="match"/> accepts, in return order.</summary>
    /// <typeparam name="T">The KPI's measure type.</typeparam>
    /// <param name="catalogue">The catalogue, in return order.</param>
    /// <param name="match">What the measures declare.</param>
    /// <returns>Their positions.</returns>
    public static int[] IndicesOf<T>(T[] catalogue, Predicate<T> match)
    {
        var found = new List<int>();
        for (var i = 0; i < catalogue.Length; i++)
        {
            if (match(catalogue[i]))
            {
                found.Add(i);
            }
        }

        return [.. found];
    }
}
