using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Offences;

/// <summary>
/// An offence committed by a child (interchange <c>offences[]</c>): when it was committed, the arrest, its YJB
/// category and seriousness score, whether it was knife-related, and its legal outcomes.
/// </summary>
/// <remarks>
/// <see cref="IsSeriousViolence"/>: a Drugs, Robbery or Violence-against-the-person offence with a seriousness score of
/// 5 or more (kpi-rules §2.9). Equality compares every field and the outcomes in order.
/// </remarks>
[Source("YJB KPI pipeline: serious violence = category in {DRUGS, ROBBERY, VIOLENCE_AGAINST_THE_PERSON} and score 5-8 (kpi-rules §2.9)", Confidence = Confidence.High)]
public sealed record Offence
{
    private readonly IReadOnlyList<LegalOutcome> _outcomes;

    /// <summary>Creates the offence.</summary>
    /// <param name="id">The offence's id within the child's record.</param>
    /// <param name="offenceDate">When the offence was committed; required.</param>
    /// <param name="arrestDate">The arrest, or <see langword="null"/>; not before <paramref name="offenceDate"/>.</param>
    /// <param name="category">The YJB offence category.</param>
    /// <param name="seriousness">The YJB seriousness score, 1–8.</param>
    /// <param name="knifeRelated">Whether the offence was knife-related.</param>
    /// <param name="outcomes">The legal outcomes (possibly none yet); none dated before <paramref name="offenceDate"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="category"/>, <paramref name="outcomes"/> or an outcome is null.</exception>
    /// <exception cref="ArgumentException">The offence date is the sentinel, or the arrest or an outcome is before the offence.</exception>
    public Offence(
        OffenceId id,
        LocalDate offenceDate,
        LocalDate? arrestDate,
        OffenceCategory category,
        SeriousnessScore seriousness,
        bool knifeRelated,
        IEnumerable<LegalOutcome> outcomes)
    {
        Id = id;
        OffenceDate = DatePeriods.Required(offenceDate, nameof(offenceDate));
        ArrestDate = NoDate.Normalize(arrestDate);
        DatePeriods.CheckOrder(OffenceDate, ArrestDate, nameof(arrestDate), nameof(offenceDate));
        Category = Preconditions.CheckNotNull(category, nameof(category));
        Seriousness = seriousness;
        KnifeRelated = knifeRelated;
        _outcomes = FrozenList.Of(Preconditions.CheckNotNull(outcomes, nameof(outcomes)));
        foreach (var outcome in _outcomes)
        {
            Preconditions.CheckNotNull(outcome, nameof(outcomes));
            if (outcome.Date < offenceDate)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"An outcome dated {outcome.Date:yyyy-MM-dd} is before the offence date {offenceDate:yyyy-MM-dd}."),
                    nameof(outcomes));
            }
        }
    }

    /// <summary>The offence's id within the child's record.</summary>
    public OffenceId Id { get; }

    /// <summary>When the offence was committed.</summary>
    public LocalDate OffenceDate { get; }

    /// <summary>The arrest, or <see langword="null"/>.</summary>
    public LocalDate? ArrestDate { get; }

    /// <summary>The YJB offence category.</summary>
    public OffenceCategory Category { get; }

    /// <summary>The YJB seriousness score, 1–8.</summary>
    public SeriousnessScore Seriousness { get; }

    /// <summary>Whether the offence was knife-related.</summary>
    public bool KnifeRelated { get; }

    /// <summary>The legal outcomes, in the order given.</summary>
    public IReadOnlyList<LegalOutcome> Outcomes => _outcomes;

    /// <summary>Whether this is a serious-violence offence: a serious-violence category and a score of 5 or more.</summary>
    public bool IsSeriousViolence => Category.IsSeriousViolenceCategory && Seriousness.IsAtLeastSeriousViolenceThreshold;

    /// <inheritdoc />
    public bool Equals(Offence? other)
        => other is not null
           && Id == other.Id
           && OffenceDate == other.OffenceDate
           && ArrestDate == other.ArrestDate
           && Category == other.Category
           && Seriousness == other.Seriousness
           && KnifeRelated == other.KnifeRelated
           && FrozenList.SequenceEqual(_outcomes, other._outcomes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, OffenceDate, Category, Seriousness, _outcomes.Count);
}
