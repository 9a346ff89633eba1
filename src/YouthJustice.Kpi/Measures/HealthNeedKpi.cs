using System;
using System.Collections.Generic;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The measures KPI 4 (mental health) and KPI 5 (substance misuse) share: need → offered → attending, judged per child
/// across all of the child's records by <see cref="HealthNeedRules"/> (kpi-rules §2.4, §2.5, §13.9). A subclass gives
/// the records, the intervention types and the wording.
/// </summary>
/// <remarks>
/// <para><b>Cohort</b>: children with an order ending in the quarter (kpi-rules §1.2).</para>
/// <para><b>Headline</b>, 2023 (v1): children with a need ÷ the cohort. 2024 (v8): children with a need who were in
/// treatment at the start or were offered one of the intervention types within the order ÷ children with a need.</para>
/// <para><b>Sub-measures</b> (ids <c>kpi{n}.{n}a</c> …): a need ÷ cohort; b in treatment at the start ÷ need; c offered
/// each type ÷ need, attending each type ÷ offered that type, offered but not attended ÷ offered any type; d = the
/// type-of-order split of a (every measure carries the split).</para>
/// </remarks>
[Source("YJB pipeline kpi4/kpi5 case level and long format v1/_v8 (kpi-rules §2.4, §2.5, §2.11, §13.9, S27)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", EffectiveFrom = "2023-04-01", Confidence = Confidence.High)]
internal abstract class HealthNeedKpi : CohortKpi
{
    public const int Headline = 0;
    public const int Need = 1;
    public const int InTreatmentAtStart = 2;
    public const int FirstOffered = 3;

    private readonly int[] _types;
    private readonly MeasureDefinition[] _measures;
    private readonly bool _withNoIntervention;

    /// <param name="area">The KPI.</param>
    /// <param name="need">What the need is about, for titles ("a mental health or emotional wellbeing need").</param>
    /// <param name="types">The counted intervention types: value, interchange name and label, in template order.</param>
    /// <param name="withNoIntervention">Whether to add the template's derived "no intervention" row (KPI 5).</param>
    protected HealthNeedKpi(KpiArea area, string need, IReadOnlyList<(int Value, string Name, string Label)> types, bool withNoIntervention)
    {
        if (types.Count > HealthNeedRules.MaxTypes)
        {
            throw new ArgumentOutOfRangeException(nameof(types), types.Count, "A health KPI counts at most four intervention types.");
        }

        Area = area;
        _withNoIntervention = withNoIntervention;
        _types = new int[types.Count];
        var n = area.PublicNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var prefix = "kpi" + n + "." + n;
        var list = new List<MeasureDefinition>
        {
            new("kpi" + n + ".headline", area.HeadlineLabel, MeasureUnit.Percent, area, true),
            new(prefix + "a.need", "Children with a screened or identified need: " + need + " (by type of order: sub-measure " + n + "d)", MeasureUnit.Percent, area, true),
            new(prefix + "b.inTreatmentAtStart", "Of children with " + need + ", those already in treatment or support at the start of the order", MeasureUnit.Percent, area, true),
        };
        for (var t = 0; t < types.Count; t++)
        {
            _types[t] = types[t].Value;
            list.Add(new(prefix + "c.offered." + types[t].Name, "Of children with " + need + ", those planned or offered: " + types[t].Label, MeasureUnit.Percent, area, true));
        }

        for (var t = 0; t < types.Count; t++)
        {
            list.Add(new(prefix + "c.attending." + types[t].Name, "Of children offered " + types[t].Label + ", those attending it", MeasureUnit.Percent, area, true));
        }

        list.Add(new(prefix + "c.offeredNotAttended", "Of children with " + need + " offered an intervention, those offered one they never started attending", MeasureUnit.Percent, area, true));
        if (withNoIntervention)
        {
            list.Add(new(prefix + "c.noIntervention", "Of children with " + need + ", those offered none of the intervention types (need − offered)", MeasureUnit.Percent, area, true));
        }

        _measures = [.. list];
    }

    public override KpiArea Area { get; }

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    /// <summary>The local measure number of "attending" for the first type.</summary>
    public int FirstAttending => FirstOffered + _types.Length;

    /// <summary>The local measure number of "offered but not attended".</summary>
    public int OfferedNotAttended => FirstOffered + (2 * _types.Length);

    /// <summary>The local measure number of the derived "no intervention" row, or -1.</summary>
    public int NoIntervention => _withNoIntervention ? OfferedNotAttended + 1 : -1;

    /// <summary>Which list of the case table the records are in (for explanations).</summary>
    protected abstract RecordKind Kind { get; }

    public override void Evaluate(in ChildContext child, MeasureSinkSlice sink)
    {
        var table = child.Table;
        var rows = RowsOf(table, child.Child);
        var offset = FirstRowOf(table, child.Child);
        var start = child.Row.Start;
        var end = child.Row.End;
        var withinOrder = child.Definitions.HealthOfferedWithinOrder;
        Span<int> offered = stackalloc int[HealthNeedRules.MaxTypes];
        Span<int> attending = stackalloc int[HealthNeedRules.MaxTypes];
        offered = offered[.._types.Length];
        attending = attending[.._types.Length];
        var findings = HealthNeedRules.Evaluate(rows, offset, start, end, withinOrder, _types, offered, attending);

        var noNeed = new Reason("no need: no record screened on or before {day} (the end of the order) and none in treatment at the start of the intervention", RecordKind.None, -1, end);
        if (!findings.HasNeed)
        {
            if (child.Definitions.HealthHeadlineIsNeedOverCohort)
            {
                sink.MetOrNot(Headline, false, noNeed);
            }
            else
            {
                sink.NotInDenominator(Headline, noNeed);
            }

            sink.MetOrNot(Need, false, noNeed);

            // Every other measure is "of children with a need": the child is in none of their denominators.
            for (var m = InTreatmentAtStart; m < _measures.Length; m++)
            {
                sink.NotInDenominator(m, noNeed);
            }

            return;
        }

        var needReason = findings.NeedRow == findings.TreatmentRow
            ? Treatment(findings.TreatmentRow, start)
            : new Reason("need identified: {record}, screened on {day}", Kind, findings.NeedRow, rows[findings.NeedRow - offset].Screened);
        RecordHeadline(child, sink, findings, needReason, start, end);
        sink.MetOrNot(Need, true, needReason);
        sink.MetOrNot(
            InTreatmentAtStart,
            findings.InTreatmentPrior,
            findings.InTreatmentPrior ? Treatment(findings.TreatmentRow, start) : new Reason("not in treatment or support on {day} (the start of the intervention)", RecordKind.None, -1, start));

        var firstOffered = -1;
        for (var t = 0; t < _types.Length; t++)
        {
            if (offered[t] >= 0 && (firstOffered < 0 || offered[t] < firstOffered))
            {
                firstOffered = offered[t];
            }

            RecordOffered(sink, t, offered[t], withinOrder, end);
            RecordAttending(sink, t, offered[t], attending[t], withinOrder, end);
        }

        if (firstOffered < 0)
        {
            sink.NotInDenominator(OfferedNotAttended, new Reason("not offered any of the intervention types by {day} (the end of the order)", RecordKind.None, -1, end));
        }
        else if (findings.NotAttendedRow >= 0)
        {
            sink.MetOrNot(OfferedNotAttended, true, new Reason("offered but attendance never started: {record}", Kind, findings.NotAttendedRow));
        }
        else
        {
            sink.MetOrNot(OfferedNotAttended, false, new Reason("no offer left without an attendance start (first offer: {record})", Kind, firstOffered));
        }

        if (_withNoIntervention)
        {
            sink.MetOrNot(NoIntervention, firstOffered < 0, firstOffered < 0
                ? new Reason("need identified but none of the intervention types offered by {day} (the end of the order)", RecordKind.None, -1, end)
                : new Reason("offered: {record}", Kind, firstOffered));
        }
    }

    /// <summary>The child's records of this KPI.</summary>
    protected abstract ReadOnlySpan<HealthRow> RowsOf(CaseTable table, int child);

    /// <summary>The global row of the child's first record of this KPI.</summary>
    protected abstract int FirstRowOf(CaseTable table, int child);

    private void RecordHeadline(in ChildContext child, MeasureSinkSlice sink, in HealthFindings findings, in Reason needReason, int start, int end)
    {
        if (child.Definitions.HealthHeadlineIsNeedOverCohort)
        {
            sink.MetOrNot(Headline, true, needReason);
        }
        else if (findings.InTreatmentPrior)
        {
            sink.Record(Headline, ChildMeasureStatus.Met, Treatment(findings.TreatmentRow, start));
        }
        else if (findings.OfferedWithinRow >= 0)
        {
            sink.Record(Headline, ChildMeasureStatus.Met, new Reason("offered within the order: {record}", Kind, findings.OfferedWithinRow));
        }
        else
        {
            sink.Record(Headline, ChildMeasureStatus.NotMet, new Reason("need identified ({record}) but no intervention offered between the start of the intervention and {day} (the end of the order), and not in treatment at the start", Kind, findings.NeedRow, end));
        }
    }

    private void RecordOffered(MeasureSinkSlice sink, int type, int offeredRow, bool withinOrder, int end)
    {
        if (offeredRow >= 0)
        {
            sink.MetOrNot(FirstOffered + type, true, new Reason("offered: {record}", Kind, offeredRow));
        }
        else if (withinOrder)
        {
            sink.MetOrNot(FirstOffered + type, false, new Reason("not offered this intervention type between the start of the intervention and {day} (the end of the order), nor in treatment with it at the start", RecordKind.None, -1, end));
        }
        else
        {
            sink.MetOrNot(FirstOffered + type, false, new Reason("not offered this intervention type on or before {day} (the end of the order) and on or after the screening", RecordKind.None, -1, end));
        }
    }

    private void RecordAttending(MeasureSinkSlice sink, int type, int offeredRow, int attendingRow, bool withinOrder, int end)
    {
        var measure = FirstAttending + type;
        if (offeredRow < 0)
        {
            sink.NotInDenominator(measure, new Reason("not offered this intervention type by {day} (the end of the order)", RecordKind.None, -1, end));
        }
        else if (attendingRow >= 0)
        {
            sink.MetOrNot(measure, true, new Reason("attending: {record}", Kind, attendingRow));
        }
        else if (withinOrder)
        {
            sink.MetOrNot(measure, false, new Reason("offered ({record}) but no attendance of this type started between the start of the intervention and {day} (the end of the order)", Kind, offeredRow, end));
        }
        else
        {
            sink.MetOrNot(measure, false, new Reason("offered ({record}) but no attendance of this type started on or before {day} (the end of the order) and on or after the screening and the offer", Kind, offeredRow, end));
        }
    }

    private Reason Treatment(int row, int start)
        => new("in treatment or support before the intervention started: {record}, still attending on {day}", Kind, row, start);
}
