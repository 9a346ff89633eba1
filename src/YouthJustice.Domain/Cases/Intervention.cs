using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Cases;

/// <summary>
/// A YJS intervention programme (interchange <c>interventions[]</c>; YJB <c>interventionProgramme</c>): the disposal it
/// delivers, its start and end, the offences it is linked to and, for out-of-court programmes, whether it was
/// completed successfully (KPI 6) and, for a custodial programme, when the child was released.
/// </summary>
/// <remarks>
/// The KPI cohort is built from interventions <em>ending</em> in a quarter (kpi-rules §1.2). Links to offences that the
/// child's record does not hold are kept as given: the KPI engine excludes such rows with the reason
/// <c>NoLinkedOffence</c>. Equality compares every field and the offence ids in order.
/// </remarks>
public sealed record Intervention
{
    private readonly IReadOnlyList<OffenceId> _offenceIds;

    /// <summary>Creates the intervention.</summary>
    /// <param name="id">The intervention's id within the child's record.</param>
    /// <param name="disposal">The disposal it delivers (for a DTO: <see cref="Disposal.DetentionAndTrainingOrderCustody"/> or <see cref="Disposal.DetentionAndTrainingOrderLicence"/>).</param>
    /// <param name="start">The first day; required.</param>
    /// <param name="end">The last day, or <see langword="null"/> (or 1900-01-01) while open; not before <paramref name="start"/>.</param>
    /// <param name="offenceIds">The offences it is linked to.</param>
    /// <param name="completedSuccessfully">Whether it was completed successfully (<c>kpi6SuccessfullyCompleted</c>); <see langword="null"/> when not recorded.</param>
    /// <param name="releaseDate">The day the child was released from custody, for a custodial programme whose licence programme does not give it (added in 0.1.0); <see langword="null"/> (or 1900-01-01) when not recorded; not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="disposal"/> or <paramref name="offenceIds"/> is null.</exception>
    /// <exception cref="ArgumentException">The start is the sentinel, or the end or the release date is before the start.</exception>
    public Intervention(
        InterventionId id,
        Disposal disposal,
        LocalDate start,
        LocalDate? end,
        IEnumerable<OffenceId> offenceIds,
        bool? completedSuccessfully,
        LocalDate? releaseDate = null)
    {
        Id = id;
        Disposal = Preconditions.CheckNotNull(disposal, nameof(disposal));
        Start = DatePeriods.Required(start, nameof(start));
        End = NoDate.Normalize(end);
        DatePeriods.CheckOrder(Start, End, nameof(end));
        _offenceIds = FrozenList.Of(Preconditions.CheckNotNull(offenceIds, nameof(offenceIds)));
        CompletedSuccessfully = completedSuccessfully;
        ReleaseDate = NoDate.Normalize(releaseDate);
        DatePeriods.CheckOrder(Start, ReleaseDate, nameof(releaseDate));
    }

    /// <summary>The intervention's id within the child's record.</summary>
    public InterventionId Id { get; }

    /// <summary>The disposal it delivers.</summary>
    public Disposal Disposal { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day, or <see langword="null"/> while open.</summary>
    public LocalDate? End { get; }

    /// <summary>The ids of the offences it is linked to, as given.</summary>
    public IReadOnlyList<OffenceId> OffenceIds => _offenceIds;

    /// <summary>Whether it was completed successfully; <see langword="null"/> when not recorded (KPI 6 counts that as not completed).</summary>
    public bool? CompletedSuccessfully { get; }

    /// <summary>
    /// The release date as recorded (interchange <c>releaseDate</c>, added in 0.1.0), or <see langword="null"/>; a
    /// custodial programme other than a DTO licence gives its release date here.
    /// </summary>
    public LocalDate? ReleaseDate { get; }

    /// <summary>
    /// The day the child was released from custody for this programme (kpi-rules §1.3, the custody <c>_release</c>
    /// rows): for a DTO licence programme its start (the licence begins on release), otherwise the recorded
    /// <see cref="ReleaseDate"/>; <see langword="null"/> when neither is known (decision K7-1).
    /// </summary>
    public LocalDate? EffectiveReleaseDate => Disposal == Disposal.DetentionAndTrainingOrderLicence ? Start : ReleaseDate;

    /// <summary>The period as a closed interval, or <see langword="null"/> while open.</summary>
    public DateInterval? Interval => End is { } end ? new DateInterval(Start, end) : null;

    /// <inheritdoc />
    public bool Equals(Intervention? other)
        => other is not null
           && Id == other.Id
           && Disposal == other.Disposal
           && Start == other.Start
           && End == other.End
           && CompletedSuccessfully == other.CompletedSuccessfully
           && ReleaseDate == other.ReleaseDate
           && FrozenList.SequenceEqual(_offenceIds, other._offenceIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Disposal, Start, End, CompletedSuccessfully, _offenceIds.Count);
}
