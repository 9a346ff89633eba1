using System.Threading;

namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// Counts items as a reader meets them. Every item is first <see cref="See">seen</see>, then either
/// <see cref="Accept(InputItemKind)">accepted</see> or <see cref="Reject(InputItemKind, string)">rejected</see> exactly once; a tally for the items of one
/// parent (the offences of a child) is <see cref="Merge">merged</see> into its parent's tally, turning accepted
/// items into <see cref="IssueCodes.ParentRejected"/> rejections when the parent was rejected.
/// </summary>
internal sealed class ReadTally
{
    // A tally is made for every child and every offence, so nothing is allocated that the item does not need.
    private static readonly int Slots = InputItemKind.List.Count + 1;
    private readonly int[] _seen = new int[Slots];
    private readonly int[] _accepted = new int[Slots];
    // Made at the first rejection (most items have none); the kinds of one tally may be counted from several threads,
    // one kind per thread (the files of a CSV table set), so it is made at most once.
    private Dictionary<string, int>?[]? _rejectedByKind;

    internal void See(InputItemKind kind) => _seen[kind.Value]++;

    internal void Accept(InputItemKind kind) => _accepted[kind.Value]++;

    /// <summary>Accepts <paramref name="count"/> items at once (already seen).</summary>
    internal void Accept(InputItemKind kind, int count) => _accepted[kind.Value] += count;

    internal void Reject(InputItemKind kind, string code) => Add(ref Rejected[kind.Value], code, 1);

    /// <summary>Rejects <paramref name="count"/> items (already seen) under <paramref name="code"/>; nothing when it is 0.</summary>
    internal void Reject(InputItemKind kind, string code, int count)
    {
        if (count > 0)
        {
            Add(ref Rejected[kind.Value], code, count);
        }
    }

    /// <summary>
    /// Sees one item and accepts it, or, when not <paramref name="accepted"/>, rejects it under
    /// <paramref name="rejectCode"/> (<see cref="IssueCodes.InvalidValue"/> when the item has no error of its own).
    /// </summary>
    internal void Count(InputItemKind kind, bool accepted, string? rejectCode)
    {
        See(kind);
        if (accepted)
        {
            Accept(kind);
        }
        else
        {
            Reject(kind, rejectCode ?? IssueCodes.InvalidValue);
        }
    }

    internal int Seen(InputItemKind kind) => _seen[kind.Value];

    private Dictionary<string, int>?[] Rejected
        => _rejectedByKind ?? Interlocked.CompareExchange(ref _rejectedByKind, new Dictionary<string, int>?[Slots], null) ?? _rejectedByKind;

    internal int Accepted(InputItemKind kind) => _accepted[kind.Value];

    internal void Merge(ReadTally items, bool parentRejected)
    {
        for (var k = 0; k < _seen.Length; k++)
        {
            _seen[k] += items._seen[k];
            if (parentRejected)
            {
                if (items._accepted[k] > 0)
                {
                    Add(ref Rejected[k], IssueCodes.ParentRejected, items._accepted[k]);
                }
            }
            else
            {
                _accepted[k] += items._accepted[k];
            }

            if (items._rejectedByKind?[k] is { } rejected)
            {
                foreach (var (code, count) in rejected)
                {
                    Add(ref Rejected[k], code, count);
                }
            }
        }
    }

    /// <summary>Turns every accepted item into a rejection under <paramref name="code"/> (a document refused after it was read).</summary>
    internal void RejectAllAccepted(string code)
    {
        for (var k = 0; k < _accepted.Length; k++)
        {
            if (_accepted[k] > 0)
            {
                Add(ref Rejected[k], code, _accepted[k]);
                _accepted[k] = 0;
            }
        }
    }

    internal ReadSummary ToSummary(IReadOnlyCollection<InputIssue> issues)
        => new(
            InputItemKind.List.Select(kind => new ItemCount(kind, _seen[kind.Value], _accepted[kind.Value], _rejectedByKind?[kind.Value] ?? NoRejections)),
            issues.Count(i => i.Severity == IssueSeverity.Error),
            issues.Count(i => i.Severity == IssueSeverity.Warning));

    private static readonly IReadOnlyDictionary<string, int> NoRejections = new Dictionary<string, int>(StringComparer.Ordinal);

    private static void Add(ref Dictionary<string, int>? counts, string code, int count)
    {
        counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        counts[code] = counts.TryGetValue(code, out var existing) ? checked(existing + count) : count;
    }
}
