namespace YouthJustice.Domain.Inspection;

/// <summary>
/// A published overall rating that differs from the one derived from the standard ratings through the configured
/// banding. The published rating stands; the mismatch says the banding (a placeholder) may need changing.
/// </summary>
/// <param name="Published">The overall rating the inspectorate published.</param>
/// <param name="Derived">The overall rating the banding gives.</param>
/// <param name="TotalScore">The total of the standard scores.</param>
public sealed record OverallRatingMismatch(InspectionRating Published, InspectionRating Derived, int TotalScore)
{
    /// <summary>A sentence for a report.</summary>
    public string Message => $"The published overall rating is {Published.Title}; the standard ratings total {TotalScore}, which the configured banding rates {Derived.Title}. The published rating stands.";

    /// <inheritdoc />
    public override string ToString() => Message;
}
