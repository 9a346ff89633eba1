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
    private readonly IReadOnlyList<Offence> _offences;
    private readonly IReadOnlyList<Intervention> _interventions;
    private readonly IReadOnlyList<AccommodationPeriod> _accommodation;
    private readonly IReadOnlyList<EtePeriod> _ete;
    private readonly IReadOnlyList<SendAlnRecord> _sendAln;
    private readonly IReadOnlyList<MentalHealthRecord> _mentalHealth;
    private readonly IReadOnlyList<SubstanceMisuseRecord> _substanceMisuse;
    private readonly IReadOnlyList<CareStatusPeriod> _careStatus;
    private readonly IReadOnlyList<VictimRecord> _victims;
    private readonly IReadOnlyList<Hearing> _hearings;
    private readonly Dictionary<OffenceId, Offence>? _offencesById;

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
        _offences = FrozenList.Of(offences, nameof(offences));
        _interventions = FrozenList.Of(interventions, nameof(interventions));
        _accommodation = FrozenList.Of(accommodation, nameof(accommodation));
        _ete = FrozenList.Of(ete, nameof(ete));
        _sendAln = FrozenList.Of(sendAln, nameof(sendAln));
        _mentalHealth = FrozenList.Of(mentalHealth, nameof(mentalHealth));
        _substanceMisuse = FrozenList.Of(substanceMisuse, nameof(substanceMisuse));
        _careStatus = FrozenList.Of(careStatus, nameof(careStatus));
        _victims = FrozenList.Of(victims, nameof(victims));
        _hearings = FrozenList.Of(hearings, nameof(hearings));

        RequireUnique(_offences, static o => o.Id, nameof(offences), "Offence");
        RequireUnique(_interventions, static i => i.Id, nameof(interventions), "Intervention");
        RequireUnique(_hearings, static h => h.Id, nameof(hearings), "Hearing");

        // A long list of offences is looked up by id through a dictionary; a short one (nearly every child) by a scan.
        _offencesById = _offences.Count > ScanLimit ? _offences.ToDictionary(o => o.Id) : null;
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
    public Offence? FindOffence(OffenceId offenceId)
    {
        if (_offencesById is null)
        {
            for (var i = 0; i < _offences.Count; i++)
            {
                if (_offences[i].Id == offenceId)
                {
                    return _offences[i];
                }
            }

            return null;
        }

        return _offencesById.GetValueOrDefault(offenceId);
    }

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
           && FrozenList.SequenceEqual(_offences, other._offences)
           && FrozenList.SequenceEqual(_interventions, other._interventions)
           && FrozenList.SequenceEqual(_accommodation, other._accommodation)
           && FrozenList.SequenceEqual(_ete, other._ete)
           && FrozenList.SequenceEqual(_sendAln, other._sendAln)
           && FrozenList.SequenceEqual(_mentalHealth, other._mentalHealth)
           && FrozenList.SequenceEqual(_substanceMisuse, other._substanceMisuse)
           && FrozenList.SequenceEqual(_careStatus, other._careStatus)
           && FrozenList.SequenceEqual(_victims, other._victims)
           && FrozenList.SequenceEqual(_hearings, other._hearings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, DateOfBirth, Sex, Ethnicity, _offences.Count, _interventions.Count);

    // Lists of a child are short: a scan finds a duplicate id sooner than a hash set is made.
    private const int ScanLimit = 16;

    private static void RequireUnique<T, TId>(IReadOnlyList<T> items, Func<T, TId> id, string paramName, string what)
        where TId : IEquatable<TId>
    {
        if (items.Count <= ScanLimit)
        {
            for (var i = 1; i < items.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    Preconditions.CheckArgument(!id(items[j]).Equals(id(items[i])), paramName, $"{what} id '{id(items[i])}' is used more than once.");
                }
            }

            return;
        }

        var seen = new HashSet<TId>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Preconditions.CheckArgument(seen.Add(id(items[i])), paramName, $"{what} id '{id(items[i])}' is used more than once.");
        }
    }
}
