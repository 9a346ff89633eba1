namespace YouthJustice.Domain.Outcomes;

/// <summary>
/// A cohort's outcomes at one follow-up point: how many are due, how many reoffended, ETE and accommodation, with
/// members not yet due counted apart and never as successes. Each breakdown adds up to the cohort size.
/// </summary>
public sealed record FollowUpSummary
{
    internal FollowUpSummary(FollowUpPoint point, IReadOnlyList<FollowUpStatus> statuses)
    {
        Point = point;
        Total = statuses.Count;
        Reoffending = Enum.GetValues<ReoffendingStatus>().Select(s => new KeyValuePair<ReoffendingStatus, int>(s, statuses.Count(x => x.Reoffending == s))).ToArray();
        Ete = Enum.GetValues<EteOutcome>().Select(s => new KeyValuePair<EteOutcome, int>(s, statuses.Count(x => x.Ete == s))).ToArray();
        Accommodation = Enum.GetValues<AccommodationOutcome>().Select(s => new KeyValuePair<AccommodationOutcome, int>(s, statuses.Count(x => x.Accommodation == s))).ToArray();
        ProvenReoffences = statuses.Sum(s => s.ProvenReoffences);
    }

    /// <summary>The follow-up point.</summary>
    public FollowUpPoint Point { get; }

    /// <summary>The cohort size.</summary>
    public int Total { get; }

    /// <summary>Members by reoffending status (not yet due, not reoffended, reoffended); adds up to <see cref="Total"/>.</summary>
    public IReadOnlyList<KeyValuePair<ReoffendingStatus, int>> Reoffending { get; }

    /// <summary>Members by ETE outcome; adds up to <see cref="Total"/>.</summary>
    public IReadOnlyList<KeyValuePair<EteOutcome, int>> Ete { get; }

    /// <summary>Members by accommodation outcome; adds up to <see cref="Total"/>.</summary>
    public IReadOnlyList<KeyValuePair<AccommodationOutcome, int>> Accommodation { get; }

    /// <summary>Proven reoffences committed in the follow-up by members whose reoffending is due.</summary>
    public int ProvenReoffences { get; }

    /// <summary>Members whose reoffending can be reported.</summary>
    public int ReoffendingDue => Total - Count(ReoffendingStatus.NotYetDue);

    /// <summary>
    /// The binary reoffending rate: reoffended ÷ members due × 100, one decimal place (half away from zero);
    /// <see langword="null"/> when no member is due. Members not yet due are in neither the numerator nor the denominator.
    /// </summary>
    public decimal? BinaryRate => ReoffendingDue == 0 ? null : Math.Round(Count(ReoffendingStatus.Reoffended) * 100m / ReoffendingDue, 1, MidpointRounding.AwayFromZero);

    /// <summary>The number of members with a reoffending status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(ReoffendingStatus status) => Reoffending.First(p => p.Key == status).Value;

    /// <summary>The number of members with an ETE outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public int Count(EteOutcome outcome) => Ete.First(p => p.Key == outcome).Value;

    /// <summary>The number of members with an accommodation outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public int Count(AccommodationOutcome outcome) => Accommodation.First(p => p.Key == outcome).Value;

    /// <inheritdoc />
    public bool Equals(FollowUpSummary? other)
        => other is not null && Point == other.Point && Total == other.Total && ProvenReoffences == other.ProvenReoffences
           && Reoffending.SequenceEqual(other.Reoffending) && Ete.SequenceEqual(other.Ete) && Accommodation.SequenceEqual(other.Accommodation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Point, Total, ProvenReoffences);
}
