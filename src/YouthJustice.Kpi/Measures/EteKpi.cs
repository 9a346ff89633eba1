using System;
using System.Collections.Generic;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 2 — Education, training and employment: the proportion of children in suitable ETE at the end of their order.
/// </summary>
/// <remarks>
/// <para><b>Cohort</b>: children with an order ending in the quarter (kpi-rules §1.2).</para>
/// <para><b>Denominator</b>: every cohort child; a child with no ETE record with a suitability at the end stays in the
/// denominator, in neither the suitable nor the unsuitable numerator (kpi-rules §1.4).</para>
/// <para><b>Numerator</b>: children whose every ETE record with a suitability at the end of the order is Suitable. A
/// record with no suitability is ignored; Unknown counts as unsuitable; suitability is the practitioner's judgement and
/// is never derived from hours or provision (kpi-rules §2.2, §13.7).</para>
/// <para><b>Sub-measures</b> (pipeline v8 numbering, S26; the catalogue, <see cref="EteMeasures"/>, writes every id
/// out): 2a suitable/unsuitable at start and at end and the change between them; 2b suitable/unsuitable by school
/// age / above school age at each point (÷ children in that age group then); 2c hours offered full time / part time (≥ 25 a week at school age, ≥ 16 above it; hours summed over every ETE
/// record present); 2d suitable ETE by type of provision (a mainstream school place counts as school full time or part
/// time by the hours attended on it); 2e hours-attended band ÷ hours-offered band; 2f every measure by type of order;
/// custody on release: suitable/unsuitable ETE on the release day ÷ custodial children released by the end of their
/// order, and by school age on that day (<see cref="CustodyRelease"/>, kpi-rules §1.3, decision K7-1).</para>
/// <para><b>Definition sets</b>: the headline is the same under both (kpi-rules §2.11); the sub-measures, which v8
/// added, are computed under both (decision KE1).</para>
/// <para>"At start" is the custody start for a custodial order (<see cref="ChildContext.OrderStart"/>); school age is
/// judged on the same two days with <see cref="CompulsorySchoolAge"/> (Education Act 1996 s.8).</para>
/// </remarks>
[Source("YJB KPI guidance, KPI 2 (gov.uk S1); YJB pipeline kpi2_ete_case_level(_v8), kpi2_ete_summary and KPI 2 template (kpi-rules §2.2, S24–S26)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", EffectiveFrom = "2023-04-01")]
[Source("Compulsory school age for the school-age split: Education Act 1996 s.8 (kpi-rules §2.2 [L], domain-rules §3.1)", Url = "https://legislation.gov.uk/ukpga/1996/56/section/8", Confidence = Confidence.Medium)]
internal sealed class EteKpi : CohortKpi
{
    /// <summary>Full time offered at compulsory school age: 25 hours a week or more (kpi-rules §2.2).</summary>
    public const decimal SchoolAgeFullTimeHours = 25m;

    /// <summary>Full time offered above compulsory school age: 16 hours a week or more (kpi-rules §2.2).</summary>
    public const decimal AboveSchoolAgeFullTimeHours = 16m;

    // Reporting bands (kpi-rules §2.2): 1-15 = more than 0 and below 16, 16-24 = 16 to below 25, 25plus = 25 or more.

    /// <summary>The band of 1 to 15 hours a week (more than 0 and below <see cref="SecondBandFrom"/>).</summary>
    internal const int Band1To15 = 0;

    /// <summary>The band of 16 to 24 hours a week (<see cref="SecondBandFrom"/> to below <see cref="ThirdBandFrom"/>).</summary>
    internal const int Band16To24 = 1;

    /// <summary>The band of 25 hours a week or more (<see cref="ThirdBandFrom"/> or more).</summary>
    internal const int Band25Plus = 2;

    /// <summary>Where the second reporting band starts: 16 hours a week.</summary>
    internal const decimal SecondBandFrom = 16m;

    /// <summary>Where the third reporting band starts: 25 hours a week.</summary>
    internal const decimal ThirdBandFrom = 25m;

    /// <summary>The provisions in interchange order, <see cref="EteProvision.None"/> last.</summary>
    internal static readonly EteProvision[] Provisions = SmartEnumTable.Ordered<EteProvision>(p => p == EteProvision.None ? int.MaxValue : p.Value);

    private static readonly string SchoolAgeFullTimeReason = "of compulsory school age on {day}; hours offered a week, summed over the ETE records open then, reach " + EteMeasures.Hours(SchoolAgeFullTimeHours) + ": full time (first record: {record})";
    private static readonly string AboveSchoolAgeFullTimeReason = "above compulsory school age on {day}; hours offered a week, summed over the ETE records open then, reach " + EteMeasures.Hours(AboveSchoolAgeFullTimeHours) + ": full time (first record: {record})";
    private static readonly string SchoolAgePartTimeReason = "of compulsory school age on {day}; hours offered a week, summed over the ETE records open then, are above 0 and below " + EteMeasures.Hours(SchoolAgeFullTimeHours) + ": part time (first record: {record})";
    private static readonly string AboveSchoolAgePartTimeReason = "above compulsory school age on {day}; hours offered a week, summed over the ETE records open then, are above 0 and below " + EteMeasures.Hours(AboveSchoolAgeFullTimeHours) + ": part time (first record: {record})";

    private static readonly int ProvisionSlots = SmartEnumTable.Size<EteProvision>();

    // The catalogue first: the measures below are looked up in it, by what they declare.
    private static readonly EteMeasure[] Catalogue = EteMeasures.All;
    private static readonly int Headline = EteMeasures.IndexOf(EteRule.Headline);
    private static readonly int UnsuitableToSuitable = EteMeasures.IndexOf(EteRule.UnsuitableToSuitable);
    private static readonly int SuitableToUnsuitable = EteMeasures.IndexOf(EteRule.SuitableToUnsuitable);
    private static readonly PointMeasures AtStart = new(OrderPoint.Start);
    private static readonly PointMeasures AtEnd = new(OrderPoint.End);
    private static readonly int SuitableOnRelease = EteMeasures.IndexOf(EteRule.SuitableOnRelease);
    private static readonly int UnsuitableOnRelease = EteMeasures.IndexOf(EteRule.UnsuitableOnRelease);
    private static readonly int SchoolAgeSuitableOnRelease = EteMeasures.IndexOf(EteRule.SuitableOnRelease, schoolAge: true);
    private static readonly int SchoolAgeUnsuitableOnRelease = EteMeasures.IndexOf(EteRule.UnsuitableOnRelease, schoolAge: true);
    private static readonly int AboveSchoolAgeSuitableOnRelease = EteMeasures.IndexOf(EteRule.SuitableOnRelease, schoolAge: false);
    private static readonly int AboveSchoolAgeUnsuitableOnRelease = EteMeasures.IndexOf(EteRule.UnsuitableOnRelease, schoolAge: false);

    private readonly MeasureDefinition[] _measures = Array.ConvertAll(Catalogue, m => new MeasureDefinition(m.Id, m.Title, MeasureUnit.Percent, KpiArea.Ete, true));

    public override KpiArea Area => KpiArea.Ete;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override void Evaluate(in ChildContext child, MeasureSinkSlice sink)
    {
        var schoolAgeEnd = child.Table.SchoolAgeEnd[child.Child];
        var start = Facts(child, child.OrderStart, ReadPoint.Start, schoolAgeEnd);
        var end = Facts(child, child.Row.End, ReadPoint.End, schoolAgeEnd);

        RecordHeadline(sink, end);
        RecordPair(sink, AtStart, start, AtStartThroughCustodyWindow(child, start));
        RecordPair(sink, AtEnd, end, throughCustodyWindow: false);
        RecordChange(sink, start, end);
        RecordByAge(sink, AtStart, start);
        RecordByAge(sink, AtEnd, end);
        RecordOffered(sink, AtStart, start);
        RecordOffered(sink, AtEnd, end);
        RecordByProvision(child, sink, AtStart, start, ReadPoint.Start);
        RecordByProvision(child, sink, AtEnd, end, ReadPoint.End);
        RecordBands(sink, AtStart, start);
        RecordBands(sink, AtEnd, end);
        RecordOnRelease(child, sink, schoolAgeEnd);
    }

    // Custody on release (kpi-rules §1.3: custody's _release, split _school_/_above_; decision K7-1).
    private static void RecordOnRelease(in ChildContext child, MeasureSinkSlice sink, int schoolAgeEnd)
    {
        var (kind, day) = CustodyRelease.Of(child);
        if (kind != ReleaseKind.Released)
        {
            var reason = kind switch
            {
                ReleaseKind.NotCustodial => new Reason("the type of order is not custodial: not in the custody on-release rows"),
                ReleaseKind.NoReleaseDate => new Reason("custodial, but no release date: {record} is not a DTO licence and records no release date, so not in the on-release denominator", RecordKind.Intervention, child.Row.Intervention),
                _ => new Reason("custodial, but released on {day}, after the end of the order ({record}): not in the on-release denominator", RecordKind.Intervention, child.Row.Intervention, day),
            };
            sink.NotInDenominator(SuitableOnRelease, reason);
            sink.NotInDenominator(UnsuitableOnRelease, reason);
            sink.NotInDenominator(SchoolAgeSuitableOnRelease, reason);
            sink.NotInDenominator(SchoolAgeUnsuitableOnRelease, reason);
            sink.NotInDenominator(AboveSchoolAgeSuitableOnRelease, reason);
            sink.NotInDenominator(AboveSchoolAgeUnsuitableOnRelease, reason);
            return;
        }

        var schoolAge = SchoolAgeDays.IsSchoolAge(schoolAgeEnd, day);
        var (mineSuitable, mineUnsuitable, otherSuitable, otherUnsuitable) = schoolAge
            ? (SchoolAgeSuitableOnRelease, SchoolAgeUnsuitableOnRelease, AboveSchoolAgeSuitableOnRelease, AboveSchoolAgeUnsuitableOnRelease)
            : (AboveSchoolAgeSuitableOnRelease, AboveSchoolAgeUnsuitableOnRelease, SchoolAgeSuitableOnRelease, SchoolAgeUnsuitableOnRelease);
        var notOther = schoolAge
            ? new Reason("of compulsory school age on {day}, the release from custody: not in the above-school-age group", RecordKind.None, -1, day)
            : new Reason("above compulsory school age on {day}, the release from custody: not in the school-age group", RecordKind.None, -1, day);
        sink.NotInDenominator(otherSuitable, notOther);
        sink.NotInDenominator(otherUnsuitable, notOther);

        var status = EteSuitability.At(child, day, ReadPoint.Release);
        Reason on;
        switch (status.Kind)
        {
            case SuitabilityKind.Suitable:
                on = new Reason("released from custody on {day}; suitable ETE: {record}", RecordKind.Ete, status.DecidingRow, day);
                break;
            case SuitabilityKind.Unsuitable:
                on = new Reason("released from custody on {day}; unsuitable ETE: {record}", RecordKind.Ete, status.DecidingRow, day);
                break;
            default:
            {
                var none = new Reason("released from custody on {day}; no ETE record with a suitability open then: denominator only", RecordKind.None, -1, day);
                sink.Record(SuitableOnRelease, ChildMeasureStatus.NoData, none);
                sink.Record(UnsuitableOnRelease, ChildMeasureStatus.NoData, none);
                sink.Record(mineSuitable, ChildMeasureStatus.NoData, none);
                sink.Record(mineUnsuitable, ChildMeasureStatus.NoData, none);
                return;
            }
        }

        var suitable = status.Kind == SuitabilityKind.Suitable;
        sink.MetOrNot(SuitableOnRelease, suitable, on);
        sink.MetOrNot(UnsuitableOnRelease, !suitable, on);
        sink.MetOrNot(mineSuitable, suitable, on);
        sink.MetOrNot(mineUnsuitable, !suitable, on);
    }

    /// <summary>How hours a week count for full time (kpi-rules §2.2): 0 or none = no hours; at or over the age group's threshold = full time; otherwise part time.</summary>
    internal static HoursKind Classify(decimal hours, bool schoolAge)
        => hours <= 0m ? HoursKind.None
            : hours >= (schoolAge ? SchoolAgeFullTimeHours : AboveSchoolAgeFullTimeHours) ? HoursKind.FullTime
            : HoursKind.PartTime;

    /// <summary>The reporting band of hours a week (kpi-rules §2.2): -1 for none, 0 = 1-15, 1 = 16-24, 2 = 25plus.</summary>
    internal static int BandOf(decimal hours)
        => hours <= 0m ? -1 : hours < SecondBandFrom ? Band1To15 : hours < ThirdBandFrom ? Band16To24 : Band25Plus;

    /// <summary>
    /// The provision a record is reported under at a point (2d): its own, except that a mainstream school place counts
    /// as school full time when the hours attended on it reach the age group's full-time threshold and as school part
    /// time when they are above 0 and below it (kpi-rules §2.2); with no hours attended recorded it stays mainstream
    /// school.
    /// </summary>
    internal static int ReportedProvision(in EteRow row, bool schoolAge)
    {
        if (row.Provision != EteProvision.MainstreamSchool.Value)
        {
            return row.Provision;
        }

        return Classify(row.HoursAttended, schoolAge) switch
        {
            HoursKind.FullTime => EteProvision.SchoolFullTime.Value,
            HoursKind.PartTime => EteProvision.SchoolPartTime.Value,
            _ => EteProvision.MainstreamSchool.Value,
        };
    }

    private static PointFacts Facts(in ChildContext child, int day, ReadPoint readAt, int schoolAgeEnd)
    {
        var rows = child.Table.EteOf(child.Child);
        var offset = child.Table.EteStart(child.Child);
        decimal offered = 0m, attended = 0m;
        var firstPresent = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (!EteSuitability.IsPresent(child, r, day, readAt))
            {
                continue;
            }

            if (firstPresent < 0)
            {
                firstPresent = offset + i;
            }

            // Hours not recorded are held as -1 in the row; they add nothing.
            offered += Math.Max(r.HoursOffered, 0m);
            attended += Math.Max(r.HoursAttended, 0m);
        }

        return new PointFacts(day, SchoolAgeDays.IsSchoolAge(schoolAgeEnd, day), EteSuitability.At(child, day, readAt), offered, attended, firstPresent);
    }

    private static void RecordHeadline(MeasureSinkSlice sink, in PointFacts end)
    {
        switch (end.Status.Kind)
        {
            case SuitabilityKind.Suitable:
                sink.Record(Headline, ChildMeasureStatus.Met, new Reason("suitable ETE at end: {record}, open on {day}", RecordKind.Ete, end.Status.DecidingRow, end.Day));
                break;
            case SuitabilityKind.Unsuitable:
                sink.Record(Headline, ChildMeasureStatus.NotMet, new Reason("unsuitable ETE at end: {record}, open on {day}", RecordKind.Ete, end.Status.DecidingRow, end.Day));
                break;
            default:
                sink.Record(Headline, ChildMeasureStatus.NoData, new Reason("no ETE record with a suitability open on {day} (the end of the order): denominator only", RecordKind.None, -1, end.Day));
                break;
        }
    }

    private static bool AtStartThroughCustodyWindow(in ChildContext child, in PointFacts start)
        => start.Status.Kind != SuitabilityKind.NoData && child.IsAtStartThroughCustodyWindow(child.Table.Ete[start.Status.DecidingRow].End);

    private static void RecordPair(MeasureSinkSlice sink, PointMeasures measures, in PointFacts point, bool throughCustodyWindow)
    {
        var (suitable, unsuitable) = (measures.Suitable, measures.Unsuitable);
        if (point.Status.Kind == SuitabilityKind.NoData)
        {
            var none = new Reason("no ETE record with a suitability open on {day}: denominator only", RecordKind.None, -1, point.Day);
            sink.Record(suitable, ChildMeasureStatus.NoData, none);
            sink.Record(unsuitable, ChildMeasureStatus.NoData, none);
            return;
        }

        var reason = throughCustodyWindow
            ? new Reason(Reason.AtStartThroughCustodyWindow, RecordKind.Ete, point.Status.DecidingRow, point.Day - 1)
            : point.Status.Kind == SuitabilityKind.Suitable
                ? new Reason("suitable ETE: {record}, open on {day}", RecordKind.Ete, point.Status.DecidingRow, point.Day)
                : new Reason("unsuitable ETE: {record}, open on {day}", RecordKind.Ete, point.Status.DecidingRow, point.Day);
        sink.MetOrNot(suitable, point.Status.Kind == SuitabilityKind.Suitable, reason);
        sink.MetOrNot(unsuitable, point.Status.Kind == SuitabilityKind.Unsuitable, reason);
    }

    // 2a change: of the children unsuitable (suitable) at the start, those suitable (unsuitable) at the end.
    private static void RecordChange(MeasureSinkSlice sink, in PointFacts start, in PointFacts end)
    {
        var endRow = end.Status.DecidingRow;
        switch (start.Status.Kind)
        {
            case SuitabilityKind.Unsuitable:
                sink.NotInDenominator(SuitableToUnsuitable, new Reason("not in suitable ETE at the start of the order: {record}, open on {day}", RecordKind.Ete, start.Status.DecidingRow, start.Day));
                switch (end.Status.Kind)
                {
                    case SuitabilityKind.Suitable:
                        sink.Record(UnsuitableToSuitable, ChildMeasureStatus.Met, new Reason("unsuitable ETE at the start, suitable at the end: {record}, open on {day}", RecordKind.Ete, endRow, end.Day));
                        break;
                    case SuitabilityKind.Unsuitable:
                        sink.Record(UnsuitableToSuitable, ChildMeasureStatus.NotMet, new Reason("unsuitable ETE at the start and at the end: {record}, open on {day}", RecordKind.Ete, endRow, end.Day));
                        break;
                    default:
                        sink.Record(UnsuitableToSuitable, ChildMeasureStatus.NoData, new Reason("unsuitable ETE at the start; no ETE record with a suitability open on {day} (the end of the order): denominator only", RecordKind.None, -1, end.Day));
                        break;
                }

                break;
            case SuitabilityKind.Suitable:
                sink.NotInDenominator(UnsuitableToSuitable, new Reason("not in unsuitable ETE at the start of the order: {record}, open on {day}", RecordKind.Ete, start.Status.DecidingRow, start.Day));
                switch (end.Status.Kind)
                {
                    case SuitabilityKind.Unsuitable:
                        sink.Record(SuitableToUnsuitable, ChildMeasureStatus.Met, new Reason("suitable ETE at the start, unsuitable at the end: {record}, open on {day}", RecordKind.Ete, endRow, end.Day));
                        break;
                    case SuitabilityKind.Suitable:
                        sink.Record(SuitableToUnsuitable, ChildMeasureStatus.NotMet, new Reason("suitable ETE at the start and at the end: {record}, open on {day}", RecordKind.Ete, endRow, end.Day));
                        break;
                    default:
                        sink.Record(SuitableToUnsuitable, ChildMeasureStatus.NoData, new Reason("suitable ETE at the start; no ETE record with a suitability open on {day} (the end of the order): denominator only", RecordKind.None, -1, end.Day));
                        break;
                }

                break;
            default:
            {
                var none = new Reason("no ETE record with a suitability open on {day} (the start of the order): not in either change measure", RecordKind.None, -1, start.Day);
                sink.NotInDenominator(UnsuitableToSuitable, none);
                sink.NotInDenominator(SuitableToUnsuitable, none);
                break;
            }
        }
    }

    // 2b: suitable / unsuitable within the child's age group at the point; the other group's pair is not theirs.
    private static void RecordByAge(MeasureSinkSlice sink, PointMeasures measures, in PointFacts point)
    {
        var (mine, other) = measures.GroupsOf(point.SchoolAge);
        var notOther = NotInOtherGroup(point);
        sink.NotInDenominator(other.Suitable, notOther);
        sink.NotInDenominator(other.Unsuitable, notOther);
        var row = point.Status.DecidingRow;
        switch (point.Status.Kind)
        {
            case SuitabilityKind.Suitable:
            {
                var reason = point.SchoolAge
                    ? new Reason("of compulsory school age on {day}; suitable ETE: {record}", RecordKind.Ete, row, point.Day)
                    : new Reason("above compulsory school age on {day}; suitable ETE: {record}", RecordKind.Ete, row, point.Day);
                sink.Record(mine.Suitable, ChildMeasureStatus.Met, reason);
                sink.Record(mine.Unsuitable, ChildMeasureStatus.NotMet, reason);
                break;
            }

            case SuitabilityKind.Unsuitable:
            {
                var reason = point.SchoolAge
                    ? new Reason("of compulsory school age on {day}; unsuitable ETE: {record}", RecordKind.Ete, row, point.Day)
                    : new Reason("above compulsory school age on {day}; unsuitable ETE: {record}", RecordKind.Ete, row, point.Day);
                sink.Record(mine.Suitable, ChildMeasureStatus.NotMet, reason);
                sink.Record(mine.Unsuitable, ChildMeasureStatus.Met, reason);
                break;
            }

            default:
            {
                var reason = point.SchoolAge
                    ? new Reason("of compulsory school age on {day}; no ETE record with a suitability open then: denominator only", RecordKind.None, -1, point.Day)
                    : new Reason("above compulsory school age on {day}; no ETE record with a suitability open then: denominator only", RecordKind.None, -1, point.Day);
                sink.Record(mine.Suitable, ChildMeasureStatus.NoData, reason);
                sink.Record(mine.Unsuitable, ChildMeasureStatus.NoData, reason);
                break;
            }
        }
    }

    // 2b, 2c: the child's age group at the point is theirs; the other group's measures are not.
    private static Reason NotInOtherGroup(in PointFacts point)
        => point.SchoolAge
            ? new Reason("of compulsory school age on {day}: not in the above-school-age group", RecordKind.None, -1, point.Day)
            : new Reason("above compulsory school age on {day}: not in the school-age group", RecordKind.None, -1, point.Day);

    // 2c: full time / part time by the hours offered a week summed over every ETE record present at the point.
    private static void RecordOffered(MeasureSinkSlice sink, PointMeasures measures, in PointFacts point)
    {
        var (mine, other) = measures.GroupsOf(point.SchoolAge);
        var notOther = NotInOtherGroup(point);
        sink.NotInDenominator(other.FullTime, notOther);
        sink.NotInDenominator(other.PartTime, notOther);
        var kind = Classify(point.Offered, point.SchoolAge);
        Reason reason;
        switch (kind)
        {
            case HoursKind.FullTime:
                reason = point.SchoolAge
                    ? new Reason(SchoolAgeFullTimeReason, RecordKind.Ete, point.FirstPresentRow, point.Day)
                    : new Reason(AboveSchoolAgeFullTimeReason, RecordKind.Ete, point.FirstPresentRow, point.Day);
                break;
            case HoursKind.PartTime:
                reason = point.SchoolAge
                    ? new Reason(SchoolAgePartTimeReason, RecordKind.Ete, point.FirstPresentRow, point.Day)
                    : new Reason(AboveSchoolAgePartTimeReason, RecordKind.Ete, point.FirstPresentRow, point.Day);
                break;
            default:
                reason = new Reason("no hours offered recorded on the ETE records open on {day}: denominator only", RecordKind.None, -1, point.Day);
                sink.Record(measures.FullTime, ChildMeasureStatus.NoData, reason);
                sink.Record(measures.PartTime, ChildMeasureStatus.NoData, reason);
                sink.Record(mine.FullTime, ChildMeasureStatus.NoData, reason);
                sink.Record(mine.PartTime, ChildMeasureStatus.NoData, reason);
                return;
        }

        var full = kind == HoursKind.FullTime;
        sink.MetOrNot(measures.FullTime, full, reason);
        sink.MetOrNot(measures.PartTime, !full, reason);
        sink.MetOrNot(mine.FullTime, full, reason);
        sink.MetOrNot(mine.PartTime, !full, reason);
    }

    // 2d: for each provision the child is in at the point, suitable or not (the child's overall status there).
    private static void RecordByProvision(in ChildContext child, MeasureSinkSlice sink, PointMeasures measures, in PointFacts point, ReadPoint readAt)
    {
        Span<int> rowOf = stackalloc int[ProvisionSlots];
        rowOf.Fill(-1);
        var rows = child.Table.EteOf(child.Child);
        var offset = child.Table.EteStart(child.Child);
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (!EteSuitability.IsPresent(child, r, point.Day, readAt))
            {
                continue;
            }

            var provision = ReportedProvision(r, point.SchoolAge);
            if (rowOf[provision] < 0)
            {
                rowOf[provision] = offset + i;
            }
        }

        foreach (var measure in measures.ByProvision)
        {
            var provision = Catalogue[measure].Provision!.Value;
            var row = rowOf[provision];
            if (row < 0)
            {
                sink.NotInDenominator(measure, new Reason("not in this provision on {day}", RecordKind.None, -1, point.Day));
                continue;
            }

            var reclassified = child.Table.Ete[row].Provision != provision;
            switch (point.Status.Kind)
            {
                case SuitabilityKind.Suitable:
                    sink.Record(measure, ChildMeasureStatus.Met, reclassified
                        ? new Reason("mainstream school counted by the hours attended on it ({record}) on {day}; every ETE record with a suitability open then is Suitable", RecordKind.Ete, row, point.Day)
                        : new Reason("in this provision ({record}) on {day}; every ETE record with a suitability open then is Suitable", RecordKind.Ete, row, point.Day));
                    break;
                case SuitabilityKind.Unsuitable:
                    sink.Record(measure, ChildMeasureStatus.NotMet, reclassified
                        ? new Reason("mainstream school counted by the hours attended on it ({record}) on {day}; an ETE record open then is Unsuitable or Unknown", RecordKind.Ete, row, point.Day)
                        : new Reason("in this provision ({record}) on {day}; an ETE record open then is Unsuitable or Unknown", RecordKind.Ete, row, point.Day));
                    break;
                default:
                    sink.Record(measure, ChildMeasureStatus.NoData, reclassified
                        ? new Reason("mainstream school counted by the hours attended on it ({record}) on {day}; no ETE record open then has a suitability: denominator only", RecordKind.Ete, row, point.Day)
                        : new Reason("in this provision ({record}) on {day}; no ETE record open then has a suitability: denominator only", RecordKind.Ete, row, point.Day));
                    break;
            }
        }
    }

    // 2e: of the children whose summed hours offered fall in a band, those whose summed hours attended fall in each band.
    private static void RecordBands(MeasureSinkSlice sink, PointMeasures measures, in PointFacts point)
    {
        var offeredBand = BandOf(point.Offered);
        var attendedBand = BandOf(point.Attended);
        foreach (var measure in measures.Bands)
        {
            var cell = Catalogue[measure];
            if (cell.OfferedBand != offeredBand)
            {
                sink.NotInDenominator(measure, new Reason("hours offered a week on {day} are not in this band", RecordKind.None, -1, point.Day));
            }
            else if (cell.AttendedBand == attendedBand)
            {
                sink.Record(measure, ChildMeasureStatus.Met, new Reason("hours offered on {day} in this band and hours attended in the attended band, summed over the ETE records open then (first record: {record})", RecordKind.Ete, point.FirstPresentRow, point.Day));
            }
            else
            {
                sink.Record(measure, ChildMeasureStatus.NotMet, new Reason("hours offered on {day} in this band; hours attended, summed over the ETE records open then, are not in the attended band (first record: {record})", RecordKind.Ete, point.FirstPresentRow, point.Day));
            }
        }
    }

    /// <summary>What KPI 2 knows about a child at one point: the day, the age group, the suitability and the summed hours.</summary>
    private readonly record struct PointFacts(int Day, bool SchoolAge, StatusAtPoint Status, decimal Offered, decimal Attended, int FirstPresentRow);

    /// <summary>The measures of one point, looked up in <see cref="EteMeasures"/> by what they declare.</summary>
    private sealed class PointMeasures(OrderPoint point)
    {
        /// <summary>2a: suitable at the point.</summary>
        public int Suitable { get; } = EteMeasures.IndexOf(EteRule.Suitable, point);

        /// <summary>2a: unsuitable at the point.</summary>
        public int Unsuitable { get; } = EteMeasures.IndexOf(EteRule.Unsuitable, point);

        /// <summary>2c: full time, of every cohort child.</summary>
        public int FullTime { get; } = EteMeasures.IndexOf(EteRule.FullTime, point);

        /// <summary>2c: part time, of every cohort child.</summary>
        public int PartTime { get; } = EteMeasures.IndexOf(EteRule.PartTime, point);

        /// <summary>2b, 2c within compulsory school age.</summary>
        public AgeGroupMeasures SchoolAge { get; } = new(point, schoolAge: true);

        /// <summary>2b, 2c above compulsory school age.</summary>
        public AgeGroupMeasures AboveSchoolAge { get; } = new(point, schoolAge: false);

        /// <summary>2d, one measure per provision, in return order.</summary>
        public int[] ByProvision { get; } = EteMeasures.IndicesOf(EteRule.SuitableByProvision, point);

        /// <summary>2e, one measure per pair of bands, in return order.</summary>
        public int[] Bands { get; } = EteMeasures.IndicesOf(EteRule.AttendedBandOfOfferedBand, point);

        /// <summary>The child's own age group's measures and the other group's.</summary>
        public (AgeGroupMeasures Mine, AgeGroupMeasures Other) GroupsOf(bool schoolAge)
            => schoolAge ? (SchoolAge, AboveSchoolAge) : (AboveSchoolAge, SchoolAge);
    }

    /// <summary>The 2b and 2c measures of one age group at one point.</summary>
    private sealed class AgeGroupMeasures(OrderPoint point, bool schoolAge)
    {
        public int Suitable { get; } = EteMeasures.IndexOf(EteRule.Suitable, point, schoolAge);

        public int Unsuitable { get; } = EteMeasures.IndexOf(EteRule.Unsuitable, point, schoolAge);

        public int FullTime { get; } = EteMeasures.IndexOf(EteRule.FullTime, point, schoolAge);

        public int PartTime { get; } = EteMeasures.IndexOf(EteRule.PartTime, point, schoolAge);
    }
}
