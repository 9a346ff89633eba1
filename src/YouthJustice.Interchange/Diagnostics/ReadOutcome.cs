namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// How a read ended, in the three outcomes of the bad-input rule (docs/interchange.md §5, decision IX-R2): figures may
/// be computed from all of the input, from part of it with every loss reported, or not at all.
/// </summary>
/// <remarks>The order is by seriousness: <see cref="Complete"/> &lt; <see cref="Partial"/> &lt; <see cref="Fatal"/>.</remarks>
public enum ReadOutcome
{
    /// <summary>Everything was read: no item was rejected and nothing was ignored (warnings that keep the data, such as
    /// <c>DQ-002</c>, may remain).</summary>
    Complete = 0,

    /// <summary>Part of the input was lost: some items were rejected, or fields, columns or files were ignored
    /// (<see cref="ReadResult{T}.Losses"/>); the rest can be used, provided every loss is reported.</summary>
    Partial = 1,

    /// <summary>Nothing usable: the input is missing, unreadable, not the right document, stops part-way, or a whole
    /// kind of record was lost (<see cref="ReadResult{T}.FatalIssues"/>, <see cref="ReadResult{T}.KindsLost"/>).</summary>
    Fatal = 2,
}
