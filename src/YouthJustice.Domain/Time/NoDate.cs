namespace YouthJustice.Domain.Time;

/// <summary>
/// The YJB "no date" convention: in case-level data the date <c>1900-01-01</c> means "no date" (for an end date,
/// "still open"). YouthJustice holds "no date" as <see langword="null"/>: every record normalises the sentinel on
/// construction with <see cref="Normalize"/>, so no rule ever sees 1900-01-01.
/// </summary>
[Source("YJB KPI pipeline: end date 1900-01-01 = still open (kpi-rules §1.4, §6, §13.1)", Confidence = Confidence.High)]
public static class NoDate
{
    /// <summary>The sentinel, 1 January 1900.</summary>
    public static readonly LocalDate Sentinel = new(1900, 1, 1);

    /// <summary>Whether <paramref name="date"/> is the sentinel 1900-01-01.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for 1900-01-01.</returns>
    public static bool IsSentinel(LocalDate date) => date == Sentinel;

    /// <summary>Maps the sentinel to <see langword="null"/>; any other date (or <see langword="null"/>) is returned unchanged.</summary>
    /// <param name="date">The date as recorded.</param>
    /// <returns><see langword="null"/> for no date, otherwise the date.</returns>
    public static LocalDate? Normalize(LocalDate? date) => date == Sentinel ? null : date;
}
