namespace YouthJustice.Domain.Inspection;

/// <summary>
/// How a total of standard scores becomes an overall rating: four bands, one per rating, worst first, covering every
/// total from 0 to <see cref="MaxScore"/> without gaps or overlaps. Data, not code: replace it when the inspectorate's
/// published method is known.
/// </summary>
/// <remarks>
/// The defaults (<see cref="TwelveStandards"/>, <see cref="ThirteenStandards"/>) are the project's placeholders
/// (<c>spec/domain-rules.md</c> §5.2, [L]): HMIP's ratings-calculation document was not found. They reproduce the
/// published overall ratings we know of (Dorset 2022: 26 of 39 → Good).
/// </remarks>
[Source("YouthJustice specification, domain-rules §5.2 and §7 #8 (banding thresholds not found in a primary source; configurable)", Confidence = Confidence.Low)]
public sealed class RatingBanding
{
    /// <summary>Creates a banding.</summary>
    /// <param name="bands">Four bands, one per rating, in order Inadequate, Requires improvement, Good, Outstanding, the first starting at 0 and each starting one above the previous one's end.</param>
    /// <exception cref="System.ArgumentException">The bands do not cover 0 to the maximum exactly once, in rating order.</exception>
    public RatingBanding(IEnumerable<RatingBand> bands)
    {
        var list = Preconditions.CheckNotNull(bands, nameof(bands)).ToImmutableArray();
        Preconditions.CheckArgument(
            list.Length == InspectionRating.All.Count && list.Select(b => b.Rating).SequenceEqual(InspectionRating.All),
            nameof(bands),
            "A banding has four bands, one per rating, in order Inadequate, Requires improvement, Good, Outstanding.");
        Preconditions.CheckArgument(list[0].MinScore == 0, nameof(bands), string.Create(CultureInfo.InvariantCulture, $"The first band must start at 0; it starts at {list[0].MinScore}."));
        for (var i = 1; i < list.Length; i++)
        {
            Preconditions.CheckArgument(
                list[i].MinScore == list[i - 1].MaxScore + 1,
                nameof(bands),
                string.Create(CultureInfo.InvariantCulture, $"Band '{list[i].Rating.Title}' must start at {list[i - 1].MaxScore + 1}, one above the end of '{list[i - 1].Rating.Title}'; it starts at {list[i].MinScore}."));
        }

        Bands = list;
    }

    /// <summary>For 12 standards (HMIP 2018-2021, maximum 36): 0-6 Inadequate, 7-18 Requires improvement, 19-30 Good, 31-36 Outstanding.</summary>
    public static RatingBanding TwelveStandards { get; } = Of(6, 18, 30, 36);

    /// <summary>For 13 standards (HMIP from 2021, maximum 39): 0-6 Inadequate, 7-19 Requires improvement, 20-31 Good, 32-39 Outstanding.</summary>
    public static RatingBanding ThirteenStandards { get; } = Of(6, 19, 31, 39);

    /// <summary>The bands, worst first.</summary>
    public IReadOnlyList<RatingBand> Bands { get; }

    /// <summary>The highest total the banding covers.</summary>
    public int MaxScore => Bands[^1].MaxScore;

    /// <summary>Creates a banding from the top of each band.</summary>
    /// <param name="inadequateMax">The highest total rated Inadequate.</param>
    /// <param name="requiresImprovementMax">The highest total rated Requires improvement.</param>
    /// <param name="goodMax">The highest total rated Good.</param>
    /// <param name="outstandingMax">The highest total (the maximum score).</param>
    /// <returns>The banding.</returns>
    public static RatingBanding Of(int inadequateMax, int requiresImprovementMax, int goodMax, int outstandingMax) => new(
    [
        new RatingBand(0, inadequateMax, InspectionRating.Inadequate),
        new RatingBand(inadequateMax + 1, requiresImprovementMax, InspectionRating.RequiresImprovement),
        new RatingBand(requiresImprovementMax + 1, goodMax, InspectionRating.Good),
        new RatingBand(goodMax + 1, outstandingMax, InspectionRating.Outstanding),
    ]);

    /// <summary>The overall rating for a total.</summary>
    /// <param name="score">The total: 0 to <see cref="MaxScore"/>.</param>
    /// <returns>The rating of the band containing the total.</returns>
    public InspectionRating RatingFor(int score)
    {
        Preconditions.CheckRange(score, nameof(score), 0, MaxScore);
        return Bands.First(b => b.Contains(score)).Rating;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Bands);
}
