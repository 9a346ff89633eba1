using System.Collections.Immutable;

namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// How many items of one kind were seen in the input, how many were accepted and how many rejected, with the
/// rejections counted by the code of the error that rejected each item.
/// </summary>
/// <remarks>
/// The totals always add up: <see cref="Seen"/> = <see cref="Accepted"/> + <see cref="Rejected"/>, and the counts in
/// <see cref="RejectedByCode"/> add up to <see cref="Rejected"/> (each rejected item is counted once, under the code
/// of the first error that rejected it; <see cref="ReadResult{T}.Issues"/> has every error).
/// </remarks>
public sealed record ItemCount
{
    /// <summary>Creates the count.</summary>
    /// <param name="kind">The kind of item.</param>
    /// <param name="seen">How many items of the kind the input held (as far as it could be read).</param>
    /// <param name="accepted">How many were accepted.</param>
    /// <param name="rejectedByCode">How many were rejected, by the code of the first error that rejected each.</param>
    /// <exception cref="ArgumentException">The counts are negative or do not add up.</exception>
    public ItemCount(InputItemKind kind, int seen, int accepted, IReadOnlyDictionary<string, int> rejectedByCode)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(rejectedByCode);
        ArgumentOutOfRangeException.ThrowIfNegative(seen);
        ArgumentOutOfRangeException.ThrowIfNegative(accepted);
        if (rejectedByCode.Values.Any(count => count <= 0))
        {
            throw new ArgumentException("Every rejection count must be positive.", nameof(rejectedByCode));
        }

        var rejected = rejectedByCode.Values.Sum();
        if (checked(accepted + rejected) != seen)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{kind.JsonName}: {seen} seen but {accepted} accepted + {rejected} rejected."),
                nameof(seen));
        }

        Kind = kind;
        Seen = seen;
        Accepted = accepted;
        Rejected = rejected;
        RejectedByCode = rejectedByCode.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>The kind of item.</summary>
    public InputItemKind Kind { get; }

    /// <summary>How many items of the kind the input held, as far as it could be read.</summary>
    public int Seen { get; }

    /// <summary>How many were accepted.</summary>
    public int Accepted { get; }

    /// <summary>How many were rejected.</summary>
    public int Rejected { get; }

    /// <summary>The rejected items by the code of the first error that rejected each, in code order.</summary>
    public IReadOnlyDictionary<string, int> RejectedByCode { get; }

    /// <summary>The count as a line: <c>children: 12 read, 11 accepted, 1 rejected (IX-FIELD-003: 1)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Kind.JsonName}: {Seen} read, {Accepted} accepted, {Rejected} rejected");
        return Rejected == 0
            ? text
            : text + " (" + string.Join(", ", RejectedByCode.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}: {p.Value}"))) + ")";
    }

    /// <inheritdoc />
    public bool Equals(ItemCount? other)
        => other is not null && Kind == other.Kind && Seen == other.Seen && Accepted == other.Accepted
           && RejectedByCode.SequenceEqual(other.RejectedByCode);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Seen, Accepted, Rejected);
}
