using System;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The cohort of one quarter in engine form: every candidate child either a member (with its kept row and all its
/// qualifying rows) or excluded (with the decision that says why). Members and exclusions are in child order.
/// </summary>
internal sealed class QuarterCohort
{
    private QuarterCohort(ReportingQuarter quarter, DefinitionSet definitions, KpiProfile profile, CohortRow[] kept, int memberCount, CohortRow[] qualifying, int[] qualifyingOffset, (int Child, CohortDecision Decision)[] excluded, int excludedCount)
    {
        Quarter = quarter;
        Definitions = definitions;
        Profile = profile;
        Kept = kept;
        MemberCount = memberCount;
        QualifyingRows = qualifying;
        QualifyingOffset = qualifyingOffset;
        Excluded = excluded;
        ExcludedCount = excludedCount;
    }

    public ReportingQuarter Quarter { get; }

    public DefinitionSet Definitions { get; }

    /// <summary>The profile the cohort was built under; the cohort measures follow it too.</summary>
    public KpiProfile Profile { get; }

    public CohortRow[] Kept { get; }

    public int MemberCount { get; }

    public CohortRow[] QualifyingRows { get; }

    public int[] QualifyingOffset { get; }

    public (int Child, CohortDecision Decision)[] Excluded { get; }

    public int ExcludedCount { get; }

    public int CandidateCount => MemberCount + ExcludedCount;

    public ReadOnlySpan<CohortRow> QualifyingOf(int member)
        => QualifyingRows.AsSpan(QualifyingOffset[member], QualifyingOffset[member + 1] - QualifyingOffset[member]);

    /// <summary>The member index of a child, or -1 when the child is not a member.</summary>
    public int MemberIndexOf(int child)
    {
        int lo = 0, hi = MemberCount - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = Kept[mid].Child;
            if (c == child)
            {
                return mid;
            }

            if (c < child)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The exclusion decision of a child, or null when the child was not excluded.</summary>
    public CohortDecision? ExclusionOf(int child)
    {
        for (var i = 0; i < ExcludedCount; i++)
        {
            if (Excluded[i].Child == child)
            {
                return Excluded[i].Decision;
            }
        }

        return null;
    }

    public static QuarterCohort Build(CaseTable table, CountingTables counting, ReportingQuarter quarter, DefinitionSet definitions, KpiProfile? profile = null)
    {
        var chosen = profile ?? KpiProfile.Guidance;
        var builder = new CohortBuilder(table, counting, chosen);
        var rows = table.InterventionsEndingIn(quarter.Ordinal);

        // Upper bounds: at most one member or exclusion per intervention row.
        var kept = new CohortRow[rows.Length];
        var excluded = new (int, CohortDecision)[rows.Length];
        var qualifying = new CohortRow[Math.Max(rows.Length, 4)];
        var offsets = new int[rows.Length + 1];
        int members = 0, exclusions = 0, q = 0;

        var i = 0;
        while (i < rows.Length)
        {
            var child = table.InterventionChild[rows[i]];
            var j = i + 1;
            while (j < rows.Length && table.InterventionChild[rows[j]] == child)
            {
                j++;
            }

            var decision = builder.Decide(child, rows[i..j], definitions);
            if (decision.Included)
            {
                var mine = builder.Qualifying(decision);
                if (q + mine.Length > qualifying.Length)
                {
                    Array.Resize(ref qualifying, Math.Max(qualifying.Length * 2, q + mine.Length));
                }

                offsets[members] = q;
                mine.CopyTo(qualifying.AsSpan(q));
                q += mine.Length;
                kept[members++] = decision.Kept;
            }
            else
            {
                excluded[exclusions++] = (child, decision);
            }

            i = j;
        }

        offsets[members] = q;
        return new QuarterCohort(quarter, definitions, chosen, kept, members, qualifying, offsets, excluded, exclusions);
    }
}
