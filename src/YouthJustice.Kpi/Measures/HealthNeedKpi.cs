using System;
using System.Collections.Generic;
using System.Globalization;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The measures KPI 4 (mental health) and KPI 5 (substance misuse) share: need → offered → attending, judged per child
/// across all of the child's records by <see cref="HealthNeedRules"/> (kpi-rules §2.4, §2.5, §13.9). A subclass gives
/// the records and its catalogue (<see cref="MentalHealthMeasures"/>, <see cref="SubstanceMisuseMeasures"/>), which
/// writes every id out and names each measure's rule and intervention type.
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
    // The catalogue's positions, looked up once by what each measure declares.
    private readonly int _headline;
    private readonly int _need;
    private readonly int _inTreatmentAtStart;
    private readonly int[] _offered;
    private readonly int[] _attending;
    private readonly int _offeredNotAttended;
    private readonly int _noIntervention;

    /// <summary>The intervention type values of <see cref="_offered"/> and <see cref="_attending"/>, in the catalogue's order.</summary>
    private readonly int[] _types;
    private readonly MeasureDefinition[] _measures;

    /// <param name="area">The KPI.</param>
    /// <param name="catalogue">The KPI's catalogue (<see cref="MentalHealthMeasures"/>, <see cref="SubstanceMisuseMeasures"/>), in return order.</param>
    protected HealthNeedKpi(KpiArea area, HealthNeedMeasure[] catalogue)
    {
        Area = area;
        _measures = Array.ConvertAll(catalogue, m => new MeasureDefinition(m.Id, m.Title, MeasureUnit.Percent, area, true));
        _headline = MeasureCatalogue.IndexOf(catalogue, m => m.Rule == HealthNeedRule.Headline);
        _need = MeasureCatalogue.IndexOf(catalogue, m => m.Rule == HealthNeedRule.Need);
        _inTreatmentAtStart = MeasureCatalogue.IndexOf(catalogue, m => m.Rule == HealthNeedRule.InTreatmentAtStart);
        _offered = MeasureCatalogue.IndicesOf(catalogue, m => m.Rule == HealthNeedRule.Offered);
        if (_offered.Length > HealthNeedRules.MaxTypes)
        {
            throw new ArgumentOutOfRangeException(nameof(catalogue), _offered.Length, string.Create(CultureInfo.InvariantCulture, $"A health KPI counts at most {HealthNeedRules.MaxTypes} intervention types."));
        }

        _types = Array.ConvertAll(_offered, m => catalogue[m].Type);
        _attending = Array.ConvertAll(_types, type => MeasureCatalogue.IndexOf(catalogue, m => m.Rule == HealthNeedRule.Attending && m.Type == type));
        _offeredNotAttended = MeasureCatalogue.IndexOf(catalogue, m => m.Rule == HealthNeedRule.OfferedNotAttended);
        var noIntervention = MeasureCatalogue.IndicesOf(catalogue, m => m.Rule == HealthNeedRule.NoIntervention);
        _noIntervention = noIntervention.Length switch
        {
            0 => -1,
            1 => noIntervention[0],
            _ => throw new InvalidOperationException("A health KPI's catalogue declares at most one \"no intervention\" measure."),
        };
    }

    public override KpiArea Area { get; }

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

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
                sink.MetOrNot(_headline, false, noNeed);
            }
            else
            {
                sink.NotInDenominator(_headline, noNeed);
            }

            sink.MetOrNot(_need, false, noNeed);

            // Every other measure is "of children with a need": the child is in none of their denominators.
            for (var m = 0; m < _measures.Length; m++)
            {
                if (m != _headline && m != _need)
                {
                    sink.NotInDenominator(m, noNeed);
                }
            }

            return;
        }

        var needReason = findings.NeedRow == findings.TreatmentRow
            ? Treatment(findings.TreatmentRow, start)
            : new Reason("need identified: {record}, screened on {day}", Kind, findings.NeedRow, rows[findings.NeedRow - offset].Screened);
        RecordHeadline(child, sink, findings, needReason, start, end);
        sink.MetOrNot(_need, true, needReason);
        sink.MetOrNot(
            _inTreatmentAtStart,
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
            sink.NotInDenominator(_offeredNotAttended, new Reason("not offered any of the intervention types by {day} (the end of the order)", RecordKind.None, -1, end));
        }
        else if (findings.NotAttendedRow >= 0)
        {
            sink.MetOrNot(_offeredNotAttended, true, new Reason("offered but attendance never started: {record}", Kind, findings.NotAttendedRow));
        }
        else
        {
            sink.MetOrNot(_offeredNotAttended, false, new Reason("no offer left without an attendance start (first offer: {record})", Kind, firstOffered));
        }

        if (_noIntervention >= 0)
        {
            sink.MetOrNot(_noIntervention, firstOffered < 0, firstOffered < 0
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
            sink.MetOrNot(_headline, true, needReason);
        }
        else if (findings.InTreatmentPrior)
        {
            sink.Record(_headline, ChildMeasureStatus.Met, Treatment(findings.TreatmentRow, start));
        }
        else if (findings.OfferedWithinRow >= 0)
        {
            sink.Record(_headline, ChildMeasureStatus.Met, new Reason("offered within the order: {record}", Kind, findings.OfferedWithinRow));
        }
        else
        {
            sink.Record(_headline, ChildMeasureStatus.NotMet, new Reason("need identified ({record}) but no intervention offered between the start of the intervention and {day} (the end of the order), and not in treatment at the start", Kind, findings.NeedRow, end));
        }
    }

    private void RecordOffered(MeasureSinkSlice sink, int type, int offeredRow, bool withinOrder, int end)
    {
        if (offeredRow >= 0)
        {
            sink.MetOrNot(_offered[type], true, new Reason("offered: {record}", Kind, offeredRow));
        }
        else if (withinOrder)
        {
            sink.MetOrNot(_offered[type], false, new Reason("not offered this intervention type between the start of the intervention and {day} (the end of the order), nor in treatment with it at the start", RecordKind.None, -1, end));
        }
        else
        {
            sink.MetOrNot(_offered[type], false, new Reason("not offered this intervention type on or before {day} (the end of the order) and on or after the screening", RecordKind.None, -1, end));
        }
    }

    private void RecordAttending(MeasureSinkSlice sink, int type, int offeredRow, int attendingRow, bool withinOrder, int end)
    {
        var measure = _attending[type];
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
