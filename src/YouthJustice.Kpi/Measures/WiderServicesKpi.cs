using System;
using System.Collections.Generic;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// Wider services — public KPI 8 (table 7 of the YJB returns): the proportion of children supported by wider care
/// services (looked after, child protection plan, child in need, early help) during their order (2024), or at its end (2023).
/// </summary>
/// <remarks>
/// <para><b>Cohort</b> and <b>denominator</b>: every child with an order ending in the quarter (kpi-rules §1.2).</para>
/// <para><b>Numerator</b>: children holding a status that counts (<see cref="CareStatus.CountsForWiderServices"/>:
/// looked after, child protection plan, child in need, early help; kpi-rules §13.12). 2023 (v1): held at the end of the
/// order (record start ≤ order end and open or ending on/after it). 2024 (v8): held at any point during the order —
/// record start ≤ order end and open or ending on/after the window start, which is the intervention start, or for a
/// custodial sentence the day before custody began (kpi-rules §2.7, §13.6).</para>
/// <para><b>Sub-measures</b>: 8a each status at the start of the order; 8b each status during the order; 8c early help
/// referrals, open before the order started or made during it; 8d supported by type of order (the split of the
/// headline). Numbered 7a–7d in the YJB returns. The catalogue, <see cref="WiderServicesMeasures"/>, writes every id
/// out and gives 8a and 8b their statuses.</para>
/// </remarks>
[Source("YJB KPI pipeline kpi7_ws_v1 / _v8 and kpi7_map (wider services; return table 7, public KPI 8) (kpi-rules §0.3, §2.7, §2.11, §13.6, §13.12, S20)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", EffectiveFrom = "2023-04-01", Confidence = Confidence.High)]
internal sealed class WiderServicesKpi : CohortKpi
{
    // The catalogue first: the measures below are looked up in it, by what they declare.
    private static readonly WiderServicesMeasure[] Catalogue = WiderServicesMeasures.All;
    private static readonly int Headline = MeasureCatalogue.IndexOf(Catalogue, m => m.Rule == WiderServicesRule.Headline);

    /// <summary>8a, one measure per counted status.</summary>
    private static readonly int[] AtStart = MeasureCatalogue.IndicesOf(Catalogue, m => m.Rule == WiderServicesRule.AtStart);

    /// <summary>The statuses that count, in the catalogue's order (looked after, child protection plan, child in need, early help).</summary>
    private static readonly CareStatus[] Counted = Array.ConvertAll(AtStart, m => Catalogue[m].Status!);

    /// <summary>8b, in the order of <see cref="Counted"/>.</summary>
    private static readonly int[] During = Array.ConvertAll(Counted, s => MeasureCatalogue.IndexOf(Catalogue, m => m.Rule == WiderServicesRule.During && m.Status == s));

    private static readonly int OpenBeforeStart = MeasureCatalogue.IndexOf(Catalogue, m => m.Rule == WiderServicesRule.OpenToEarlyHelpBeforeStart);
    private static readonly int ReferredDuring = MeasureCatalogue.IndexOf(Catalogue, m => m.Rule == WiderServicesRule.ReferredToEarlyHelpDuring);

    /// <summary>Whether each status value counts.</summary>
    private static readonly SmartEnumTable<bool> Counts = SmartEnumTable.Flags<CareStatus>(s => s.CountsForWiderServices);

    private readonly MeasureDefinition[] _measures = Array.ConvertAll(Catalogue, m => new MeasureDefinition(m.Id, m.Title, MeasureUnit.Percent, KpiArea.WiderServices, true));

    public override KpiArea Area => KpiArea.WiderServices;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override void Evaluate(in ChildContext child, MeasureSinkSlice sink)
    {
        var rows = child.Table.CareOf(child.Child);
        var offset = child.Table.CareStart(child.Child);
        var end = child.Row.End;
        var orderStart = child.OrderStart;
        var windowStart = child.DuringWindowStart;

        RecordHeadline(child, sink, rows, offset, windowStart, end);

        for (var s = 0; s < Counted.Length; s++)
        {
            var status = Counted[s].Value;
            var atStart = -1;
            var during = -1;
            for (var i = 0; i < rows.Length; i++)
            {
                ref readonly var r = ref rows[i];
                if (r.Status != status)
                {
                    continue;
                }

                if (atStart < 0 && child.IsAtStart(r.Start, r.End))
                {
                    atStart = offset + i;
                }

                if (during < 0 && Periods.IsDuring(r.Start, r.End, windowStart, end))
                {
                    during = offset + i;
                }
            }

            sink.MetOrNot(AtStart[s], atStart >= 0, atStart >= 0
                ? child.IsAtStartThroughCustodyWindow(child.Table.Care[atStart].End)
                    ? new Reason(Reason.AtStartThroughCustodyWindow, RecordKind.CareStatus, atStart, orderStart - 1)
                    : new Reason("{record}, held on {day} (the start of the order)", RecordKind.CareStatus, atStart, orderStart)
                : new Reason("status not held on {day} (the start of the order)", RecordKind.None, -1, orderStart));
            sink.MetOrNot(During[s], during >= 0, during >= 0
                ? new Reason("{record}, held during the order (from {day} to its end)", RecordKind.CareStatus, during, windowStart)
                : new Reason("status not held during the order (from {day} to its end)", RecordKind.None, -1, windowStart));
        }

        RecordEarlyHelpReferrals(sink, rows, offset, orderStart, windowStart, end);
    }

    private static void RecordHeadline(in ChildContext child, MeasureSinkSlice sink, ReadOnlySpan<CareRow> rows, int offset, int windowStart, int end)
    {
        var atEndOnly = child.Definitions.WiderServicesAtEndOnly;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (!Counts[r.Status])
            {
                continue;
            }

            if (atEndOnly && Periods.IsAtEnd(r.Start, r.End, end))
            {
                sink.Record(Headline, ChildMeasureStatus.Met, new Reason("{record}, held on {day} (the end of the order)", RecordKind.CareStatus, offset + i, end));
                return;
            }

            if (!atEndOnly && Periods.IsDuring(r.Start, r.End, windowStart, end))
            {
                sink.Record(Headline, ChildMeasureStatus.Met, new Reason("{record}, held during the order (from {day} to its end)", RecordKind.CareStatus, offset + i, windowStart));
                return;
            }
        }

        sink.Record(Headline, ChildMeasureStatus.NotMet, atEndOnly
            ? new Reason("no looked-after, child protection, child in need or early help status held on {day} (the end of the order)", RecordKind.None, -1, end)
            : new Reason("no looked-after, child protection, child in need or early help status held during the order (from {day} to its end)", RecordKind.None, -1, windowStart));
    }

    // 8c: an early help referral relevant to the order (as "during") is "already open" when it started before the order
    // started (no start = before), otherwise "referred during the order".
    private static void RecordEarlyHelpReferrals(MeasureSinkSlice sink, ReadOnlySpan<CareRow> rows, int offset, int orderStart, int windowStart, int end)
    {
        var before = -1;
        var during = -1;
        var referral = CareStatus.EarlyHelpReferral.Value;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (r.Status != referral || !Periods.IsDuring(r.Start, r.End, windowStart, end))
            {
                continue;
            }

            if (r.Start < orderStart)
            {
                before = before < 0 ? offset + i : before;
            }
            else
            {
                during = during < 0 ? offset + i : during;
            }
        }

        sink.MetOrNot(OpenBeforeStart, before >= 0, before >= 0
            ? new Reason("{record}, started before the order started on {day}", RecordKind.CareStatus, before, orderStart)
            : new Reason("no early help referral open before the order started on {day}", RecordKind.None, -1, orderStart));
        sink.MetOrNot(ReferredDuring, during >= 0, during >= 0
            ? new Reason("{record}, referred on or after {day} (the start of the order)", RecordKind.CareStatus, during, orderStart)
            : new Reason("no early help referral made during the order (from {day})", RecordKind.None, -1, orderStart));
    }
}
