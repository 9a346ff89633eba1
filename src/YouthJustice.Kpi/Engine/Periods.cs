namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The one place where "a status record is relevant to an order" is decided (kpi-rules §1.4, §13.1, §13.6, §13.20).
/// A record with no start counts as started before any order; a record with no end is open.
/// </summary>
internal static class Periods
{
    /// <summary>At end: record start ≤ order end and (open or record end ≥ order end).</summary>
    public static bool IsAtEnd(int recordStart, int recordEnd, int orderEnd)
        => recordStart <= orderEnd && recordEnd >= orderEnd;

    /// <summary>
    /// At start: record start ≤ order start and (open or record end ≥ the first day of the at-start window), which is
    /// the day before custody began for a custodial order and the order start otherwise (kpi-rules §13.20).
    /// </summary>
    public static bool IsAtStart(int recordStart, int recordEnd, int orderStart, int windowStart)
        => recordStart <= orderStart && recordEnd >= windowStart;

    /// <summary>During: record start ≤ order end and (open or record end ≥ window start).</summary>
    public static bool IsDuring(int recordStart, int recordEnd, int windowStart, int orderEnd)
        => recordStart <= orderEnd && recordEnd >= windowStart;

    /// <summary>Whether a recorded day lies within [from, to].</summary>
    public static bool IsWithin(int day, int from, int to)
        => day != Days.None && day >= from && day <= to;
}
