namespace YouthJustice.Kpi.Disclosure;

/// <summary>One cell of a table after disclosure control.</summary>
/// <param name="Key">The cell's key, as given in the <see cref="DisclosureTable"/>.</param>
/// <param name="TrueCount">The unsuppressed count (for audit; never publish it).</param>
/// <param name="Published">The count to publish, or <see langword="null"/> when hidden.</param>
/// <param name="Reason">Why the cell is hidden, or <see cref="SuppressionReason.None"/>.</param>
/// <param name="Display">The text to print: the published count, or the policy's marker.</param>
public sealed record PublishedCell(string Key, long TrueCount, long? Published, SuppressionReason Reason, string Display);
