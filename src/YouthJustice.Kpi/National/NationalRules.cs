using System;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.National;

/// <summary>
/// The checks the three national indicators share, over the engine's rows: which outcomes are formal (a caution or
/// a conviction), which are custodial sentences and the latest date in a service's data.
/// </summary>
[Source("kpi-rules §1.2.3–§1.2.4, §3.1–§3.4, §13.5, §13.13, §13.17–§13.19", Confidence = Confidence.Medium)]
internal static class NationalRules
{
    private static readonly SmartEnumTable<bool> Formal = SmartEnumTable.Flags<Disposal>(d => d.CountsAsFirstTimeEntry);
    private static readonly SmartEnumTable<bool> CustodialSentence = SmartEnumTable.Flags<Disposal>(d => d.IsCustodial && !d.IsInterventionOnly);
    private static readonly SmartEnumTable<bool> CustodialIntervention = SmartEnumTable.Flags<Disposal>(d => d.IsCustodial && d != Disposal.DetentionAndTrainingOrderLicence);

    /// <summary>
    /// A youth caution, a youth conditional caution or a court sentence (<see cref="Disposal.CountsAsFirstTimeEntry"/>):
    /// what the PNC records as a caution or conviction. Community resolutions, no further action and Outcomes 20–22
    /// are not (kpi-rules §3.1).
    /// </summary>
    public static bool IsFormal(int disposal) => Formal[disposal];

    /// <summary>One of the six custodial sentences (DTO, s.250, s.252A, EDS, detention for life, DHMP) as a legal outcome.</summary>
    public static bool IsCustodialSentence(int disposal) => CustodialSentence[disposal];

    /// <summary>An intervention for the custodial part of a sentence: DTO custody, or a custodial sentence recorded as one intervention (every custodial disposal but the DTO licence).</summary>
    public static bool IsCustodialIntervention(int disposal) => CustodialIntervention[disposal];

    /// <summary>
    /// The day a custodial intervention releases the child (kpi-rules §3.2, "released from custody"; decision KN4): the
    /// release date recorded on it when it falls within the programme (interchange <c>releaseDate</c>, added in 0.1.0),
    /// else the programme's end, the end of the custodial part when the data give no release date.
    /// </summary>
    public static int ReleaseDay(in InterventionRow intervention)
        => HasRecordedRelease(intervention) ? intervention.Release : intervention.End;

    /// <summary>Whether the intervention records a release date within the programme (<see cref="ReleaseDay"/>).</summary>
    public static bool HasRecordedRelease(in InterventionRow intervention)
        => intervention.Release != Days.None && intervention.Release >= intervention.Start && intervention.Release <= intervention.End;

    /// <summary>
    /// The latest date present in the service's case records (interventions, offences, outcomes and first hearings,
    /// and every status and health record), or <see cref="Days.None"/> when there is none. Open ends are not dates.
    /// </summary>
    public static int LatestDay(CaseTable table)
    {
        var latest = LatestOfPeriods(table.Interventions, Days.None);
        foreach (ref readonly var r in table.Offences.AsSpan())
        {
            latest = Max(latest, r.OffenceDate, r.ArrestDate);
        }

        foreach (ref readonly var r in table.Outcomes.AsSpan())
        {
            latest = Max(latest, r.Date, r.FirstHearing);
        }

        latest = LatestOfPeriods(table.Accommodation, latest);
        latest = LatestOfPeriods(table.Ete, latest);
        latest = LatestOfPeriods(table.SendAln, latest);
        latest = LatestOfPeriods(table.Care, latest);
        latest = LatestHealth(table.MentalHealth, latest);
        return LatestHealth(table.SubstanceMisuse, latest);
    }

    private static int LatestOfPeriods<T>(T[] rows, int latest)
        where T : struct, IPeriodRow
    {
        foreach (ref readonly var r in rows.AsSpan())
        {
            latest = Max(latest, r.Start, r.End);
        }

        return latest;
    }

    private static int LatestHealth(HealthRow[] rows, int latest)
    {
        foreach (ref readonly var r in rows.AsSpan())
        {
            latest = Max(latest, r.Screened, r.Referred);
            latest = Max(latest, r.Offered, r.AttendedStart);
            latest = Max(latest, r.AttendedEnd, Days.None);
        }

        return latest;
    }

    private static int Max(int latest, int a, int b)
    {
        if (Days.IsSet(a) && a > latest)
        {
            latest = a;
        }

        if (Days.IsSet(b) && b > latest)
        {
            latest = b;
        }

        return latest;
    }
}
