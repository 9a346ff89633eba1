using System;
using System.Collections.Generic;
using System.Linq;
using YouthJustice.Domain;

namespace YouthJustice.Kpi.Disclosure;

/// <summary>
/// Counts to be published, each under a key, and the additive relations between them ("total = sum of parts"),
/// which are what a reader could use to recover a hidden cell.
/// </summary>
public sealed class DisclosureTable
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<(string Total, string[] Parts)> _relations = [];

    /// <summary>The keys in the order they were added.</summary>
    public IReadOnlyList<string> Keys => _order;

    /// <summary>The additive relations: each total and the parts that sum to it.</summary>
    public IReadOnlyList<(string Total, IReadOnlyList<string> Parts)> Relations
        => _relations.Select(r => (r.Total, (IReadOnlyList<string>)r.Parts)).ToList();

    /// <summary>The true count under <paramref name="key"/>.</summary>
    /// <param name="key">A key added with <see cref="Add"/>.</param>
    /// <returns>The count.</returns>
    public long this[string key] => _counts[key];

    /// <summary>Adds a count.</summary>
    /// <param name="key">A unique key (for example <c>kpi1.headline/numerator</c>).</param>
    /// <param name="count">The true count; 0 or more.</param>
    /// <returns>This table, for chaining.</returns>
    public DisclosureTable Add(string key, long count)
    {
        Preconditions.CheckNotBlank(key, nameof(key));
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count must be 0 or more.");
        }

        if (!_counts.TryAdd(key, count))
        {
            throw new ArgumentException($"Key '{key}' was already added.", nameof(key));
        }

        _order.Add(key);
        return this;
    }

    /// <summary>Declares that the count under <paramref name="total"/> is the sum of the counts under <paramref name="parts"/>.</summary>
    /// <param name="total">The key of the total.</param>
    /// <param name="parts">The keys of the parts (at least one).</param>
    /// <returns>This table, for chaining.</returns>
    public DisclosureTable AddRelation(string total, params string[] parts)
    {
        Preconditions.CheckNotNull(parts, nameof(parts));
        Preconditions.CheckArgument(parts.Length > 0, nameof(parts), "A relation needs at least one part.");
        foreach (var key in parts.Append(total))
        {
            Preconditions.CheckArgument(_counts.ContainsKey(key), nameof(parts), $"Key '{key}' has not been added.");
        }

        var sum = parts.Sum(p => _counts[p]);
        Preconditions.CheckArgument(
            sum == _counts[total],
            nameof(parts),
            $"The parts sum to {sum}, but the total '{total}' is {_counts[total]}: the relation does not hold.");
        _relations.Add((total, parts.ToArray()));
        return this;
    }
}
