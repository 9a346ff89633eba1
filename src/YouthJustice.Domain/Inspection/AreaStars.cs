namespace YouthJustice.Domain.Inspection;

/// <summary>The stars (out of four) a full joint inspection gave one area.</summary>
public sealed record AreaStars
{
    /// <summary>The most stars an area can receive.</summary>
    public const int MaxStars = 4;

    /// <summary>Creates the rating.</summary>
    /// <param name="area">The area rated.</param>
    /// <param name="stars">The stars: 0 to 4.</param>
    public AreaStars(InspectionStandard area, int stars)
    {
        Area = Preconditions.CheckNotNull(area, nameof(area));
        Stars = Preconditions.CheckRange(stars, nameof(stars), 0, MaxStars);
    }

    /// <summary>The area rated.</summary>
    public InspectionStandard Area { get; }

    /// <summary>The stars, out of four.</summary>
    public int Stars { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Area.Name}: {Stars} of {MaxStars} stars";
}
