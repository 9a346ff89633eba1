namespace YouthJustice.Interchange.Validation;

/// <summary>One difference between another system's return and ours.</summary>
/// <param name="Kind">What differs.</param>
/// <param name="MeasureId">The measure (or <c>cohort</c>, <c>service</c>, <c>typeOfOrder</c>).</param>
/// <param name="Split">The type of order, for a split cell; otherwise <see langword="null"/>.</param>
/// <param name="Ours">Our figure, as text (<c>3/5 = 60.0%</c>).</param>
/// <param name="Theirs">Their figure, as text.</param>
/// <param name="Summary">One sentence: what differs and what to look at.</param>
/// <param name="Children">The children that explain it (at most <see cref="ReturnValidator.ChildrenListed"/>, the count of the rest in <paramref name="MoreChildren"/>).</param>
/// <param name="MoreChildren">How many further children were not listed.</param>
public sealed record Discrepancy(
    DiscrepancyKind Kind,
    string MeasureId,
    string? Split,
    string Ours,
    string Theirs,
    string Summary,
    IReadOnlyList<ExplainingChild> Children,
    int MoreChildren);
