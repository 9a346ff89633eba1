namespace YouthJustice.Domain.Offences;

/// <summary>
/// A court hearing (interchange <c>hearings[]</c>, added in 0.1.0; YJB <c>hearing</c> item with
/// <c>link_hearing_offence</c>): its id, date, remand decision and the offences it heard (kpi-rules §11 item 11,
/// yjaf-case-level §2.10).
/// </summary>
/// <remarks>
/// The KPI 1 remand sub-measure reads it (kpi-rules §2.1: the earliest hearing with a remand decision, more than 27
/// days before the outcome). Links to offences that the child's record does not hold are kept as given (data-quality
/// warning <c>DQ-012</c>). Equality compares every field and the offence ids in order.
/// </remarks>
[Source("YJB case-level data, hearing and link_hearing_offence (yjaf-case-level §2.10); kpi-rules §2.1, §11", Confidence = Confidence.High)]
public sealed record Hearing
{
    private readonly IReadOnlyList<OffenceId> _offenceIds;

    /// <summary>Creates the hearing.</summary>
    /// <param name="id">The hearing's id within the child's record.</param>
    /// <param name="date">The hearing date; required.</param>
    /// <param name="remandDecision">The remand decision (<see cref="RemandDecision.NoRemand"/> or <see cref="RemandDecision.Unknown"/> when there was none).</param>
    /// <param name="offenceIds">The offences heard.</param>
    /// <exception cref="ArgumentNullException"><paramref name="remandDecision"/> or <paramref name="offenceIds"/> is null.</exception>
    /// <exception cref="ArgumentException">The date is the sentinel 1900-01-01.</exception>
    public Hearing(HearingId id, LocalDate date, RemandDecision remandDecision, IEnumerable<OffenceId> offenceIds)
    {
        Id = id;
        Date = DatePeriods.Required(date, nameof(date));
        RemandDecision = Preconditions.CheckNotNull(remandDecision, nameof(remandDecision));
        _offenceIds = FrozenList.Of(Preconditions.CheckNotNull(offenceIds, nameof(offenceIds)));
    }

    /// <summary>The hearing's id within the child's record.</summary>
    public HearingId Id { get; }

    /// <summary>The hearing date.</summary>
    public LocalDate Date { get; }

    /// <summary>The remand decision.</summary>
    public RemandDecision RemandDecision { get; }

    /// <summary>The ids of the offences heard, as given.</summary>
    public IReadOnlyList<OffenceId> OffenceIds => _offenceIds;

    /// <inheritdoc />
    public bool Equals(Hearing? other)
        => other is not null
           && Id == other.Id
           && Date == other.Date
           && RemandDecision == other.RemandDecision
           && FrozenList.SequenceEqual(_offenceIds, other._offenceIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Date, RemandDecision, _offenceIds.Count);
}
