namespace YouthJustice.Domain.Cases;

/// <summary>
/// A status record held over a period (accommodation, ETE, SEND/ALN, care status): a start that may be unrecorded
/// (taken as before any order) and an end that is missing while the record is open (kpi-rules §13.1).
/// <see cref="StatusPeriodRules"/> decides whether such a record is present at the start, at the end or during an order.
/// </summary>
public interface IStatusPeriod
{
    /// <summary>The first day, or <see langword="null"/> when not recorded.</summary>
    LocalDate? Start { get; }

    /// <summary>The last day, or <see langword="null"/> while open.</summary>
    LocalDate? End { get; }
}
