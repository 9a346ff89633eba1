namespace YouthJustice.Domain.Inspection;

/// <summary>A band of total scores that gives an overall rating: <see cref="MinScore"/> to <see cref="MaxScore"/> inclusive.</summary>
public sealed record RatingBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="minScore">The lowest total in the band; zero or more.</param>
    /// <param name="maxScore">The highest total in the band; not below <paramref name="minScore"/>.</param>
    /// <param name="rating">The overall rating the band gives.</param>
    public RatingBand(int minScore, int maxScore, InspectionRating rating)
    {
        MinScore = Preconditions.CheckRange(minScore, nameof(minScore), 0, int.MaxValue);
        MaxScore = Preconditions.CheckRange(maxScore, nameof(maxScore), minScore, int.MaxValue);
        Rating = Preconditions.CheckNotNull(rating, nameof(rating));
    }

    /// <summary>The lowest total in the band.</summary>
    public int MinScore { get; }

    /// <summary>The highest total in the band.</summary>
    public int MaxScore { get; }

    /// <summary>The overall rating the band gives.</summary>
    public InspectionRating Rating { get; }

    /// <summary>Whether a total falls in the band.</summary>
    /// <param name="score">The total.</param>
    /// <returns><see langword="true"/> when <paramref name="score"/> is between the bounds inclusive.</returns>
    public bool Contains(int score) => score >= MinScore && score <= MaxScore;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinScore}-{MaxScore} {Rating.Title}");
}
