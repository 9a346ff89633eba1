using System;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// Decides, for one child and one quarter, whether the child is in the KPI cohort and which row is kept
/// (kpi-rules §1.2, §13.2–§13.5, §13.16), under the guidance or, where its profile says so, as the YJB pipeline does
/// (yjaf-case-level §6.1, through <see cref="OutcomeChecks"/>). Not thread-safe: it reuses one buffer for the qualifying rows.
/// </summary>
internal sealed class CohortBuilder
{
    /// <summary>KPI collection started on 1 April 2023 (kpi-rules §1.1).</summary>
    public static readonly int CollectionStart = Days.Of(new NodaTime.LocalDate(2023, 4, 1));

    private readonly CaseTable _table;
    private readonly CountingTables _counting;
    private readonly KpiProfile _profile;
    private CohortRow[] _qualifying = new CohortRow[8];

    public CohortBuilder(CaseTable table, CountingTables counting, KpiProfile? profile = null)
    {
        _table = table;
        _counting = counting;
        _profile = profile ?? KpiProfile.Guidance;
    }

    /// <summary>The rows that qualified in the last <see cref="Decide"/> call.</summary>
    public ReadOnlySpan<CohortRow> Qualifying(in CohortDecision decision) => _qualifying.AsSpan(0, decision.QualifyingCount);

    /// <param name="child">The child index.</param>
    /// <param name="interventionRows">The child's intervention rows ending in the quarter (at least one).</param>
    /// <param name="definitions">The definition set (it decides the age reference date of a DTO licence).</param>
    public CohortDecision Decide(int child, ReadOnlySpan<int> interventionRows, DefinitionSet definitions)
    {
        var qualifying = 0;
        ExclusionReason? furthest = null;
        int furthestIntervention = interventionRows[0], furthestOutcome = -1;
        var dob = _table.DateOfBirth[child];

        foreach (var ir in interventionRows)
        {
            ref readonly var intervention = ref _table.Interventions[ir];
            if (intervention.End < CollectionStart)
            {
                Note(ExclusionReason.EndedBeforeCollection, ir, -1, ref furthest, ref furthestIntervention, ref furthestOutcome);
                continue;
            }

            if (!_counting.InterventionCounts(intervention.Disposal))
            {
                Note(ExclusionReason.DisposalNotCounted, ir, -1, ref furthest, ref furthestIntervention, ref furthestOutcome);
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
                    Note(ExclusionReason.OutcomeNotCounted, ir, -1, ref furthest, ref furthestIntervention, ref furthestOutcome);
                }

                for (var oc = offence.FirstOutcome; oc < offence.FirstOutcome + offence.OutcomeCount; oc++)
                {
                    ref readonly var outcome = ref _table.Outcomes[oc];
                    var type = _counting.OutcomeTypeOfOrder(outcome.Disposal);
                    var failed = type == 0 ? ExclusionReason.OutcomeNotCounted
                        : ReasonOf(OutcomeChecks.AppealAndResidence(outcome, _profile))
                          ?? (!ChildAge.IsChildAt(dob, ChildAge.CohortReferenceDay(intervention, outcome.Date, definitions)) ? ExclusionReason.AgeOutsideRange : null);
                    if (failed is not null)
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
                Note(ExclusionReason.NoLinkedOffence, ir, -1, ref furthest, ref furthestIntervention, ref furthestOutcome);
            }
        }

        if (qualifying == 0)
        {
            return new CohortDecision(false, default, 0, furthest!.Value, furthestIntervention, furthestOutcome);
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

    // Record the furthest any row got, by the position of the check it failed (the first row to reach a position keeps it).
    private static void Note(ExclusionReason failed, int ir, int oc, ref ExclusionReason? furthest, ref int fi, ref int foc)
    {
        if (furthest is null || failed.Order > furthest.Order)
        {
            furthest = failed;
            fi = ir;
            foc = oc;
        }
    }

    private static ExclusionReason? ReasonOf(OutcomeCheck check) => check switch
    {
        OutcomeCheck.Overturned => ExclusionReason.OverturnedOnAppeal,
        OutcomeCheck.AppealStatusNotRecorded => ExclusionReason.AppealStatusNotRecorded,
        OutcomeCheck.NotResident => ExclusionReason.ResidentInAnotherArea,
        OutcomeCheck.ResidenceNotRecorded => ExclusionReason.ResidenceNotRecorded,
        _ => null,
    };

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

        var byIntervention = string.CompareOrdinal(_table.InterventionIds[a.Intervention].Value, _table.InterventionIds[b.Intervention].Value);
        if (byIntervention != 0)
        {
            return byIntervention < 0;
        }

        return string.CompareOrdinal(_table.OffenceIds[a.Offence].Value, _table.OffenceIds[b.Offence].Value) < 0;
    }
}
