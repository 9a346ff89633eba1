using System;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The one implementation of the record rules shared by KPI 4 (mental health and emotional wellbeing) and KPI 5
/// (substance misuse), over a child's <see cref="HealthRow"/> slice (kpi-rules §2.4, §2.5, §13.9).
/// </summary>
/// <remarks>
/// <para>A record is <b>used</b> when it has no screening date or was screened on or before the order end.</para>
/// <para><b>In treatment prior</b>: attendance started strictly before the intervention start and was open on that day
/// (no attendance end, or an end on or after the start).</para>
/// <para><b>Need</b>: any used record screened, or in treatment prior.</para>
/// <para><b>Offered / attending</b>, 2024 (v8): offered (attendance started) within [intervention start, order end], or
/// in treatment prior. 2023 (v1): offered on or before the order end and not before the screening; attendance started
/// on or before the order end and not before the screening or the offer. A missing screening or offer date bounds
/// nothing (the YJB data writes it as 1900-01-01, earlier than every real date).</para>
/// <para><b>Offered but not attended</b>: an intervention type offered (as above, without the in-treatment route) with no
/// attendance start.</para>
/// </remarks>
[Source("YJB pipeline kpi4/kpi5 case level v1/_v8, f_inTreatmentPrior (kpi-rules §2.4, §2.5, §13.9, S27)", Confidence = Confidence.Medium)]
internal static class HealthNeedRules
{
    /// <summary>The most intervention types a health KPI has (KPI 4: four tiers; KPI 5: three types).</summary>
    public const int MaxTypes = 4;

    /// <summary>Used: no screening date, or screened on or before the order end.</summary>
    public static bool IsUsed(in HealthRow r, int orderEnd) => r.Screened == Days.None || r.Screened <= orderEnd;

    /// <summary>In treatment prior: attendance started strictly before the intervention start and was open on that day.</summary>
    public static bool IsInTreatmentPrior(in HealthRow r, int interventionStart)
        => r.AttendedStart != Days.None
           && r.AttendedStart < interventionStart
           && (r.AttendedEnd == Days.None || r.AttendedEnd >= interventionStart);

    /// <summary>The record's offer counts (without the type check): v8 within the order or in treatment prior; v1 by the order end and not before the screening.</summary>
    public static bool IsOffered(in HealthRow r, int interventionStart, int orderEnd, bool withinOrder)
        => withinOrder
            ? Periods.IsWithin(r.Offered, interventionStart, orderEnd) || IsInTreatmentPrior(r, interventionStart)
            : r.Offered != Days.None && r.Offered <= orderEnd && r.Offered >= r.Screened;

    /// <summary>The record's attendance counts (without the type check): v8 started within the order or in treatment prior; v1 started by the order end and not before the screening or the offer.</summary>
    public static bool IsAttending(in HealthRow r, int interventionStart, int orderEnd, bool withinOrder)
        => withinOrder
            ? Periods.IsWithin(r.AttendedStart, interventionStart, orderEnd) || IsInTreatmentPrior(r, interventionStart)
            : r.AttendedStart != Days.None && r.AttendedStart <= orderEnd && r.AttendedStart >= r.Screened && r.AttendedStart >= r.Offered;

    /// <summary>Offered but not attended: offered (v8: within the order; v1: by the order end, not before the screening) and no attendance start.</summary>
    public static bool IsOfferedNotAttended(in HealthRow r, int interventionStart, int orderEnd, bool withinOrder)
        => r.AttendedStart == Days.None
           && (withinOrder
               ? Periods.IsWithin(r.Offered, interventionStart, orderEnd)
               : r.Offered != Days.None && r.Offered <= orderEnd && r.Offered >= r.Screened);

    /// <summary>
    /// Judges one child across all of the child's records. <paramref name="offeredRow"/> and
    /// <paramref name="attendingRow"/> (one slot per entry of <paramref name="types"/>) receive the global row of the first
    /// used record offered / attending that type, or -1.
    /// </summary>
    /// <param name="rows">The child's records.</param>
    /// <param name="offset">The global row of the first of them.</param>
    /// <param name="interventionStart">The intervention start day.</param>
    /// <param name="orderEnd">The intervention end day.</param>
    /// <param name="withinOrder">The 2024 (v8) offered/attended rules when true, the 2023 (v1) rules otherwise.</param>
    /// <param name="types">The intervention type values the KPI counts, in measure order.</param>
    /// <param name="offeredRow">Receives, per type, the first record offered that type.</param>
    /// <param name="attendingRow">Receives, per type, the first record attending that type.</param>
    /// <returns>What decided the child's need, treatment, offer and non-attendance.</returns>
    public static HealthFindings Evaluate(
        ReadOnlySpan<HealthRow> rows,
        int offset,
        int interventionStart,
        int orderEnd,
        bool withinOrder,
        ReadOnlySpan<int> types,
        Span<int> offeredRow,
        Span<int> attendingRow)
    {
        offeredRow.Fill(-1);
        attendingRow.Fill(-1);
        int need = -1, treatment = -1, offeredWithin = -1, notAttended = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (!IsUsed(r, orderEnd))
            {
                continue;
            }

            var row = offset + i;
            var prior = IsInTreatmentPrior(r, interventionStart);
            if (prior && treatment < 0)
            {
                treatment = row;
            }

            if ((prior || r.Screened != Days.None) && need < 0)
            {
                need = row;
            }

            var type = IndexOf(types, r.Intervention);
            if (type < 0)
            {
                continue;
            }

            if (offeredWithin < 0 && Periods.IsWithin(r.Offered, interventionStart, orderEnd))
            {
                offeredWithin = row;
            }

            if (offeredRow[type] < 0 && IsOffered(r, interventionStart, orderEnd, withinOrder))
            {
                offeredRow[type] = row;
            }

            if (attendingRow[type] < 0 && IsAttending(r, interventionStart, orderEnd, withinOrder))
            {
                attendingRow[type] = row;
            }

            if (notAttended < 0 && IsOfferedNotAttended(r, interventionStart, orderEnd, withinOrder))
            {
                notAttended = row;
            }
        }

        return new HealthFindings(need, treatment, offeredWithin, notAttended);
    }

    private static int IndexOf(ReadOnlySpan<int> types, int value)
    {
        for (var t = 0; t < types.Length; t++)
        {
            if (types[t] == value)
            {
                return t;
            }
        }

        return -1;
    }
}

/// <summary>What decided one child's standing on a health KPI: global rows, or -1 when there is none.</summary>
/// <param name="NeedRow">The first used record screened or in treatment prior.</param>
/// <param name="TreatmentRow">The first used record in treatment prior.</param>
/// <param name="OfferedWithinRow">The first used record of a counted intervention type offered within [intervention start, order end] (the 2024 headline).</param>
/// <param name="NotAttendedRow">The first used record of a counted type offered but never attended.</param>
internal readonly record struct HealthFindings(int NeedRow, int TreatmentRow, int OfferedWithinRow, int NotAttendedRow)
{
    public bool HasNeed => NeedRow >= 0;

    public bool InTreatmentPrior => TreatmentRow >= 0;
}
