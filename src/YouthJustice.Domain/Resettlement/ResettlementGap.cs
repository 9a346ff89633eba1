namespace YouthJustice.Domain.Resettlement;

/// <summary>One gap found in a resettlement plan by <see cref="ResettlementGapCheck"/>.</summary>
/// <param name="Kind">What the gap is about.</param>
/// <param name="Pathway">The pathway concerned, for pathway gaps; otherwise <see langword="null"/>.</param>
/// <param name="Deadline">The deadline concerned, for deadline gaps; otherwise <see langword="null"/>.</param>
/// <param name="Message">A sentence for a case manager saying what is missing.</param>
public sealed record ResettlementGap(ResettlementGapKind Kind, ResettlementPathway? Pathway, LocalDate? Deadline, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
