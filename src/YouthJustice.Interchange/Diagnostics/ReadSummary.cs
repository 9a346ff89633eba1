using System.Collections.Immutable;

namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// What a read did with every item of the input: per kind of item, how many were seen, accepted and rejected (by
/// reason code), and how many errors and warnings were reported.
/// </summary>
/// <remarks>
/// The totals always add up: for every kind and overall, seen = accepted + rejected, and the rejections by code add
/// up to the rejections. An item rejected because the item it belongs to was rejected (an offence of a rejected
/// child) is counted under <see cref="IssueCodes.ParentRejected"/>.
/// </remarks>
public sealed record ReadSummary
{
    /// <summary>Creates the summary.</summary>
    /// <param name="items">One count per kind of item; kinds not given are counted as zero.</param>
    /// <param name="errors">How many error issues were reported.</param>
    /// <param name="warnings">How many warning issues were reported.</param>
    /// <exception cref="ArgumentException">A kind is given twice, or a count is negative.</exception>
    public ReadSummary(IEnumerable<ItemCount> items, int errors, int warnings)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(errors);
        ArgumentOutOfRangeException.ThrowIfNegative(warnings);
        var given = items.ToList();
        if (given.GroupBy(i => i.Kind).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Each kind of item may be counted once.", nameof(items));
        }

        Items = InputItemKind.List.OrderBy(k => k.Value)
            .Select(kind => given.Find(i => i.Kind == kind) ?? new ItemCount(kind, 0, 0, ImmutableDictionary<string, int>.Empty))
            .ToImmutableArray();
        Errors = errors;
        Warnings = warnings;
        RejectedByCode = Items.SelectMany(i => i.RejectedByCode)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);
    }

    /// <summary>An empty summary: nothing seen, no issues.</summary>
    public static ReadSummary Empty { get; } = new([], 0, 0);

    /// <summary>One count per kind of item, in the order of <see cref="InputItemKind"/> (children first).</summary>
    public IReadOnlyList<ItemCount> Items { get; }

    /// <summary>How many items of every kind were seen.</summary>
    public int Seen => Items.Sum(i => i.Seen);

    /// <summary>How many items of every kind were accepted.</summary>
    public int Accepted => Items.Sum(i => i.Accepted);

    /// <summary>How many items of every kind were rejected.</summary>
    public int Rejected => Items.Sum(i => i.Rejected);

    /// <summary>Rejections of every kind by reason code.</summary>
    public IReadOnlyDictionary<string, int> RejectedByCode { get; }

    /// <summary>How many error issues were reported.</summary>
    public int Errors { get; }

    /// <summary>How many warning issues were reported.</summary>
    public int Warnings { get; }

    /// <summary>The count for one kind of item.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its count (zeros when the input had none).</returns>
    public ItemCount For(InputItemKind kind) => Items[kind.Value - 1];

    /// <summary>The summary as lines: one per kind that was present, then the issue counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Join(
            Environment.NewLine,
            Items.Where(i => i.Seen > 0).Select(i => i.ToString())
                .Append(string.Create(CultureInfo.InvariantCulture, $"{Errors} error(s), {Warnings} warning(s)")));

    /// <inheritdoc />
    public bool Equals(ReadSummary? other)
        => other is not null && Errors == other.Errors && Warnings == other.Warnings && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Errors, Warnings, Seen, Accepted);
}
