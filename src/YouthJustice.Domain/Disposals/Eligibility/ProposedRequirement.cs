namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// A requirement proposed for a youth rehabilitation order, with the quantity the law limits: hours (unpaid work,
/// attendance centre), days (activity), the curfew hours of each day, or the period (fostering, residence, exclusion).
/// </summary>
/// <remarks>
/// The proposal can hold values the law does not allow: checking them is the job of
/// <see cref="DisposalEligibility"/>. Only values that cannot be meaningful (negative hours, a day of more than
/// 24 hours, a period that ends before it starts) are refused here.
/// </remarks>
public sealed record ProposedRequirement
{
    private readonly ImmutableArray<decimal> _curfewHours;

    /// <summary>Creates a proposed requirement.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="hours">Aggregate hours (unpaid work, attendance centre), or <see langword="null"/>.</param>
    /// <param name="days">Aggregate days (activity, extended activity), or <see langword="null"/>.</param>
    /// <param name="curfewHours">For a curfew, the hours of curfew on each consecutive day from <paramref name="start"/> (0 on a day without curfew); a repeating week can be given as 7 values.</param>
    /// <param name="start">The day the requirement takes effect, or <see langword="null"/> for the day the order does.</param>
    /// <param name="end">The last day of the requirement, where it has one (fostering, residence, exclusion), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="requirement"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative hours or days, or a curfew day outside 0-24 hours.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ProposedRequirement(
        YroRequirement requirement,
        int? hours = null,
        int? days = null,
        IEnumerable<decimal>? curfewHours = null,
        LocalDate? start = null,
        LocalDate? end = null)
    {
        Requirement = Preconditions.CheckNotNull(requirement, nameof(requirement));
        Hours = hours is null ? null : Preconditions.CheckRange(hours.Value, nameof(hours), 0, int.MaxValue);
        Days = days is null ? null : Preconditions.CheckRange(days.Value, nameof(days), 0, int.MaxValue);
        _curfewHours = (curfewHours ?? []).ToImmutableArray();
        foreach (var day in _curfewHours)
        {
            Preconditions.CheckRange(day, nameof(curfewHours), 0m, 24m);
        }

        Preconditions.CheckArgument(start is null || end is null || end >= start, nameof(end), "The last day must not be before the first.");
        Start = start;
        End = end;
    }

    /// <summary>The requirement.</summary>
    public YroRequirement Requirement { get; }

    /// <summary>Aggregate hours, or <see langword="null"/>.</summary>
    public int? Hours { get; }

    /// <summary>Aggregate days, or <see langword="null"/>.</summary>
    public int? Days { get; }

    /// <summary>For a curfew, the hours on each consecutive day from the start; empty otherwise.</summary>
    public IReadOnlyList<decimal> CurfewHours => _curfewHours;

    /// <summary>The day the requirement takes effect, or <see langword="null"/> for the day the order does.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day of the requirement, or <see langword="null"/>.</summary>
    public LocalDate? End { get; }

    /// <summary>An unpaid work requirement of a number of hours.</summary>
    /// <param name="hours">The aggregate hours.</param>
    /// <returns>The requirement.</returns>
    public static ProposedRequirement UnpaidWork(int hours) => new(YroRequirement.UnpaidWork, hours: hours);

    /// <summary>An activity requirement of a number of days.</summary>
    /// <param name="days">The aggregate days.</param>
    /// <returns>The requirement.</returns>
    public static ProposedRequirement Activity(int days) => new(YroRequirement.Activity, days: days);

    /// <summary>An extended activity requirement (YRO with ISS) of a number of days.</summary>
    /// <param name="days">The aggregate days.</param>
    /// <returns>The requirement.</returns>
    public static ProposedRequirement ExtendedActivity(int days) => new(YroRequirement.ExtendedActivity, days: days);

    /// <summary>An attendance centre requirement of a number of hours.</summary>
    /// <param name="hours">The aggregate hours.</param>
    /// <returns>The requirement.</returns>
    public static ProposedRequirement AttendanceCentre(int hours) => new(YroRequirement.AttendanceCentre, hours: hours);

    /// <summary>A curfew requirement: the hours of curfew on each consecutive day (0 on a day without curfew).</summary>
    /// <param name="curfewHours">The hours on each day, from <paramref name="start"/>.</param>
    /// <param name="start">The first day, or <see langword="null"/> for the day the order takes effect.</param>
    /// <returns>The requirement.</returns>
    public static ProposedRequirement Curfew(IEnumerable<decimal> curfewHours, LocalDate? start = null)
        => new(YroRequirement.Curfew, curfewHours: Preconditions.CheckNotNull(curfewHours, nameof(curfewHours)), start: start);

    /// <summary>A requirement that runs from one day to another (fostering, residence, local authority residence, exclusion).</summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The requirement.</returns>
    public static ProposedRequirement ForPeriod(YroRequirement requirement, LocalDate start, LocalDate end) => new(requirement, start: start, end: end);

    /// <summary>A requirement with no quantity the law limits (supervision, programme, electronic monitoring ...).</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The requirement.</returns>
    public static ProposedRequirement Of(YroRequirement requirement) => new(requirement);

    /// <inheritdoc />
    public bool Equals(ProposedRequirement? other)
        => other is not null
           && Requirement == other.Requirement
           && Hours == other.Hours
           && Days == other.Days
           && _curfewHours.SequenceEqual(other._curfewHours)
           && Start == other.Start
           && End == other.End;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Requirement, Hours, Days, _curfewHours.Length, Start, End);
}
