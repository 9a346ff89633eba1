namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// The facts of a case that decide which disposals are available: the child's date of birth, the offence, the dates
/// (conviction, sentence), the court, the plea, the child's history and the court's findings.
/// </summary>
/// <remarks>
/// <para>
/// Each rule takes the age on its own date (domain-rules §0): criminal responsibility and s.315 on the offence date,
/// most court rules on the conviction date, the DTO term regime on the sentence date, out-of-court disposals on the
/// day they are given (<see cref="SentenceDate"/>).
/// </para>
/// <para>
/// Findings are the court's (or decision maker's) and are never inferred: a persistent-offender finding, the opinion
/// that the custody threshold is met, exceptional circumstances for a minimum sentence, the fostering conditions.
/// Previous convictions exclude discharges and bind-overs, which do not count for the referral order test.
/// </para>
/// </remarks>
public sealed record CaseFacts
{
    private readonly ImmutableArray<LocalDate> _youthCautionDates;

    /// <summary>Creates the facts.</summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <param name="offence">The offence being dealt with.</param>
    /// <param name="sentenceDate">The day of sentence, or the day an out-of-court disposal is given; not before the offence or the conviction.</param>
    /// <param name="convictionDate">The day of conviction, for a court disposal; <see langword="null"/> out of court. Not before the offence.</param>
    /// <param name="court">The court dealing with the child, or <see langword="null"/> out of court.</param>
    /// <param name="plea">How the child pleaded.</param>
    /// <param name="previousConvictions">Previous convictions in the United Kingdom (not counting discharges or bind-overs); zero or more.</param>
    /// <param name="persistentOffenderFinding">Whether the court found the child a persistent offender.</param>
    /// <param name="custodyThresholdMet">Whether the court is of the opinion that the offence is so serious that only custody can be justified (or, for ISS or fostering, that custody would otherwise be appropriate).</param>
    /// <param name="exceptionalCircumstancesFound">Whether the court found exceptional (before 28 June 2022: particular) circumstances that make a minimum sentence unjust.</param>
    /// <param name="admitsOffence">Whether the child admitted the offence (needed for cautions and community resolutions).</param>
    /// <param name="youthCautionDates">Dates of youth cautions given to the child before this conviction.</param>
    /// <param name="lastYouthConditionalCautionDate">The date of the child's last youth conditional caution, if any.</param>
    /// <param name="fosteringConditionsMet">Whether the conditions for a fostering requirement are met (offending due to a significant extent to living circumstances, local authority consulted, arrangements notified).</param>
    /// <exception cref="ArgumentException">The dates are out of order.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="offence"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previousConvictions"/> is negative, or an enumeration value is undefined.</exception>
    public CaseFacts(
        LocalDate dateOfBirth,
        OffenceFacts offence,
        LocalDate sentenceDate,
        LocalDate? convictionDate = null,
        SentencingCourt? court = null,
        Plea plea = Plea.NotGuilty,
        int previousConvictions = 0,
        bool persistentOffenderFinding = false,
        bool custodyThresholdMet = false,
        bool exceptionalCircumstancesFound = false,
        bool admitsOffence = false,
        IEnumerable<LocalDate>? youthCautionDates = null,
        LocalDate? lastYouthConditionalCautionDate = null,
        bool fosteringConditionsMet = false)
    {
        DateOfBirth = dateOfBirth;
        Offence = Preconditions.CheckNotNull(offence, nameof(offence));
        CheckOrder(dateOfBirth, offence.OffenceDate, nameof(offence), "the offence date", "the date of birth");
        if (convictionDate is { } conviction)
        {
            CheckOrder(offence.OffenceDate, conviction, nameof(convictionDate), "the conviction date", "the offence date");
            CheckOrder(conviction, sentenceDate, nameof(sentenceDate), "the sentence date", "the conviction date");
        }
        else
        {
            CheckOrder(offence.OffenceDate, sentenceDate, nameof(sentenceDate), "the sentence date", "the offence date");
        }

        SentenceDate = sentenceDate;
        ConvictionDate = convictionDate;
        Court = court is null || Enum.IsDefined(court.Value)
            ? court
            : throw new ArgumentOutOfRangeException(nameof(court), court, "Not a defined court.");
        Plea = Enum.IsDefined(plea) ? plea : throw new ArgumentOutOfRangeException(nameof(plea), plea, "Not a defined plea.");
        PreviousConvictions = Preconditions.CheckRange(previousConvictions, nameof(previousConvictions), 0, int.MaxValue);
        PersistentOffenderFinding = persistentOffenderFinding;
        CustodyThresholdMet = custodyThresholdMet;
        ExceptionalCircumstancesFound = exceptionalCircumstancesFound;
        AdmitsOffence = admitsOffence;
        _youthCautionDates = (youthCautionDates ?? []).Order().ToImmutableArray();
        LastYouthConditionalCautionDate = lastYouthConditionalCautionDate;
        FosteringConditionsMet = fosteringConditionsMet;
    }

    /// <summary>The child's date of birth.</summary>
    public LocalDate DateOfBirth { get; }

    /// <summary>The offence being dealt with.</summary>
    public OffenceFacts Offence { get; }

    /// <summary>The day of sentence, or the day an out-of-court disposal is given.</summary>
    public LocalDate SentenceDate { get; }

    /// <summary>The day of conviction, or <see langword="null"/> out of court.</summary>
    public LocalDate? ConvictionDate { get; }

    /// <summary>The court, or <see langword="null"/> out of court.</summary>
    public SentencingCourt? Court { get; }

    /// <summary>How the child pleaded.</summary>
    public Plea Plea { get; }

    /// <summary>Previous convictions (not counting discharges or bind-overs).</summary>
    public int PreviousConvictions { get; }

    /// <summary>Whether the court found the child a persistent offender.</summary>
    public bool PersistentOffenderFinding { get; }

    /// <summary>Whether the court is of the opinion that the custody threshold is met.</summary>
    public bool CustodyThresholdMet { get; }

    /// <summary>Whether the court found circumstances that make a minimum sentence unjust.</summary>
    public bool ExceptionalCircumstancesFound { get; }

    /// <summary>Whether the child admitted the offence.</summary>
    public bool AdmitsOffence { get; }

    /// <summary>Dates of earlier youth cautions, oldest first.</summary>
    public IReadOnlyList<LocalDate> YouthCautionDates => _youthCautionDates;

    /// <summary>The date of the last youth conditional caution, or <see langword="null"/>.</summary>
    public LocalDate? LastYouthConditionalCautionDate { get; }

    /// <summary>Whether the conditions for a fostering requirement are met.</summary>
    public bool FosteringConditionsMet { get; }

    /// <summary>The date the rules of a given basis look at: the conviction date falls back to the sentence date out of court.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The date.</returns>
    public LocalDate DateFor(Limits.DateBasis basis) => basis switch
    {
        Limits.DateBasis.OffenceDate => Offence.OffenceDate,
        Limits.DateBasis.ConvictionDate => ConvictionDate ?? SentenceDate,
        _ => SentenceDate,
    };

    /// <inheritdoc />
    public bool Equals(CaseFacts? other)
        => other is not null
           && DateOfBirth == other.DateOfBirth
           && Offence == other.Offence
           && SentenceDate == other.SentenceDate
           && ConvictionDate == other.ConvictionDate
           && Court == other.Court
           && Plea == other.Plea
           && PreviousConvictions == other.PreviousConvictions
           && PersistentOffenderFinding == other.PersistentOffenderFinding
           && CustodyThresholdMet == other.CustodyThresholdMet
           && ExceptionalCircumstancesFound == other.ExceptionalCircumstancesFound
           && AdmitsOffence == other.AdmitsOffence
           && _youthCautionDates.SequenceEqual(other._youthCautionDates)
           && LastYouthConditionalCautionDate == other.LastYouthConditionalCautionDate
           && FosteringConditionsMet == other.FosteringConditionsMet;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DateOfBirth, Offence, SentenceDate, ConvictionDate, Court, Plea, PreviousConvictions);

    private static void CheckOrder(LocalDate earlier, LocalDate later, string paramName, string laterName, string earlierName)
        => Preconditions.CheckArgument(
            later >= earlier,
            paramName,
            string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(laterName[0])}{laterName[1..]} ({later:uuuu-MM-dd}) is before {earlierName} ({earlier:uuuu-MM-dd})."));
}
