namespace YouthJustice.Domain.Inspection;

/// <summary>
/// The published result of an inspection under a four-point framework: the rating of each standard and, usually, the
/// published overall rating. The overall rating is derived from the standard ratings only through the framework's
/// banding; the published rating, where there is one, always wins and a difference is reported.
/// </summary>
/// <remarks>
/// <para>
/// A full inspection rates every standard of the framework exactly once. A <b>small service</b> ("small YOS") is
/// inspected with fewer cases and its domains are not rated: its standard ratings may be partial or absent, no overall
/// rating is derived, and the published overall rating is required.
/// </para>
/// </remarks>
public sealed record InspectionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="framework">The framework inspected against; four-point.</param>
    /// <param name="publishedOn">The date the report was published.</param>
    /// <param name="ratings">The standard ratings: every standard once, or (small service) any of them once.</param>
    /// <param name="publishedOverall">The published overall rating, or <see langword="null"/> when none was published.</param>
    /// <param name="isSmallService">Whether the service was inspected as a small service (domains not rated).</param>
    public InspectionResult(InspectionFramework framework, LocalDate publishedOn, IEnumerable<StandardRating> ratings, InspectionRating? publishedOverall, bool isSmallService = false)
    {
        Framework = Preconditions.CheckNotNull(framework, nameof(framework));
        Preconditions.CheckArgument(framework.Scale == InspectionScale.FourPointRating, nameof(framework), $"{framework.Id} gives stars, not ratings: use StarRatedInspection.");
        var list = Preconditions.CheckNotNull(ratings, nameof(ratings)).ToImmutableArray();
        Preconditions.CheckArgument(list.All(r => r is not null), nameof(ratings), "Ratings must not contain null.");
        var foreign = list.FirstOrDefault(r => framework.FindStandard(r.Standard.Id) != r.Standard);
        Preconditions.CheckArgument(foreign is null, nameof(ratings), $"Standard '{foreign?.Standard}' is not a standard of {framework.Id}.");
        var repeated = list.GroupBy(r => r.Standard.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(repeated is null, nameof(ratings), $"Standard {repeated?.Key} is rated more than once.");
        if (isSmallService)
        {
            Preconditions.CheckArgument(publishedOverall is not null, nameof(publishedOverall), "A small service's result needs its published overall rating: its domains are not rated.");
        }
        else
        {
            var missing = framework.Standards.Where(s => list.All(r => r.Standard != s)).Select(s => s.Id).ToArray();
            Preconditions.CheckArgument(
                missing.Length == 0,
                nameof(ratings),
                string.Create(CultureInfo.InvariantCulture, $"Every standard of {framework.Id} must be rated; missing: {string.Join(", ", missing)}."));
        }

        PublishedOn = publishedOn;
        Ratings = framework.Standards.SelectMany(s => list.Where(r => r.Standard == s)).ToImmutableArray();
        PublishedOverall = publishedOverall;
        IsSmallService = isSmallService;
    }

    /// <summary>The framework inspected against.</summary>
    public InspectionFramework Framework { get; }

    /// <summary>The date the report was published.</summary>
    public LocalDate PublishedOn { get; }

    /// <summary>The standard ratings, in framework order.</summary>
    public IReadOnlyList<StandardRating> Ratings { get; }

    /// <summary>The published overall rating, or <see langword="null"/>.</summary>
    public InspectionRating? PublishedOverall { get; }

    /// <summary>Whether the service was inspected as a small service.</summary>
    public bool IsSmallService { get; }

    /// <summary>The total of the standard scores (see <see cref="InspectionRating.Score"/>), or <see langword="null"/> for a small service.</summary>
    public int? TotalScore => IsSmallService ? null : Ratings.Sum(r => r.Rating.Score);

    /// <summary>
    /// The overall rating the framework's banding gives the total, or <see langword="null"/> for a small service or a
    /// framework without banding.
    /// </summary>
    public InspectionRating? DerivedOverall => TotalScore is { } total && Framework.Banding is { } banding ? banding.RatingFor(total) : null;

    /// <summary>The overall rating: the published one where there is one, otherwise the derived one.</summary>
    public InspectionRating? Overall => PublishedOverall ?? DerivedOverall;

    /// <summary>The difference between the published and derived overall ratings, or <see langword="null"/> when they agree or either is missing.</summary>
    public OverallRatingMismatch? Mismatch
        => PublishedOverall is { } published && DerivedOverall is { } derived && published != derived
            ? new OverallRatingMismatch(published, derived, TotalScore!.Value)
            : null;

    /// <summary>How many standards received each rating, from Inadequate to Outstanding (zeros included).</summary>
    public IReadOnlyList<KeyValuePair<InspectionRating, int>> CountByRating
        => InspectionRating.All.Select(r => new KeyValuePair<InspectionRating, int>(r, Ratings.Count(x => x.Rating == r))).ToArray();

    /// <inheritdoc />
    public bool Equals(InspectionResult? other)
        => other is not null && Framework == other.Framework && PublishedOn == other.PublishedOn && PublishedOverall == other.PublishedOverall
           && IsSmallService == other.IsSmallService && Ratings.SequenceEqual(other.Ratings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Framework, PublishedOn, PublishedOverall, IsSmallService, Ratings.Count);
}
