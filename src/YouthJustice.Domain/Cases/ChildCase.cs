using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Time;
using YouthJustice.Domain.Victims;

namespace YouthJustice.Domain.Cases;

/// <summary>
/// Everything a youth justice service holds about one child that the KPIs read (interchange <c>children[]</c>): the
/// pseudonymous id, date of birth, sex and ethnicity, offences with their outcomes, intervention programmes, and the
/// accommodation, ETE, SEND/ALN, mental-health, substance-misuse, care-status and victim records, and the court
/// hearings with their remand decisions.
/// </summary>
/// <remarks>
/// <para>Offence ids and intervention ids are unique within the child (<see cref="FindOffence"/> looks offences up by
/// id); an intervention may still name an offence the record does not hold, which the KPI engine reports as
/// <c>NoLinkedOffence</c>. Every list keeps the order given.</para>
/// <para>Equality compares every field and every list in order.</para>
/// </remarks>
public sealed record ChildCase
{
    private readonly ImmutableArray<Offence> _offences;
    private readonly ImmutableArray<Intervention> _interventions;
    private readonly ImmutableArray<AccommodationPeriod> _accommodation;
    private readonly ImmutableArray<EtePeriod> _ete;
    private readonly ImmutableArray<SendAlnRecord> _sendAln;
    private readonly ImmutableArray<MentalHealthRecord> _mentalHealth;
    private readonly ImmutableArray<SubstanceMisuseRecord> _substanceMisuse;
    private readonly ImmutableArray<CareStatusPeriod> _careStatus;
    private readonly ImmutableArray<VictimRecord> _victims;
    private readonly ImmutableArray<Hearing> _hearings;
    private readonly Dictionary<OffenceId, Offence> _offencesById;

    /// <summary>Creates the child's case.</summary>
    /// <param name="id">The pseudonymous child id.</param>
    /// <param name="dateOfBirth">The date of birth, or <see langword="null"/> (or 1900-01-01) when not known.</param>
    /// <param name="sex">The sex (<see cref="Sex.NotKnown"/> when not recorded).</param>
    /// <param name="ethnicity">The ethnicity (<see cref="Ethnicity.NotKnown"/> when not recorded).</param>
    /// <param name="offences">The offences; ids unique.</param>
    /// <param name="interventions">The intervention programmes; ids unique.</param>
    /// <param name="accommodation">The accommodation periods.</param>
    /// <param name="ete">The ETE periods.</param>
    /// <param name="sendAln">The SEND/ALN records.</param>
    /// <param name="mentalHealth">The mental-health records.</param>
    /// <param name="substanceMisuse">The substance-misuse records.</param>
    /// <param name="careStatus">The care-status periods.</param>
    /// <param name="victims">The victim records.</param>
    /// <param name="hearings">The court hearings, with their remand decisions (added in 0.1.0); ids unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sex"/>, <paramref name="ethnicity"/> or an item of a list is null.</exception>
    /// <exception cref="ArgumentException">Two offences, two interventions or two hearings share an id.</exception>
    public ChildCase(
        ChildId id,
        LocalDate? dateOfBirth,
        Sex sex,
        Ethnicity ethnicity,
        IEnumerable<Offence>? offences = null,
        IEnumerable<Intervention>? interventions = null,
        IEnumerable<AccommodationPeriod>? accommodation = null,
        IEnumerable<EtePeriod>? ete = null,
        IEnumerable<SendAlnRecord>? sendAln = null,
        IEnumerable<MentalHealthRecord>? mentalHealth = null,
        IEnumerable<SubstanceMisuseRecord>? substanceMisuse = null,
        IEnumerable<CareStatusPeriod>? careStatus = null,
        IEnumerable<VictimRecord>? victims = null,
        IEnumerable<Hearing>? hearings = null)
    {
        Id = id;
        DateOfBirth = NoDate.Normalize(dateOfBirth);
        Sex = Preconditions.CheckNotNull(sex, nameof(sex));
        Ethnicity = Preconditions.CheckNotNull(ethnicity, nameof(ethnicity));
        _offences = Copy(offences, nameof(offences));
        _interventions = Copy(interventions, nameof(interventions));
        _accommodation = Copy(accommodation, nameof(accommodation));
        _ete = Copy(ete, nameof(ete));
        _sendAln = Copy(sendAln, nameof(sendAln));
        _mentalHealth = Copy(mentalHealth, nameof(mentalHealth));
        _substanceMisuse = Copy(substanceMisuse, nameof(substanceMisuse));
        _careStatus = Copy(careStatus, nameof(careStatus));
        _victims = Copy(victims, nameof(victims));
        _hearings = Copy(hearings, nameof(hearings));

        _offencesById = new Dictionary<OffenceId, Offence>(_offences.Length);
        foreach (var offence in _offences)
        {
            Preconditions.CheckArgument(_offencesById.TryAdd(offence.Id, offence), nameof(offences), $"Offence id '{offence.Id}' is used more than once.");
        }

        var interventionIds = new HashSet<InterventionId>();
        foreach (var intervention in _interventions)
        {
            Preconditions.CheckArgument(interventionIds.Add(intervention.Id), nameof(interventions), $"Intervention id '{intervention.Id}' is used more than once.");
        }

        var hearingIds = new HashSet<HearingId>();
        foreach (var hearing in _hearings)
        {
            Preconditions.CheckArgument(hearingIds.Add(hearing.Id), nameof(hearings), $"Hearing id '{hearing.Id}' is used more than once.");
        }
    }

    /// <summary>The pseudonymous child id.</summary>
    public ChildId Id { get; }

    /// <summary>The date of birth, or <see langword="null"/> when not known.</summary>
    public LocalDate? DateOfBirth { get; }

    /// <summary>The sex.</summary>
    public Sex Sex { get; }

    /// <summary>The ethnicity (ONS 2021 category; <see cref="Ethnicity.Group"/> gives the YJB group).</summary>
    public Ethnicity Ethnicity { get; }

    /// <summary>The offences, with their legal outcomes.</summary>
    public IReadOnlyList<Offence> Offences => _offences;

    /// <summary>The intervention programmes.</summary>
    public IReadOnlyList<Intervention> Interventions => _interventions;

    /// <summary>The accommodation periods (KPI 1).</summary>
    public IReadOnlyList<AccommodationPeriod> Accommodation => _accommodation;

    /// <summary>The ETE periods (KPI 2).</summary>
    public IReadOnlyList<EtePeriod> Ete => _ete;

    /// <summary>The SEND/ALN records (KPI 3).</summary>
    public IReadOnlyList<SendAlnRecord> SendAln => _sendAln;

    /// <summary>The mental-health records (KPI 4).</summary>
    public IReadOnlyList<MentalHealthRecord> MentalHealth => _mentalHealth;

    /// <summary>The substance-misuse records (KPI 5).</summary>
    public IReadOnlyList<SubstanceMisuseRecord> SubstanceMisuse => _substanceMisuse;

    /// <summary>The care-status periods (wider services).</summary>
    public IReadOnlyList<CareStatusPeriod> CareStatus => _careStatus;

    /// <summary>The victim records (KPI 10).</summary>
    public IReadOnlyList<VictimRecord> Victims => _victims;

    /// <summary>The court hearings with their remand decisions (KPI 1's remand sub-measure, kpi-rules §2.1).</summary>
    public IReadOnlyList<Hearing> Hearings => _hearings;

    /// <summary>The offence with the given id, or <see langword="null"/> when the child has none.</summary>
    /// <param name="offenceId">The id.</param>
    /// <returns>The offence, or <see langword="null"/>.</returns>
    public Offence? FindOffence(OffenceId offenceId) => _offencesById.GetValueOrDefault(offenceId);

    /// <summary>The child's age on <paramref name="date"/>, or <see langword="null"/> when the date of birth is not known or is after the date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The age, or <see langword="null"/>.</returns>
    public Age? AgeOn(LocalDate date) => Age.TryOn(DateOfBirth, date);

    /// <inheritdoc />
    public bool Equals(ChildCase? other)
        => other is not null
           && Id == other.Id
           && DateOfBirth == other.DateOfBirth
           && Sex == other.Sex
           && Ethnicity == other.Ethnicity
           && _offences.SequenceEqual(other._offences)
           && _interventions.SequenceEqual(other._interventions)
           && _accommodation.SequenceEqual(other._accommodation)
           && _ete.SequenceEqual(other._ete)
           && _sendAln.SequenceEqual(other._sendAln)
           && _mentalHealth.SequenceEqual(other._mentalHealth)
           && _substanceMisuse.SequenceEqual(other._substanceMisuse)
           && _careStatus.SequenceEqual(other._careStatus)
           && _victims.SequenceEqual(other._victims)
           && _hearings.SequenceEqual(other._hearings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, DateOfBirth, Sex, Ethnicity, _offences.Length, _interventions.Length);

    private static ImmutableArray<T> Copy<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        var copy = items?.ToImmutableArray() ?? [];
        foreach (var item in copy)
        {
            Preconditions.CheckNotNull(item, paramName);
        }

        return copy;
    }
}
