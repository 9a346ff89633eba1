using System;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// Decides, for one child and one quarter, whether the child is in the KPI cohort and which row is kept
/// (kpi-rules §1.2, §13.2–§13.5, §13.16). Not thread-safe: it reuses one buffer for the qualifying rows.
/// </summary>
internal sealed class CohortBuilder
{
    /// <summary>KPI collection started on 1 April 2023 (kpi-rules §1.1).</summary>
    public static readonly int CollectionStart = Days.Of(new NodaTime.LocalDate(2023, 4, 1));

    private readonly CaseTable _table;
    private readonly CountingTables _counting;
    private CohortRow[] _qualifying = new CohortRow[8];

    public CohortBuilder(CaseTable table, CountingTables counting)
    {
        _table = table;
        _counting = counting;
    }

    /// <summary>The rows that qualified in the last <see cref="Decide"/> call.</summary>
    public ReadOnlySpan<CohortRow> Qualifying(in CohortDecision decision) => _qualifying.AsSpan(0, decision.QualifyingCount);

    /// <param name="child">The child index.</param>
    /// <param name="interventionRows">The child's intervention rows ending in the quarter (at least one).</param>
    /// <param name="definitions">The definition set (it decides the age reference date of a DTO licence).</param>
    public CohortDecision Decide(int child, ReadOnlySpan<int> interventionRows, DefinitionSet definitions)
    {
        var qualifying = 0;
        int furthest = 0, furthestIntervention = interventionRows[0], furthestOutcome = -1;
        var dob = _table.DateOfBirth[child];

        foreach (var ir in interventionRows)
        {
            ref readonly var intervention = ref _table.Interventions[ir];
            var stage = 1;
            if (intervention.End < CollectionStart)
            {
                Note(stage, ir, -1, ref furthest, ref furthestIntervention, ref furthestOutcome);
                continue;
            }

            stage = 2;
            if (!_counting.InterventionCounts(intervention.Disposal))
            {
                Note(stage, ir, -1, ref furthest, ref furthestIntervention, ref furthestOutcome);
                continue;
            }

            var anyLinked = false;
            for (var l = 0; l < intervention.LinkCount; l++)
            {
                var or = _table.InterventionLinks[intervention.FirstLink + l];
                if (or < 0)
                {
                    continue;
                }

                anyLinked = true;
                ref readonly var offence = ref _table.Offences[or];
                if (offence.OutcomeCount == 0)
                {
                    // No outcome: the loop below does not run.
                    Note(4, ir, -1, ref furthest, ref furthestIntervention, ref furthestOutcome);
                }

                for (var oc = offence.FirstOutcome; oc < offence.FirstOutcome + offence.OutcomeCount; oc++)
                {
                    ref readonly var outcome = ref _table.Outcomes[oc];
                    var type = _counting.OutcomeTypeOfOrder(outcome.Disposal);
                    var failed = type == 0 ? 4
                        : outcome.IsOverturned ? 5
                        : !outcome.IsResident ? 6
                        : !ChildAge.IsChildAt(dob, ChildAge.CohortReferenceDay(intervention, outcome.Date, definitions)) ? 7
                        : 0;
                    if (failed != 0)
                    {
                        Note(failed, ir, oc, ref furthest, ref furthestIntervention, ref furthestOutcome);
                        continue;
                    }

                    if (qualifying == _qualifying.Length)
                    {
                        Array.Resize(ref _qualifying, qualifying * 2);
                    }

                    _qualifying[qualifying++] = new CohortRow(child, ir, or, oc, type, intervention.Start, intervention.End, outcome.Date, intervention.Disposal);
                }
            }

            if (!anyLinked)
            {
                Note(3, ir, -1, ref furthest, ref furthestIntervention, ref furthestOutcome);
            }
        }

        if (qualifying == 0)
        {
            return new CohortDecision(false, default, 0, furthest, furthestIntervention, furthestOutcome);
        }

        var kept = 0;
        for (var i = 1; i < qualifying; i++)
        {
            if (IsBetter(_qualifying[i], _qualifying[kept]))
            {
                kept = i;
            }
        }

        return new CohortDecision(true, _qualifying[kept], qualifying, 0, -1, -1);
    }

    // Record the furthest any row got: "stage" is the order of the check it failed (1-7).
    private static void Note(int stage, int ir, int oc, ref int furthest, ref int fi, ref int foc)
    {
        if (stage > furthest)
        {
            furthest = stage;
            fi = ir;
            foc = oc;
        }
    }

    // kpi-rules §13.3: most serious type of order, then latest outcome date, then (only to be deterministic) the
    // latest intervention end and start, the smallest intervention id and the smallest offence id.
    private bool IsBetter(in CohortRow a, in CohortRow b)
    {
        var rankA = _counting.OutcomeRank(_table.Outcomes[a.Outcome].Disposal);
        var rankB = _counting.OutcomeRank(_table.Outcomes[b.Outcome].Disposal);
        if (rankA != rankB)
        {
            return rankA < rankB;
        }

        if (a.OutcomeDate != b.OutcomeDate)
        {
            return a.OutcomeDate > b.OutcomeDate;
        }

        if (a.End != b.End)
        {
            return a.End > b.End;
        }

        if (a.Start != b.Start)
        {
            return a.Start > b.Start;
        }

        var child = _table.Children[a.Child];
        var byIntervention = string.CompareOrdinal(
            child.Interventions[a.Intervention - _table.InterventionStart(a.Child)].Id.Value,
            child.Interventions[b.Intervention - _table.InterventionStart(b.Child)].Id.Value);
        if (byIntervention != 0)
        {
            return byIntervention < 0;
        }

        return string.CompareOrdinal(
            child.Offences[a.Offence - _table.OffenceStart(a.Child)].Id.Value,
            child.Offences[b.Offence - _table.OffenceStart(b.Child)].Id.Value) < 0;
    }
}
