namespace YouthJustice.Domain.Inspection;

/// <summary>The rating an inspection gave one standard.</summary>
/// <param name="Standard">The standard.</param>
/// <param name="Rating">Its rating.</param>
public sealed record StandardRating(InspectionStandard Standard, InspectionRating Rating)
{
    /// <inheritdoc />
    public override string ToString() => $"{Standard}: {Rating.Title}";
}
