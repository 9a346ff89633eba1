using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Offences;

/// <summary>
/// A legal outcome of an offence (interchange <c>offences[].outcomes[]</c>; YJB <c>offenceLegalOutcome</c>): the date
/// of the caution or sentence, what it was, the first court hearing, any appeal and whether the child lived in the
/// service's area on that date.
/// </summary>
public sealed record LegalOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="date">The outcome date (when the caution or sentence was given); required.</param>
    /// <param name="outcome">The disposal given; not one of the intervention-only halves of a DTO.</param>
    /// <param name="firstHearingDate">The first court hearing, or <see langword="null"/> (out-of-court outcomes have none); on or before <paramref name="date"/>.</param>
    /// <param name="appealStatus">The appeal status, or <see langword="null"/> when there was no appeal.</param>
    /// <param name="residentInArea">Whether the child lived in the service's area on the outcome date; <see langword="null"/> when not recorded (counted as resident, kpi-rules §13.5).</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    /// <exception cref="ArgumentException">The date is the 1900-01-01 sentinel, the outcome is intervention-only, or the first hearing is after the outcome date.</exception>
    public LegalOutcome(LocalDate date, Disposal outcome, LocalDate? firstHearingDate, AppealStatus? appealStatus, bool? residentInArea)
    {
        Date = DatePeriods.Required(date, nameof(date));
        Outcome = Preconditions.CheckNotNull(outcome, nameof(outcome));
        Preconditions.CheckArgument(
            !outcome.IsInterventionOnly,
            nameof(outcome),
            $"{outcome.Name} is an intervention programme, not a legal outcome; the outcome is {Disposal.DetentionAndTrainingOrder.Name}.");
        FirstHearingDate = NoDate.Normalize(firstHearingDate);
        if (FirstHearingDate is { } hearing && hearing > date)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The first hearing {hearing:yyyy-MM-dd} is after the outcome date {date:yyyy-MM-dd}."),
                nameof(firstHearingDate));
        }

        AppealStatus = appealStatus;
        ResidentInArea = residentInArea;
    }

    /// <summary>The outcome date.</summary>
    public LocalDate Date { get; }

    /// <summary>The disposal given.</summary>
    public Disposal Outcome { get; }

    /// <summary>The first court hearing, or <see langword="null"/>.</summary>
    public LocalDate? FirstHearingDate { get; }

    /// <summary>The appeal status, or <see langword="null"/> when there was no appeal.</summary>
    public AppealStatus? AppealStatus { get; }

    /// <summary>Whether the child lived in the service's area on the outcome date, or <see langword="null"/> when not recorded.</summary>
    public bool? ResidentInArea { get; }

    /// <summary>Whether the outcome was overturned on appeal (changed on appeal, or appeal successful).</summary>
    public bool IsOverturnedOnAppeal => AppealStatus?.IsOverturned == true;

    /// <summary>
    /// Whether the outcome counts as given while the child lived in the service's area: resident, or not recorded
    /// (kpi-rules §13.5: a missing flag counts as resident). Only an outcome recorded as not resident is excluded.
    /// </summary>
    public bool CountsAsResident => ResidentInArea != false;
}
