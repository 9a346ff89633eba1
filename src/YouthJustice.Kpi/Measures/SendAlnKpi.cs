using System;
using System.Collections.Generic;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 3 — SEND (England) / ALN (Wales): the proportion of children with an identified SEND/ALN need who have a
/// formal plan in place.
/// </summary>
/// <remarks>
/// <para><b>Cohort</b>: children with an order ending in the quarter (kpi-rules §1.2).</para>
/// <para><b>Denominator</b>: cohort children with an identified SEND/ALN need at the end of the order: any SEND/ALN
/// record present at the end (started on or before the order end, open or ending on or after it) with
/// <c>identified</c> true (kpi-rules §2.3, §13.8).</para>
/// <para><b>Numerator</b>: those with such a record that also has <c>formalPlan</c> true (§13.8).</para>
/// <para>The 2023/24 launch wording also required suitable ETE in the numerator; the computed headline (YJB pipeline v1
/// and v8 alike) does not: suitable ETE is a sub-measure here (kpi-rules §2.3, §2.11). Both definition sets compute
/// the same measures.</para>
/// <para><b>Sub-measures</b>: identified ÷ cohort (its type-of-order split is "identified by type of order");
/// identified and in suitable / unsuitable ETE at the end ÷ identified (KPI 2's status at the end,
/// <see cref="EteSuitability.AtEnd"/>); identified ÷ cohort children by ethnicity group, by age at the start (10–14,
/// 15–17, the cohort's age of kpi-rules §13.4) and by sex. The catalogue, <see cref="SendAlnMeasures"/>, writes every
/// id out.</para>
/// </remarks>
[Source("YJB KPI guidance, KPI 3 (gov.uk S1; launch wording S2); YJB pipeline kpi3_sendaln_case_level_v8 and KPI 3 template (kpi-rules §2.3, §13.8, S24–S25)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", EffectiveFrom = "2023-04-01")]
internal sealed class SendAlnKpi : CohortKpi
{
    // The catalogue first: the measures below are looked up in it, by what they declare.
    private static readonly SendAlnMeasure[] Catalogue = SendAlnMeasures.All;
    private static readonly int Headline = SendAlnMeasures.IndexOf(SendAlnRule.Headline);
    private static readonly int Identified = SendAlnMeasures.IndexOf(SendAlnRule.Identified);
    private static readonly int SuitableEteAtEnd = SendAlnMeasures.IndexOf(SendAlnRule.SuitableEteAtEnd);
    private static readonly int UnsuitableEteAtEnd = SendAlnMeasures.IndexOf(SendAlnRule.UnsuitableEteAtEnd);
    private static readonly int[] ByEthnicity = SendAlnMeasures.IndicesOf(SendAlnRule.IdentifiedByEthnicity);
    private static readonly int[] ByAge = SendAlnMeasures.IndicesOf(SendAlnRule.IdentifiedByAge);
    private static readonly int[] BySex = SendAlnMeasures.IndicesOf(SendAlnRule.IdentifiedBySex);

    /// <summary>The ethnicity groups in the catalogue's order, "information not obtainable" last.</summary>
    internal static readonly EthnicityGroup[] EthnicityGroups = Array.ConvertAll(ByEthnicity, m => Catalogue[m].Group!);

    /// <summary>The KPI demographic age bands (10–14, 15–17), in the catalogue's order.</summary>
    internal static readonly AgeBand[] AgeBands = Array.ConvertAll(ByAge, m => Catalogue[m].Band!);

    /// <summary>Male, female, not known, in the catalogue's order.</summary>
    internal static readonly Sex[] Sexes = Array.ConvertAll(BySex, m => Catalogue[m].Sex!);

    private readonly MeasureDefinition[] _measures = Array.ConvertAll(Catalogue, m => new MeasureDefinition(m.Id, m.Title, MeasureUnit.Percent, KpiArea.SendAln, true));

    public override KpiArea Area => KpiArea.SendAln;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override void Evaluate(in ChildContext child, MeasureSinkSlice sink)
    {
        var need = NeedAtEnd(child);
        var end = child.Row.End;

        RecordHeadline(sink, need, end);
        RecordIdentified(sink, Identified, need, end);
        RecordEte(child, sink, need);

        var table = child.Table;
        RecordByGroup(sink, ByEthnicity, IndexOf(EthnicityGroups, table.EthnicityGroup[child.Child]), need, end);
        RecordByGroup(sink, ByAge, AgeBandIndex(child), need, end);
        RecordByGroup(sink, BySex, IndexOf(Sexes, table.Sex[child.Child]), need, end);
    }

    /// <summary>
    /// The child's SEND/ALN standing at the end of the order (kpi-rules §13.8): the first record present at the end with
    /// a need identified, the first such record that also has a formal plan, and the first record present at all.
    /// </summary>
    internal static SendAtEnd NeedAtEnd(in ChildContext child)
    {
        var rows = child.Table.SendAlnOf(child.Child);
        var offset = child.Table.SendAlnStart(child.Child);
        int identified = -1, plan = -1, any = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (!Periods.IsAtEnd(r.Start, r.End, child.Row.End))
            {
                continue;
            }

            if (any < 0)
            {
                any = offset + i;
            }

            if (r.Identified != 1)
            {
                continue;
            }

            if (identified < 0)
            {
                identified = offset + i;
            }

            if (r.FormalPlan == 1 && plan < 0)
            {
                plan = offset + i;
            }
        }

        return new SendAtEnd(identified, plan, any);
    }

    private static void RecordHeadline(MeasureSinkSlice sink, in SendAtEnd need, int end)
    {
        if (need.IdentifiedRow < 0)
        {
            sink.NotInDenominator(Headline, need.AnyRow < 0
                ? new Reason("no SEND/ALN record open on {day} (the end of the order): no identified need", RecordKind.None, -1, end)
                : new Reason("no SEND/ALN record open on {day} (the end of the order) identifies a need: {record}", RecordKind.SendAln, need.AnyRow, end));
            return;
        }

        if (need.PlanRow >= 0)
        {
            sink.Record(Headline, ChildMeasureStatus.Met, new Reason("identified need with a formal plan: {record}, open on {day}", RecordKind.SendAln, need.PlanRow, end));
        }
        else
        {
            sink.Record(Headline, ChildMeasureStatus.NotMet, new Reason("identified need without a formal plan on any record open on {day}: {record}", RecordKind.SendAln, need.IdentifiedRow, end));
        }
    }

    private static void RecordIdentified(MeasureSinkSlice sink, int measure, in SendAtEnd need, int end)
    {
        if (need.IdentifiedRow >= 0)
        {
            sink.Record(measure, ChildMeasureStatus.Met, new Reason("identified SEND/ALN need: {record}, open on {day}", RecordKind.SendAln, need.IdentifiedRow, end));
        }
        else if (need.AnyRow >= 0)
        {
            sink.Record(measure, ChildMeasureStatus.NotMet, new Reason("no SEND/ALN record open on {day} identifies a need: {record}", RecordKind.SendAln, need.AnyRow, end));
        }
        else
        {
            sink.Record(measure, ChildMeasureStatus.NoData, new Reason("no SEND/ALN record open on {day} (the end of the order): denominator only", RecordKind.None, -1, end));
        }
    }

    // Identified need and in suitable / unsuitable ETE at the end: KPI 2's status at the end, one definition.
    private static void RecordEte(in ChildContext child, MeasureSinkSlice sink, in SendAtEnd need)
    {
        var end = child.Row.End;
        if (need.IdentifiedRow < 0)
        {
            var none = new Reason("no identified SEND/ALN need at the end of the order ({day})", RecordKind.None, -1, end);
            sink.NotInDenominator(SuitableEteAtEnd, none);
            sink.NotInDenominator(UnsuitableEteAtEnd, none);
            return;
        }

        var ete = EteSuitability.AtEnd(child);
        switch (ete.Kind)
        {
            case SuitabilityKind.Suitable:
            {
                var reason = new Reason("identified SEND/ALN need; suitable ETE at end: {record}, open on {day}", RecordKind.Ete, ete.DecidingRow, end);
                sink.Record(SuitableEteAtEnd, ChildMeasureStatus.Met, reason);
                sink.Record(UnsuitableEteAtEnd, ChildMeasureStatus.NotMet, reason);
                break;
            }

            case SuitabilityKind.Unsuitable:
            {
                var reason = new Reason("identified SEND/ALN need; unsuitable ETE at end: {record}, open on {day}", RecordKind.Ete, ete.DecidingRow, end);
                sink.Record(SuitableEteAtEnd, ChildMeasureStatus.NotMet, reason);
                sink.Record(UnsuitableEteAtEnd, ChildMeasureStatus.Met, reason);
                break;
            }

            default:
            {
                var reason = new Reason("identified SEND/ALN need; no ETE record with a suitability open on {day} (the end of the order): denominator only", RecordKind.None, -1, end);
                sink.Record(SuitableEteAtEnd, ChildMeasureStatus.NoData, reason);
                sink.Record(UnsuitableEteAtEnd, ChildMeasureStatus.NoData, reason);
                break;
            }
        }
    }

    // One demographic breakdown of "identified ÷ cohort": the child's own group counts them; every other group does not.
    // measures[g] is the measure of the breakdown's g-th group; mine is the child's group's position, -1 for none.
    private static void RecordByGroup(MeasureSinkSlice sink, int[] measures, int mine, in SendAtEnd need, int end)
    {
        for (var g = 0; g < measures.Length; g++)
        {
            if (g == mine)
            {
                RecordIdentified(sink, measures[g], need, end);
            }
            else
            {
                sink.NotInDenominator(measures[g], new Reason("not in this group", RecordKind.None, -1, Days.None));
            }
        }
    }

    // The cohort's age (kpi-rules §13.4): whole years on the intervention start, or under the 2024 definitions on the
    // outcome date for a DTO licence; every cohort child is 10-17 then, so exactly one band applies.
    private static int AgeBandIndex(in ChildContext child)
    {
        var day = ChildAge.CohortReferenceDay(child.Table.Interventions[child.Row.Intervention], child.Row.OutcomeDate, child.Definitions);
        var dob = child.Table.DateOfBirth[child.Child];
        if (dob == Days.None || day == Days.None || day < dob)
        {
            return -1;
        }

        var age = Age.On(Days.ToDate(dob), Days.ToDate(day));
        for (var b = 0; b < AgeBands.Length; b++)
        {
            if (AgeBands[b].Contains(age))
            {
                return b;
            }
        }

        return -1;
    }

    private static int IndexOf<T>(T[] values, T value)
        where T : class
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (ReferenceEquals(values[i], value))
            {
                return i;
            }
        }

        return -1;
    }
}
