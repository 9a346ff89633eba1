using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.National;

/// <summary>
/// Use of custody: custodial sentences given to children aged 10–17 in the quarter, and their rate per 1,000 children
/// aged 10–17 in the area.
/// </summary>
/// <remarks>
/// <para><b>Counted</b> (kpi-rules §3.3, §13.19): legal outcomes that are one of the six custodial sentences
/// (<see cref="Domain.Disposals.Disposal.IsCustodial"/>: detention and training order, s.250 detention, the special
/// sentence for terrorist offenders, extended sentence of detention, detention for life, detention during His
/// Majesty's pleasure) dated in the quarter, not overturned on appeal, given to a child resident in the area (a
/// missing flag counts as resident) aged 10–17 on the first hearing, or on the outcome date when no first hearing is
/// recorded. A YRO with intensive supervision and surveillance is not custodial.</para>
/// <para><b>Unit</b>: a sentencing occasion — one child sentenced to custody on one day, however many offences the
/// court sentenced then (one outcome row per offence in the case-level data), so that concurrent sentences for
/// several offences are one custodial sentence (decision KN3).</para>
/// <para><b>Rate</b>: per 1,000 children aged 10–17 with the ONS estimate for the calendar year before the financial
/// year starts (the rule of KPI 9); no estimate → no value.</para>
/// <para>Ids: <c>custody.count</c>, <c>custody.ratePer1000</c>.</para>
/// </remarks>
[Source("YJB national indicator, use of custody (kpi-rules §3.3 [M]; custodial outcomes from the YJB pipeline, S28 [H]); kpi-rules §13.19", Confidence = Confidence.Medium)]
internal sealed class UseOfCustodyMeasure() : CountAndRateMeasure(
    new("custody.count", "Custodial sentences given to children aged 10 to 17 in the quarter (one per child per sentencing day)", MeasureUnit.Count, null, false),
    new("custody.ratePer1000", "Custodial sentences per 1,000 children aged 10 to 17", MeasureUnit.Per1000, null, false))
{
    /// <summary>Why a custodial outcome in the quarter is or is not counted.</summary>
    internal enum Standing
    {
        /// <summary>Counted.</summary>
        Counted,

        /// <summary>Overturned on appeal.</summary>
        Overturned,

        /// <summary>Given while the child lived in another area.</summary>
        ResidentElsewhere,

        /// <summary>Not aged 10–17 at the first hearing (or the outcome date), or no date of birth.</summary>
        NotAChild,
    }

    protected override (int Count, Reason Reason) Evaluate(CaseTable table, int child, int from, int to, bool explain)
    {
        var occasions = Occasions(table, child, from, to, out var first);
        if (!explain)
        {
            return (occasions, default);
        }

        if (occasions > 0)
        {
            return (occasions, occasions == 1
                ? new Reason("custodial sentence in the quarter: {record}", RecordKind.Outcome, first)
                : new Reason("custodial sentences on more than one day in the quarter, the first {record}", RecordKind.Outcome, first));
        }

        for (var oc = FirstOutcomeRow(table, child); oc < EndOutcomeRow(table, child); oc++)
        {
            var standing = StandingOf(table, child, oc, from, to);
            if (standing is not null)
            {
                return (occasions, standing switch
                {
                    Standing.Overturned => new Reason("not counted: the custodial sentence {record} was overturned on appeal", RecordKind.Outcome, oc),
                    Standing.ResidentElsewhere => new Reason("not counted: the custodial sentence {record} was given while the child was resident in another area", RecordKind.Outcome, oc),
                    _ => new Reason("not counted: the child was not aged 10 to 17 at the first hearing (or, without one, the outcome date) of {record}", RecordKind.Outcome, oc),
                });
            }
        }

        return (occasions, new Reason("no custodial sentence dated in the quarter"));
    }

    /// <summary>The child's counted sentencing days in [from, to]; <paramref name="first"/> is the first counted outcome row, or -1.</summary>
    internal static int Occasions(CaseTable table, int child, int from, int to, out int first)
    {
        first = -1;
        var count = 0;
        var end = EndOutcomeRow(table, child);
        for (var oc = FirstOutcomeRow(table, child); oc < end; oc++)
        {
            if (StandingOf(table, child, oc, from, to) != Standing.Counted)
            {
                continue;
            }

            if (first < 0 || table.Outcomes[oc].Date < table.Outcomes[first].Date)
            {
                first = oc;
            }

            if (!CountedEarlierOnSameDay(table, child, oc, from, to))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Null when the outcome is not a custodial sentence dated in [from, to]; otherwise whether it counts.</summary>
    private static Standing? StandingOf(CaseTable table, int child, int oc, int from, int to)
    {
        ref readonly var outcome = ref table.Outcomes[oc];
        if (!NationalRules.IsCustodialSentence(outcome.Disposal) || !Periods.IsWithin(outcome.Date, from, to))
        {
            return null;
        }

        if (outcome.IsOverturned)
        {
            return Standing.Overturned;
        }

        if (!outcome.IsResident)
        {
            return Standing.ResidentElsewhere;
        }

        var ageDay = outcome.FirstHearing != Days.None ? outcome.FirstHearing : outcome.Date;
        return ChildAge.IsChildAt(table.DateOfBirth[child], ageDay) ? Standing.Counted : Standing.NotAChild;
    }

    private static bool CountedEarlierOnSameDay(CaseTable table, int child, int oc, int from, int to)
    {
        var day = table.Outcomes[oc].Date;
        for (var other = FirstOutcomeRow(table, child); other < oc; other++)
        {
            if (table.Outcomes[other].Date == day && StandingOf(table, child, other, from, to) == Standing.Counted)
            {
                return true;
            }
        }

        return false;
    }

    // A child's outcome rows are contiguous: from the first outcome of its first offence to the end of its last.
    private static int FirstOutcomeRow(CaseTable table, int child)
    {
        var offences = table.OffencesOf(child);
        return offences.Length == 0 ? 0 : offences[0].FirstOutcome;
    }

    private static int EndOutcomeRow(CaseTable table, int child)
    {
        var offences = table.OffencesOf(child);
        if (offences.Length == 0)
        {
            return 0;
        }

        ref readonly var last = ref offences[offences.Length - 1];
        return last.FirstOutcome + last.OutcomeCount;
    }
}
