using YouthJustice.Domain.Disposals;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The one place where "a status record is relevant to an order" is decided (kpi-rules §1.4, §13.1, §13.6, §13.20).
/// A record with no start counts as started before any order; a record with no end is open.
/// </summary>
internal static class Periods
{
    private static readonly int DtoLicence = Disposal.DetentionAndTrainingOrderLicence.Value;
    private static readonly int CustodialSentence = TypeOfOrder.CustodialSentence.Value;

    /// <summary>At end: record start ≤ order end and (open or record end ≥ order end).</summary>
    public static bool IsAtEnd(int recordStart, int recordEnd, int orderEnd)
        => recordStart <= orderEnd && recordEnd >= orderEnd;

    /// <summary>
    /// On release (kpi-rules §1.3, the custody <c>_release</c> rows; decision K7-1): record start ≤ release day and
    /// (open or record end ≥ release day), the record open on the day the child left custody; the same test as
    /// <see cref="IsAtEnd"/> on another day (<c>StatusPeriodRules.IsAtEnd</c> on dates).
    /// </summary>
    public static bool IsAtRelease(int recordStart, int recordEnd, int releaseDay)
        => IsAtEnd(recordStart, recordEnd, releaseDay);

    /// <summary>
    /// At start: record start ≤ order start and (open or record end ≥ the first day of the at-start window), which is
    /// the day before custody began for a custodial order and the order start otherwise (kpi-rules §13.20).
    /// </summary>
    public static bool IsAtStart(int recordStart, int recordEnd, int orderStart, int windowStart)
        => recordStart <= orderStart && recordEnd >= windowStart;

    /// <summary>During: record start ≤ order end and (open or record end ≥ window start).</summary>
    public static bool IsDuring(int recordStart, int recordEnd, int windowStart, int orderEnd)
        => recordStart <= orderEnd && recordEnd >= windowStart;

    /// <summary>
    /// The start of the order for "at start" and for the age rule (kpi-rules §1.4, §13.4): the outcome date (custody
    /// start) for a DTO licence intervention, otherwise the intervention start
    /// (<see cref="YouthJustice.Domain.Cases.StatusPeriodRules.OrderStart"/> on day numbers).
    /// </summary>
    public static int OrderStart(int disposal, int interventionStart, int outcomeDate)
        => disposal == DtoLicence ? outcomeDate : interventionStart;

    /// <summary>
    /// The first day of the "at start" window (kpi-rules §13.20): for a custodial type of order the day before custody
    /// began, so that a record that ended that day is present at the start; otherwise the start of the order itself
    /// (<see cref="YouthJustice.Domain.Cases.StatusPeriodRules.AtStartWindowStart"/> on day numbers).
    /// </summary>
    public static int AtStartWindowStart(int typeOfOrder, int orderStart)
        => typeOfOrder == CustodialSentence ? orderStart - 1 : orderStart;

    /// <summary>
    /// The first day of the "during" window (kpi-rules §13.6): the intervention start, or for a custodial type of order
    /// the day before custody began (<see cref="YouthJustice.Domain.Cases.StatusPeriodRules.DuringWindowStart"/> on day numbers).
    /// </summary>
    public static int DuringWindowStart(int typeOfOrder, int interventionStart, int orderStart)
        => typeOfOrder == CustodialSentence ? orderStart - 1 : interventionStart;

    /// <summary>Whether a recorded day lies within [from, to].</summary>
    public static bool IsWithin(int day, int from, int to)
        => day != Days.None && day >= from && day <= to;
}
