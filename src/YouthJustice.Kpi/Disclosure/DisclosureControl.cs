using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using YouthJustice.Domain;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Disclosure;

/// <summary>
/// Applies a <see cref="DisclosurePolicy"/> to a <see cref="DisclosureTable"/>: primary suppression of small counts,
/// then secondary suppression until no additive relation has exactly one hidden cell, so that no hidden count can be
/// recovered by subtracting shown counts from a shown total.
/// </summary>
/// <remarks>
/// Secondary suppression hides, in each relation with a single hidden cell, the smallest shown part (a non-zero part
/// before a zero one; the total only when every part is hidden), and repeats until stable. This is the
/// row-and-column approach of the MoJ's <c>mojSuppression</c> (kpi-rules §12); it is a heuristic, not an optimal
/// cell-suppression solver, and is exact for the one-level "total = sum of splits" tables of a KPI return.
/// </remarks>
[Source("kpi-rules §12 (primary and secondary suppression)", Confidence = Confidence.Medium)]
public static class DisclosureControl
{
    /// <summary>Applies the policy.</summary>
    /// <param name="table">The counts and their relations.</param>
    /// <param name="policy">The publication rule.</param>
    /// <returns>Every cell of the table, in the order added, with what to publish.</returns>
    public static IReadOnlyList<PublishedCell> Apply(DisclosureTable table, DisclosurePolicy policy)
    {
        Preconditions.CheckNotNull(table, nameof(table));
        Preconditions.CheckNotNull(policy, nameof(policy));

        var reasons = new Dictionary<string, SuppressionReason>(StringComparer.Ordinal);
        foreach (var key in table.Keys)
        {
            reasons[key] = policy.IsPrimarySuppressed(table[key]) ? SuppressionReason.Primary : SuppressionReason.None;
        }

        var relations = table.Relations;
        bool changed;
        do
        {
            changed = false;
            foreach (var (total, parts) in relations)
            {
                var members = parts.Append(total).ToList();
                if (members.Count(k => reasons[k] != SuppressionReason.None) != 1)
                {
                    continue;
                }

                var candidate = parts
                    .Where(k => reasons[k] == SuppressionReason.None)
                    .OrderBy(k => table[k] == 0 ? 1 : 0)
                    .ThenBy(k => table[k])
                    .ThenBy(k => k, StringComparer.Ordinal)
                    .FirstOrDefault() ?? total;
                reasons[candidate] = SuppressionReason.Secondary;
                changed = true;
            }
        }
        while (changed);

        return table.Keys
            .Select(key =>
            {
                var reason = reasons[key];
                long? published = reason == SuppressionReason.None ? policy.Round(table[key]) : null;
                var display = published is { } p ? p.ToString(CultureInfo.InvariantCulture) : policy.Marker;
                return new PublishedCell(key, table[key], published, reason, display);
            })
            .ToList();
    }
}
