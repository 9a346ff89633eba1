using YouthJustice.Domain.Disposals;

namespace YouthJustice.Domain.Cases;

/// <summary>
/// The one place that decides whether a status record (accommodation, ETE, SEND/ALN, care status) is present at the
/// start of an order, at its end, or at any point during it, as the KPIs read them (kpi-rules §1.4, §13.6).
/// </summary>
/// <remarks>
/// <para>A record with no start counts as started before any order; a record with no end is open (kpi-rules §13.1).
/// Every boundary is inclusive.</para>
/// <list type="bullet">
/// <item><b>At end</b> (<c>f_isAtEnd</c>): started on or before the order's end, and open or ending on or after it.</item>
/// <item><b>During</b> (<c>f_isduring</c>): started on or before the order's end, and open or ending on or after the start
/// of the window (<see cref="DuringWindowStart"/>): the intervention start, or for a custodial type of order the day
/// before custody began.</item>
/// <item><b>At start</b> (<c>f_isAtStart</c>, body not public [M]): started on or before the start of the order, and open
/// or ending on or after the first day of the at-start window (<see cref="AtStartWindowStart"/>): the start of the order,
/// or for a custodial type of order the day before custody began, so that a record that ended on the day before custody
/// began is present at the start of a custodial order (kpi-rules §13.20); for a DTO licence the start of the order is
/// the custody start, the outcome date (<see cref="OrderStart"/>, kpi-rules §13.21).</item>
/// </list>
/// </remarks>
[Source("YJB KPI pipeline: f_isAtStart, f_isAtEnd, f_isduring and the custody window (kpi-rules §1.4 [M], §13.6, §13.20, §13.21)", Confidence = Confidence.Medium)]
public static class StatusPeriodRules
{
    /// <summary>Whether a record is present at the end of an order: start ≤ order end, and open or end ≥ order end.</summary>
    /// <param name="record">The status record.</param>
    /// <param name="orderEnd">The last day of the intervention.</param>
    /// <returns><see langword="true"/> when present at the end.</returns>
    public static bool IsAtEnd(IStatusPeriod record, LocalDate orderEnd)
    {
        ArgumentNullException.ThrowIfNull(record);
        return IsAtEnd(record.Start, record.End, orderEnd);
    }

    /// <summary>Whether a period is present at the end of an order: start ≤ order end, and open or end ≥ order end.</summary>
    /// <param name="start">The record's first day, or <see langword="null"/> when not recorded.</param>
    /// <param name="end">The record's last day, or <see langword="null"/> while open.</param>
    /// <param name="orderEnd">The last day of the intervention.</param>
    /// <returns><see langword="true"/> when present at the end.</returns>
    public static bool IsAtEnd(LocalDate? start, LocalDate? end, LocalDate orderEnd)
        => (start is not { } s || s <= orderEnd) && (end is not { } e || e >= orderEnd);

    /// <summary>Whether a record is present at the start of an order: start ≤ order start, and open or end ≥ order start.</summary>
    /// <param name="record">The status record.</param>
    /// <param name="orderStart">The start of the order (see <see cref="OrderStart"/>).</param>
    /// <returns><see langword="true"/> when present at the start.</returns>
    public static bool IsAtStart(IStatusPeriod record, LocalDate orderStart)
    {
        ArgumentNullException.ThrowIfNull(record);
        return IsAtStart(record.Start, record.End, orderStart);
    }

    /// <summary>Whether a period is present at the start of an order: start ≤ order start, and open or end ≥ order start.</summary>
    /// <remarks>The window of a non-custodial order. For a custodial order use the overload that takes the window's
    /// first day (<see cref="AtStartWindowStart"/>), where a record that ended the day before custody began is present.</remarks>
    /// <param name="start">The record's first day, or <see langword="null"/> when not recorded.</param>
    /// <param name="end">The record's last day, or <see langword="null"/> while open.</param>
    /// <param name="orderStart">The start of the order (see <see cref="OrderStart"/>).</param>
    /// <returns><see langword="true"/> when present at the start.</returns>
    public static bool IsAtStart(LocalDate? start, LocalDate? end, LocalDate orderStart)
        => IsAtStart(start, end, orderStart, orderStart);

    /// <summary>
    /// Whether a record is present at the start of an order (kpi-rules §13.20): start ≤ order start, and open or
    /// end ≥ the first day of the at-start window.
    /// </summary>
    /// <param name="record">The status record.</param>
    /// <param name="orderStart">The start of the order (see <see cref="OrderStart"/>).</param>
    /// <param name="windowStart">The first day of the at-start window (see <see cref="AtStartWindowStart"/>).</param>
    /// <returns><see langword="true"/> when present at the start.</returns>
    public static bool IsAtStart(IStatusPeriod record, LocalDate orderStart, LocalDate windowStart)
    {
        ArgumentNullException.ThrowIfNull(record);
        return IsAtStart(record.Start, record.End, orderStart, windowStart);
    }

    /// <summary>
    /// Whether a period is present at the start of an order (kpi-rules §13.20): start ≤ order start, and open or
    /// end ≥ the first day of the at-start window.
    /// </summary>
    /// <param name="start">The record's first day, or <see langword="null"/> when not recorded.</param>
    /// <param name="end">The record's last day, or <see langword="null"/> while open.</param>
    /// <param name="orderStart">The start of the order (see <see cref="OrderStart"/>).</param>
    /// <param name="windowStart">The first day of the at-start window (see <see cref="AtStartWindowStart"/>).</param>
    /// <returns><see langword="true"/> when present at the start.</returns>
    public static bool IsAtStart(LocalDate? start, LocalDate? end, LocalDate orderStart, LocalDate windowStart)
        => (start is not { } s || s <= orderStart) && (end is not { } e || e >= windowStart);

    /// <summary>Whether a record overlaps any part of the window: start ≤ order end, and open or end ≥ window start.</summary>
    /// <param name="record">The status record.</param>
    /// <param name="windowStart">The first day of the window (see <see cref="DuringWindowStart"/>).</param>
    /// <param name="orderEnd">The last day of the intervention.</param>
    /// <returns><see langword="true"/> when present at some point during the order.</returns>
    public static bool IsDuring(IStatusPeriod record, LocalDate windowStart, LocalDate orderEnd)
    {
        ArgumentNullException.ThrowIfNull(record);
        return IsDuring(record.Start, record.End, windowStart, orderEnd);
    }

    /// <summary>Whether a period overlaps any part of the window: start ≤ order end, and open or end ≥ window start.</summary>
    /// <param name="start">The record's first day, or <see langword="null"/> when not recorded.</param>
    /// <param name="end">The record's last day, or <see langword="null"/> while open.</param>
    /// <param name="windowStart">The first day of the window (see <see cref="DuringWindowStart"/>).</param>
    /// <param name="orderEnd">The last day of the intervention.</param>
    /// <returns><see langword="true"/> when present at some point during the order.</returns>
    public static bool IsDuring(LocalDate? start, LocalDate? end, LocalDate windowStart, LocalDate orderEnd)
        => (start is not { } s || s <= orderEnd) && (end is not { } e || e >= windowStart);

    /// <summary>
    /// The first day of the "during" window: the intervention start; for a custodial type of order, the day before
    /// custody began, which is the day before the outcome date for a DTO licence intervention and the day before the
    /// intervention start otherwise (kpi-rules §13.6).
    /// </summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="typeOfOrder">The child's type of order (from the outcome).</param>
    /// <param name="outcomeDate">The date of the outcome the intervention delivers.</param>
    /// <returns>The first day of the window.</returns>
    public static LocalDate DuringWindowStart(Intervention intervention, TypeOfOrder typeOfOrder, LocalDate outcomeDate)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        ArgumentNullException.ThrowIfNull(typeOfOrder);
        return typeOfOrder == TypeOfOrder.CustodialSentence
            ? OrderStart(intervention, outcomeDate).PlusDays(-1)
            : intervention.Start;
    }

    /// <summary>
    /// The first day of the "at start" window (kpi-rules §1.4, §13.20): for a custodial type of order the day before
    /// custody began, as for "during"; otherwise the start of the order itself (<see cref="OrderStart"/>), which for a
    /// DTO licence intervention whose kept outcome is not custodial is the outcome date (kpi-rules §13.21).
    /// </summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="typeOfOrder">The child's type of order (from the outcome).</param>
    /// <param name="outcomeDate">The date of the outcome the intervention delivers.</param>
    /// <returns>The first day of the at-start window.</returns>
    public static LocalDate AtStartWindowStart(Intervention intervention, TypeOfOrder typeOfOrder, LocalDate outcomeDate)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        ArgumentNullException.ThrowIfNull(typeOfOrder);
        var orderStart = OrderStart(intervention, outcomeDate);
        return typeOfOrder == TypeOfOrder.CustodialSentence ? orderStart.PlusDays(-1) : orderStart;
    }

    /// <summary>
    /// The start of the order for "at start" and for the age rule: the outcome date (custody start) for a DTO licence
    /// intervention, otherwise the intervention start (kpi-rules §1.4, §13.4).
    /// </summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="outcomeDate">The date of the outcome the intervention delivers.</param>
    /// <returns>The start of the order.</returns>
    public static LocalDate OrderStart(Intervention intervention, LocalDate outcomeDate)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        return intervention.Disposal == Disposal.DetentionAndTrainingOrderLicence ? outcomeDate : intervention.Start;
    }
}
