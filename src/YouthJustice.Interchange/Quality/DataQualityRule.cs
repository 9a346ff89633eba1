using Ardalis.SmartEnum;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Interchange.Quality;

/// <summary>
/// A data-quality rule beyond syntax, with a stable id (<c>DQ-001</c>). Rules whose severity is
/// <see cref="IssueSeverity.Error"/> describe data the domain cannot hold (a period that ends before it starts): the
/// record is rejected. Rules whose severity is <see cref="IssueSeverity.Warning"/> describe data that is kept but
/// probably wrong, and that changes what the KPIs count (an intervention linked to no offence is excluded as
/// <c>NoLinkedOffence</c>).
/// </summary>
/// <remarks>Ids are never reused or renumbered; docs/interchange.md lists every rule with its message.</remarks>
[Source("YouthJustice interchange contract (spec/interchange.md); kpi-rules §1.2, §6, §13", Confidence = Confidence.Medium)]
public sealed class DataQualityRule : SmartEnum<DataQualityRule>
{
    /// <summary>A period ends before it starts (an end date, or the end of attendance, before the start): the record is rejected.</summary>
    public static readonly DataQualityRule EndBeforeStart = new(nameof(EndBeforeStart), 1, "End before start", IssueSeverity.Error,
        "A record's end date (or attendance end) is before its start; the record is rejected.");

    /// <summary>An intervention, victim or hearing names an offence id the child does not have: the link is kept but leads nowhere.</summary>
    public static readonly DataQualityRule DanglingOffenceId = new(nameof(DanglingOffenceId), 2, "Dangling offence id", IssueSeverity.Warning,
        "An intervention, victim or hearing lists an offence id that is not one of the child's offences; the record is kept, the link leads nowhere.");

    /// <summary>An id is used twice: a second child, offence or intervention with the same id is rejected; a victim seen twice in one child is kept (the KPI combines them).</summary>
    public static readonly DataQualityRule DuplicateId = new(nameof(DuplicateId), 3, "Duplicate id", IssueSeverity.Error,
        "A child, offence, intervention or population year is given twice; the later one is rejected. A victim id given twice for one child is a warning: both are kept and KPI 10 combines them.");

    /// <summary>The seriousness (gravity) score is not 1–8: the offence is rejected.</summary>
    public static readonly DataQualityRule SeriousnessOutOfRange = new(nameof(SeriousnessOutOfRange), 4, "Seriousness outside 1-8", IssueSeverity.Error,
        "The YJB seriousness score must be 1 to 8; the offence is rejected.");

    /// <summary>The child was under 10 or over 17 at the start of every one of their interventions.</summary>
    public static readonly DataQualityRule AgeOutsideRangeAtEveryOrder = new(nameof(AgeOutsideRangeAtEveryOrder), 5, "Child outside 10-17 at every order", IssueSeverity.Warning,
        "The child was under 10 or 18 or over at the start of every intervention, so no order can count in a KPI cohort; check the date of birth.");

    /// <summary>An intervention lists no offence: it is kept, and the KPI cohort excludes it as <c>NoLinkedOffence</c>.</summary>
    public static readonly DataQualityRule InterventionWithoutOffence = new(nameof(InterventionWithoutOffence), 6, "Intervention with no offence", IssueSeverity.Warning,
        "An intervention lists no offence id; it is kept, and the KPI cohort excludes it as NoLinkedOffence.");

    /// <summary>A legal outcome is dated before its offence: the outcome is rejected.</summary>
    public static readonly DataQualityRule OutcomeBeforeOffence = new(nameof(OutcomeBeforeOffence), 7, "Outcome before offence", IssueSeverity.Error,
        "A legal outcome is dated before the offence date; the outcome is rejected.");

    /// <summary>More ETE hours attended than offered: kept.</summary>
    public static readonly DataQualityRule HoursAttendedAboveOffered = new(nameof(HoursAttendedAboveOffered), 8, "Hours attended above hours offered", IssueSeverity.Warning,
        "An ETE record has more hours attended than offered; it is kept.");

    /// <summary>An arrest is dated before the offence: the offence is rejected.</summary>
    public static readonly DataQualityRule ArrestBeforeOffence = new(nameof(ArrestBeforeOffence), 9, "Arrest before offence", IssueSeverity.Error,
        "The arrest date is before the offence date; the offence is rejected.");

    /// <summary>The first hearing is after the outcome it led to: the outcome is rejected.</summary>
    public static readonly DataQualityRule FirstHearingAfterOutcome = new(nameof(FirstHearingAfterOutcome), 10, "First hearing after outcome", IssueSeverity.Error,
        "The first hearing date is after the outcome date; the outcome is rejected.");

    /// <summary>A board entry flags a new partner but nobody attended: the flag is ignored by KPI 7 (kpi-rules §13.23).</summary>
    public static readonly DataQualityRule NewPartnerWithoutAttendance = new(nameof(NewPartnerWithoutAttendance), 11, "New partner without attendance", IssueSeverity.Warning,
        "A management board entry flags a new partner although neither a senior partner nor a delegate attended; the entry is kept and KPI 7 ignores the flag (kpi-rules §13.23).");

    /// <summary>A release date the custody "on release" rows cannot use: on a programme that is not custodial, or after the programme's end (kept; decision K7-1).</summary>
    public static readonly DataQualityRule ReleaseDateNotUsable = new(nameof(ReleaseDateNotUsable), 12, "Release date not usable", IssueSeverity.Warning,
        "An intervention's release date is on a programme that is not custodial, or after the programme's end; the record is kept and the custody 'on release' rows of KPIs 1 and 2 do not use the date (decision K7-1).");

    private DataQualityRule(string name, int value, string title, IssueSeverity severity, string description)
        : base(name, value)
    {
        Title = title;
        Severity = severity;
        Description = description;
    }

    /// <summary>The stable id, <c>DQ-001</c>.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"DQ-{Value:000}");

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>Whether the record is rejected (<see cref="IssueSeverity.Error"/>) or kept with a warning.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>What the rule checks and what happens to the record.</summary>
    public string Description { get; }

    /// <summary>The rule with the id <paramref name="id"/> (<c>DQ-003</c>), or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The rule, or <see langword="null"/> when no rule has that id.</returns>
    public static DataQualityRule? FromId(string id)
    {
        foreach (var rule in List)
        {
            if (rule.Id == id)
            {
                return rule;
            }
        }

        return null;
    }
}
