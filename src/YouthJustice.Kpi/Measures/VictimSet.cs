using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 10's victims of a quarter: every victim record linked to an offence of a qualifying row of a cohort child, and
/// the distinct victims (by id, across the service) with their combined flags (kpi-rules §2.10, §13.14).
/// </summary>
internal sealed class VictimSet
{
    private readonly List<Record> _records;
    private readonly int[] _firstRecordOfMember;

    private VictimSet(List<int> masks, List<Record> records, int[] firstRecordOfMember)
    {
        Masks = masks;
        _records = records;
        _firstRecordOfMember = firstRecordOfMember;
    }

    /// <summary>Each distinct victim's combined flags (<see cref="VictimsKpi.OwnMask"/> of each of its records, any yes being yes).</summary>
    public List<int> Masks { get; }

    /// <summary>The counted victim records of one cohort member, one per victim (decision KS10).</summary>
    /// <param name="member">The member's index in the quarter's cohort.</param>
    /// <returns>Its records, in the child's record order.</returns>
    public ReadOnlySpan<Record> RecordsOf(int member)
        => CollectionsMarshal.AsSpan(_records)[_firstRecordOfMember[member].._firstRecordOfMember[member + 1]];

    /// <summary>Finds the victims of the quarter's cohort.</summary>
    /// <param name="context">The service, quarter and cohort.</param>
    /// <returns>The victims and their records, in cohort (child) order.</returns>
    public static VictimSet Of(ServiceContext context)
    {
        var table = context.Table;
        var cohort = context.Cohort;
        var index = new Dictionary<int, int>();
        var masks = new List<int>();
        var records = new List<Record>();
        var firstRecordOfMember = new int[cohort.MemberCount + 1];
        for (var member = 0; member < cohort.MemberCount; member++)
        {
            firstRecordOfMember[member] = records.Count;
            var child = cohort.Kept[member].Child;
            var rows = table.VictimsOf(child);
            if (rows.Length == 0)
            {
                continue;
            }

            var qualifying = cohort.QualifyingOf(member);
            var start = table.VictimStart(child);
            var firstOfChild = records.Count;
            for (var i = 0; i < rows.Length; i++)
            {
                if (!IsLinked(table, rows[i], qualifying))
                {
                    continue;
                }

                var key = table.VictimKeys[start + i];
                var isNew = !index.TryGetValue(key, out var victim);
                if (isNew)
                {
                    victim = masks.Count;
                    index.Add(key, victim);
                    masks.Add(0);
                }

                masks[victim] |= VictimsKpi.OwnMask(rows[i]);

                // One record per victim per child (decision KS10): a victim recorded twice for the same child is one
                // restorative-justice process, engaged when either record says so.
                var existing = records.FindIndex(firstOfChild, r => r.Victim == victim);
                if (existing < 0)
                {
                    records.Add(new Record(child, start + i, victim, isNew));
                }
                else if (rows[i].EngagedRj == 1 && table.Victims[records[existing].Row].EngagedRj != 1)
                {
                    records[existing] = records[existing] with { Row = start + i };
                }
            }
        }

        firstRecordOfMember[cohort.MemberCount] = records.Count;
        return new VictimSet(masks, records, firstRecordOfMember);
    }

    private static bool IsLinked(CaseTable table, in VictimRow victim, ReadOnlySpan<CohortRow> qualifying)
    {
        for (var l = 0; l < victim.LinkCount; l++)
        {
            var offence = table.VictimLinks[victim.FirstLink + l];
            if (offence < 0)
            {
                continue;
            }

            foreach (ref readonly var row in qualifying)
            {
                if (row.Offence == offence)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One counted victim record.</summary>
    /// <param name="Child">The child index.</param>
    /// <param name="Row">The global victim row.</param>
    /// <param name="Victim">The distinct victim's index in <see cref="Masks"/>.</param>
    /// <param name="FirstOfVictim">Whether this is the victim's first counted record in the service, the one on which a
    /// measure counting distinct victims counts it.</param>
    internal readonly record struct Record(int Child, int Row, int Victim, bool FirstOfVictim);
}
