using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Outcomes;

/// <summary>One cohort member's outcomes at every follow-up point, as known on the "as at" date.</summary>
public sealed record TrackedOutcome
{
    internal TrackedOutcome(ChildId child, LocalDate interventionEnd, LocalDate asAt, IReadOnlyList<FollowUpStatus> points)
    {
        Child = child;
        InterventionEnd = interventionEnd;
        AsAt = asAt;
        Points = points;
    }

    /// <summary>The child.</summary>
    public ChildId Child { get; }

    /// <summary>The intervention's last day.</summary>
    public LocalDate InterventionEnd { get; }

    /// <summary>The date the outcomes are known as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>The outcomes at each point of the policy, in order.</summary>
    public IReadOnlyList<FollowUpStatus> Points { get; }

    /// <summary>The outcomes at a point.</summary>
    /// <param name="point">The point.</param>
    /// <returns>The status, or <see langword="null"/> when the policy does not track that point.</returns>
    public FollowUpStatus? At(FollowUpPoint point) => Points.FirstOrDefault(p => p.Point == point);

    /// <inheritdoc />
    public bool Equals(TrackedOutcome? other)
        => other is not null && Child == other.Child && InterventionEnd == other.InterventionEnd && AsAt == other.AsAt && Points.SequenceEqual(other.Points);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Child, InterventionEnd, AsAt, Points.Count);
}
