using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.National;

/// <summary>
/// First-time entrants to the youth justice system, ESTIMATED from the service's case-level data. The official
/// measure counts children aged 10–17 receiving their first youth caution, youth conditional caution or court
/// sentence recorded on the Police National Computer; a service's own records cannot see a caution or sentence
/// given before the child came to it, so this figure is an estimate and is labelled so.
/// </summary>
/// <remarks>
/// <para><b>Counted</b> (kpi-rules §13.17): children whose earliest formal outcome in the data — a youth caution, a
/// youth conditional caution or a court sentence (<see cref="Domain.Disposals.Disposal.CountsAsFirstTimeEntry"/>),
/// not overturned on appeal — falls in the quarter, where that outcome was given to a child resident in the area
/// (a missing flag counts as resident) aged 10–17 on the outcome date. Counted as people: once per child.</para>
/// <para><b>Never an entry</b> (kpi-rules §3.1): community resolutions, no further action and Outcomes 20, 21 and 22
/// (with deferred prosecution). An outcome overturned on appeal is skipped, so the next formal outcome is then the
/// first. A child whose first formal outcome was given while resident elsewhere, or at 18 or over, entered the
/// system then: a later outcome is not a first entry (decision KN1). No date of birth: not counted.</para>
/// <para><b>Rate</b>: per 100,000 children aged 10–17, with the ONS estimate for the calendar year before the
/// financial year starts (the rule of KPI 9, kpi-rules §3.4, §13.13); no estimate → no value.</para>
/// <para>Ids: <c>fte.count</c>, <c>fte.ratePer100k</c>.</para>
/// </remarks>
[Source("MoJ/YJB Youth Justice Statistics, first time entrants from the PNC (kpi-rules §3.1, S10); PHOF B04 (Fingertips 10401, S32); YJB case-level approximation fte_redshift (S28); kpi-rules §13.17", Confidence = Confidence.Medium)]
internal sealed class FirstTimeEntrantsMeasure() : CountAndRateMeasure(
    new("fte.count", "First-time entrants (estimate from case-level data, not the PNC measure): children whose first youth caution, youth conditional caution or court sentence in the data is in the quarter", MeasureUnit.Count, null, false),
    new("fte.ratePer100k", "First-time entrants per 100,000 children aged 10 to 17 (estimate from case-level data, not the PNC measure)", MeasureUnit.Per100000, null, false))
{
    /// <summary>Where a child stands on first entry.</summary>
    internal enum Standing
    {
        /// <summary>No youth caution, YCC or court sentence in the data (overturned ones skipped).</summary>
        NoFormalOutcome,

        /// <summary>The first formal outcome makes the child a first-time entrant on its date.</summary>
        Entrant,

        /// <summary>The first formal outcome was given while the child lived in another area.</summary>
        ResidentElsewhere,

        /// <summary>No date of birth: the age on the first formal outcome is unknown.</summary>
        NoDateOfBirth,

        /// <summary>The child was not 10–17 on the first formal outcome.</summary>
        NotAChild,
    }

    protected override (int Count, Reason Reason) Evaluate(CaseTable table, int child, int from, int to, bool explain)
    {
        var entry = FirstEntry(table, child);
        var inQuarter = entry.Outcome >= 0 && Periods.IsWithin(entry.Day, from, to);
        var counted = inQuarter && entry.Standing == Standing.Entrant ? 1 : 0;
        if (!explain)
        {
            return (counted, default);
        }

        if (entry.Outcome < 0)
        {
            return (counted, new Reason("not a first-time entrant: no youth caution, youth conditional caution or court sentence in the data (a community resolution, no further action or Outcome 20, 21 or 22 never makes one; an outcome overturned on appeal is skipped)"));
        }

        if (!inQuarter)
        {
            return (counted, new Reason("not a first-time entrant in this quarter: the earliest formal outcome in the data is {record}", RecordKind.Outcome, entry.Outcome));
        }

        return (counted, entry.Standing switch
        {
            Standing.Entrant => new Reason("first-time entrant (estimate): the earliest youth caution, youth conditional caution or court sentence in the data is {record}, in the quarter", RecordKind.Outcome, entry.Outcome),
            Standing.ResidentElsewhere => new Reason("not counted: the earliest formal outcome in the data, {record}, was given while the child was resident in another area", RecordKind.Outcome, entry.Outcome),
            Standing.NoDateOfBirth => new Reason("not counted: no date of birth, so the age on the earliest formal outcome, {record}, is unknown", RecordKind.Outcome, entry.Outcome),
            _ => new Reason("not counted: the child was not aged 10 to 17 on {day}, the date of the earliest formal outcome, {record}", RecordKind.Outcome, entry.Outcome, entry.Day),
        });
    }

    /// <summary>
    /// The child's earliest formal outcome (not overturned on appeal) and whether it makes the child a first-time
    /// entrant. Of several on the earliest day, a resident one is preferred.
    /// </summary>
    internal static (int Outcome, int Day, Standing Standing) FirstEntry(CaseTable table, int child)
    {
        int best = -1, bestDay = Days.Open;
        var bestResident = false;
        var offences = table.OffencesOf(child);
        for (var o = 0; o < offences.Length; o++)
        {
            ref readonly var offence = ref offences[o];
            for (var oc = offence.FirstOutcome; oc < offence.FirstOutcome + offence.OutcomeCount; oc++)
            {
                ref readonly var outcome = ref table.Outcomes[oc];
                if (!NationalRules.IsFormal(outcome.Disposal) || outcome.IsOverturned)
                {
                    continue;
                }

                var resident = outcome.IsResident;
                if (outcome.Date < bestDay || (outcome.Date == bestDay && resident && !bestResident))
                {
                    best = oc;
                    bestDay = outcome.Date;
                    bestResident = resident;
                }
            }
        }

        if (best < 0)
        {
            return (-1, Days.None, Standing.NoFormalOutcome);
        }

        var dob = table.DateOfBirth[child];
        var standing = !bestResident ? Standing.ResidentElsewhere
            : dob == Days.None ? Standing.NoDateOfBirth
            : !ChildAge.IsChildAt(dob, bestDay) ? Standing.NotAChild
            : Standing.Entrant;
        return (best, bestDay, standing);
    }
}
