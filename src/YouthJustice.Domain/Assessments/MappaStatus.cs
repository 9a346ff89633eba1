namespace YouthJustice.Domain.Assessments;

/// <summary>A child's MAPPA category and the level at which the case is managed.</summary>
/// <param name="Category">The MAPPA category.</param>
/// <param name="Level">The management level.</param>
public sealed record MappaStatus(MappaCategory Category, MappaLevel Level)
{
    /// <inheritdoc />
    public override string ToString() => $"MAPPA category {Category.Value}, level {Level.Value}";
}
