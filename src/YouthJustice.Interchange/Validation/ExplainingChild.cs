namespace YouthJustice.Interchange.Validation;

/// <summary>A child that explains a discrepancy, with our status and the rule that decided it.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="Ours">Our status or standing, in words (<c>not met</c>, <c>excluded: ResidentInAnotherArea</c>).</param>
/// <param name="Theirs">Their status, when their per-child list gives it.</param>
/// <param name="Why">Our reasons, the deciding one first (the rule and the records).</param>
public sealed record ExplainingChild(string ChildId, string Ours, string? Theirs, IReadOnlyList<string> Why);
