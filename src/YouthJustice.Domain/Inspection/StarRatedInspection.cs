namespace YouthJustice.Domain.Inspection;

/// <summary>
/// The published result of a full joint inspection (before 2018): stars out of four for each area, no overall rating.
/// A service with such an inspection had to produce an improvement action plan approved by the YJB and HMIP.
/// </summary>
public sealed record StarRatedInspection
{
    /// <summary>Creates a result.</summary>
    /// <param name="framework">A star-rated framework (<see cref="InspectionFramework.Fji2012"/>).</param>
    /// <param name="publishedOn">The date the report was published.</param>
    /// <param name="stars">Every area of the framework, once.</param>
    public StarRatedInspection(InspectionFramework framework, LocalDate publishedOn, IEnumerable<AreaStars> stars)
    {
        Framework = Preconditions.CheckNotNull(framework, nameof(framework));
        Preconditions.CheckArgument(framework.Scale == InspectionScale.StarsOutOfFour, nameof(framework), $"{framework.Id} gives four-point ratings, not stars: use InspectionResult.");
        var list = Preconditions.CheckNotNull(stars, nameof(stars)).ToImmutableArray();
        var complete = list.Length == framework.Standards.Count && framework.Standards.All(a => list.Count(s => s?.Area == a) == 1);
        Preconditions.CheckArgument(
            complete,
            nameof(stars),
            string.Create(CultureInfo.InvariantCulture, $"Every area of {framework.Id} must be given stars exactly once: {string.Join("; ", framework.Standards.Select(a => a.Name))}."));
        PublishedOn = publishedOn;
        Stars = framework.Standards.Select(a => list.First(s => s.Area == a)).ToImmutableArray();
    }

    /// <summary>The framework.</summary>
    public InspectionFramework Framework { get; }

    /// <summary>The date the report was published.</summary>
    public LocalDate PublishedOn { get; }

    /// <summary>The stars of each area, in framework order.</summary>
    public IReadOnlyList<AreaStars> Stars { get; }

    /// <summary>The total stars, out of 4 × the number of areas.</summary>
    public int TotalStars => Stars.Sum(s => s.Stars);

    /// <inheritdoc />
    public bool Equals(StarRatedInspection? other)
        => other is not null && Framework == other.Framework && PublishedOn == other.PublishedOn && Stars.SequenceEqual(other.Stars);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Framework, PublishedOn, Stars.Count);
}
