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
/// <para><b>Sub-measures</b> (pipeline v8 numbering, S26): 2a suitable/unsuitable at start and at end and the change
/// between them; 2b suitable/unsuitable by school age / above school age at each point (÷ children in that age group
/// then); 2c hours offered full time / part time (≥ 25 a week at school age, ≥ 16 above it; hours summed over every ETE
/// record present); 2d suitable ETE by type of provision (a mainstream school place counts as school full time or part
/// time by the hours attended on it); 2e hours-attended band ÷ hours-offered band; 2f every measure by type of order.</para>
/// <para><b>Definition sets</b>: the headline is the same under both (kpi-rules §2.11); the sub-measures, which v8
/// added, are computed under both (decision KE1).</para>
/// <para>"At start" is the custody start for a custodial order (<see cref="ChildContext.OrderStart"/>); school age is
/// judged on the same two days with <see cref="CompulsorySchoolAge"/> (Education Act 1996 s.8).</para>
/// </remarks>
[Source("YJB KPI guidance, KPI 2 (gov.uk S1); YJB pipeline kpi2_ete_case_level(_v8), kpi2_ete_summary and KPI 2 template (kpi-rules §2.2, S24–S26)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", EffectiveFrom = "2023-04-01")]
[Source("Compulsory school age for the school-age split: Education Act 1996 s.8 (kpi-rules §2.2 [L], domain-rules §3.1)", Url = "https://legislation.gov.uk/ukpga/1996/56/section/8", Confidence = Confidence.Medium)]
internal sealed class EteKpi : CohortKpi
{
    public const int Headline = 0;
    public const int SuitableAtStart = 1;
    public const int UnsuitableAtStart = 2;
    public const int SuitableAtEnd = 3;
    public const int UnsuitableAtEnd = 4;
    public const int UnsuitableToSuitable = 5;
    public const int SuitableToUnsuitable = 6;

    // 2b, per point: school age suitable / unsuitable, above school age suitable / unsuitable.
    public const int FirstByAge = 7;
    public const int ByAgePerPoint = 4;

    // 2c, per point: full time, part time (÷ cohort), then the same within school age and within above school age.
    public const int FirstOffered = FirstByAge + (2 * ByAgePerPoint);
    public const int OfferedPerPoint = 6;

    // 2d, per point: one measure per provision; 2e, per point: offered band × attended band.
    public const int FirstByProvision = FirstOffered + (2 * OfferedPerPoint);
    public const int BandCount = 3;

    /// <summary>Full time offered at compulsory school age: 25 hours a week or more (kpi-rules §2.2).</summary>
    public const decimal SchoolAgeFullTimeHours = 25m;

    /// <summary>Full time offered above compulsory school age: 16 hours a week or more (kpi-rules §2.2).</summary>
    public const decimal AboveSchoolAgeFullTimeHours = 16m;

    // Reporting bands (kpi-rules §2.2): 1-15 = more than 0 and below 16, 16-24 = 16 to below 25, 25plus = 25 or more.
    private const decimal SecondBandFrom = 16m;
    private const decimal ThirdBandFrom = 25m;

    private static readonly string[] BandNames = ["1-15", "16-24", "25plus"];
    private static readonly string[] BandLabels =
    [
        "1 - " + Hours(SecondBandFrom - 1m) + " hours",
        Hours(SecondBandFrom) + " - " + Hours(ThirdBandFrom - 1m) + " hours",
        Hours(ThirdBandFrom) + " hours plus",
    ];

    // The words of the full-time thresholds (kpi-rules §2.2), from the constants the rule uses: "25+", "1-24", "16+", "1-15".
    private static readonly string SchoolAgeFullTime = Hours(SchoolAgeFullTimeHours) + "+";
    private static readonly string SchoolAgePartTime = "1-" + Hours(SchoolAgeFullTimeHours - 1m);
    private static readonly string AboveSchoolAgeFullTime = Hours(AboveSchoolAgeFullTimeHours) + "+";
    private static readonly string AboveSchoolAgePartTime = "1-" + Hours(AboveSchoolAgeFullTimeHours - 1m);

    private static readonly string SchoolAgeFullTimeReason = "of compulsory school age on {day}; hours offered a week, summed over the ETE records open then, reach " + Hours(SchoolAgeFullTimeHours) + ": full time (first record: {record})";
    private static readonly string AboveSchoolAgeFullTimeReason = "above compulsory school age on {day}; hours offered a week, summed over the ETE records open then, reach " + Hours(AboveSchoolAgeFullTimeHours) + ": full time (first record: {record})";
    private static readonly string SchoolAgePartTimeReason = "of compulsory school age on {day}; hours offered a week, summed over the ETE records open then, are above 0 and below " + Hours(SchoolAgeFullTimeHours) + ": part time (first record: {record})";
    private static readonly string AboveSchoolAgePartTimeReason = "above compulsory school age on {day}; hours offered a week, summed over the ETE records open then, are above 0 and below " + Hours(AboveSchoolAgeFullTimeHours) + ": part time (first record: {record})";

    /// <summary>The provisions in interchange order, <see cref="EteProvision.None"/> last.</summary>
    internal static readonly EteProvision[] Provisions = SmartEnumTable.Ordered<EteProvision>(p => p == EteProvision.None ? int.MaxValue : p.Value);

    private static readonly int ProvisionSlots = SmartEnumTable.Size<EteProvision>();
    private static readonly int FirstBands = FirstByProvision + (2 * Provisions.Length);

    private readonly IReadOnlyList<MeasureDefinition> _measures;

    public EteKpi()
    {
        var area = KpiArea.Ete;
        var list = new List<MeasureDefinition>
        {
            new("kpi2.headline", area.HeadlineLabel, MeasureUnit.Percent, area, true),
            new("kpi2.2a.suitableAtStart", "Children in suitable ETE at the start of their order", MeasureUnit.Percent, area, true),
            new("kpi2.2a.unsuitableAtStart", "Children in unsuitable ETE at the start of their order", MeasureUnit.Percent, area, true),
            new("kpi2.2a.suitableAtEnd", "Children in suitable ETE at the end of their order", MeasureUnit.Percent, area, true),
            new("kpi2.2a.unsuitableAtEnd", "Children in unsuitable ETE at the end of their order", MeasureUnit.Percent, area, true),
            new("kpi2.2a.unsuitableToSuitable", "Children in suitable ETE at the end, of those in unsuitable ETE at the start", MeasureUnit.Percent, area, true),
            new("kpi2.2a.suitableToUnsuitable", "Children in unsuitable ETE at the end, of those in suitable ETE at the start", MeasureUnit.Percent, area, true),
        };
        foreach (var (point, words) in Points())
        {
            list.Add(new($"kpi2.2b.{point}.schoolAgeSuitable", $"Children in suitable ETE {words}, of those of compulsory school age then", MeasureUnit.Percent, area, true));
            list.Add(new($"kpi2.2b.{point}.schoolAgeUnsuitable", $"Children in unsuitable ETE {words}, of those of compulsory school age then", MeasureUnit.Percent, area, true));
            list.Add(new($"kpi2.2b.{point}.aboveSchoolAgeSuitable", $"Children in suitable ETE {words}, of those above compulsory school age then", MeasureUnit.Percent, area, true));
            list.Add(new($"kpi2.2b.{point}.aboveSchoolAgeUnsuitable", $"Children in unsuitable ETE {words}, of those above compulsory school age then", MeasureUnit.Percent, area, true));
        }

        foreach (var (point, words) in Points())
        {
            list.Add(new($"kpi2.2c.{point}.fullTime", $"Children offered full-time ETE {words} ({SchoolAgeFullTime} hours a week at school age, {AboveSchoolAgeFullTime} above)", MeasureUnit.Percent, area, true));
            list.Add(new($"kpi2.2c.{point}.partTime", $"Children offered part-time ETE {words} ({SchoolAgePartTime} hours a week at school age, {AboveSchoolAgePartTime} above)", MeasureUnit.Percent, area, true));
            list.Add(new($"kpi2.2c.{point}.schoolAgeFullTime", $"Children offered {SchoolAgeFullTime} hours a week {words}, of those of compulsory school age then", MeasureUnit.Percent, area, true));
            list.Add(new($"kpi2.2c.{point}.schoolAgePartTime", $"Children offered {SchoolAgePartTime} hours a week {words}, of those of compulsory school age then", MeasureUnit.Percent, area, true));
            list.Add(new($"kpi2.2c.{point}.aboveSchoolAgeFullTime", $"Children offered {AboveSchoolAgeFullTime} hours a week {words}, of those above compulsory school age then", MeasureUnit.Percent, area, true));
            list.Add(new($"kpi2.2c.{point}.aboveSchoolAgePartTime", $"Children offered {AboveSchoolAgePartTime} hours a week {words}, of those above compulsory school age then", MeasureUnit.Percent, area, true));
        }

        foreach (var (point, words) in Points())
        {
            foreach (var provision in Provisions)
            {
                list.Add(new($"kpi2.2d.{point}.{provision.Name}", $"Children in suitable ETE {words}, of those in: {provision.Label}", MeasureUnit.Percent, area, true));
            }
        }

        foreach (var (point, words) in Points())
        {
            for (var offered = 0; offered < BandCount; offered++)
            {
                for (var attended = 0; attended < BandCount; attended++)
                {
                    list.Add(new($"kpi2.2e.{point}.attended{BandNames[attended]}OfOffered{BandNames[offered]}", $"Children attending {BandLabels[attended]} a week {words}, of those offered {BandLabels[offered]}", MeasureUnit.Percent, area, true));
                }
            }
        }

        _measures = list;
    }

    public override KpiArea Area => KpiArea.Ete;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override void Evaluate(in ChildContext child, MeasureSinkSlice sink)
    {
        var schoolAgeEnd = child.Table.SchoolAgeEnd[child.Child];
        var start = Facts(child, child.OrderStart, atEnd: false, schoolAgeEnd);
        var end = Facts(child, child.Row.End, atEnd: true, schoolAgeEnd);

        RecordHeadline(sink, end);
        RecordPair(sink, SuitableAtStart, UnsuitableAtStart, start, AtStartThroughCustodyWindow(child, start));
        RecordPair(sink, SuitableAtEnd, UnsuitableAtEnd, end, throughCustodyWindow: false);
        RecordChange(sink, start, end);
        RecordByAge(sink, FirstByAge, start);
        RecordByAge(sink, FirstByAge + ByAgePerPoint, end);
        RecordOffered(sink, FirstOffered, start);
        RecordOffered(sink, FirstOffered + OfferedPerPoint, end);
        RecordByProvision(child, sink, FirstByProvision, start, atEnd: false);
        RecordByProvision(child, sink, FirstByProvision + Provisions.Length, end, atEnd: true);
        RecordBands(sink, FirstBands, start);
        RecordBands(sink, FirstBands + (BandCount * BandCount), end);
    }

    // Hours as the guidance writes them: "25", "15.5".
    private static string Hours(decimal hours) => hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How hours a week count for full time (kpi-rules §2.2): 0 or none = no hours; at or over the age group's threshold = full time; otherwise part time.</summary>
    internal static HoursKind Classify(decimal hours, bool schoolAge)
        => hours <= 0m ? HoursKind.None
            : hours >= (schoolAge ? SchoolAgeFullTimeHours : AboveSchoolAgeFullTimeHours) ? HoursKind.FullTime
            : HoursKind.PartTime;

    /// <summary>The reporting band of hours a week (kpi-rules §2.2): -1 for none, 0 = 1-15, 1 = 16-24, 2 = 25plus.</summary>
    internal static int BandOf(decimal hours)
        => hours <= 0m ? -1 : hours < SecondBandFrom ? 0 : hours < ThirdBandFrom ? 1 : 2;

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

    private static PointFacts Facts(in ChildContext child, int day, bool atEnd, int schoolAgeEnd)
    {
        var rows = child.Table.EteOf(child.Child);
        var offset = child.Table.EteStart(child.Child);
        decimal offered = 0m, attended = 0m;
        var firstPresent = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (!EteSuitability.IsPresent(child, r, day, atEnd))
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

        return new PointFacts(day, SchoolAgeDays.IsSchoolAge(schoolAgeEnd, day), EteSuitability.At(child, day, atEnd), offered, attended, firstPresent);
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

    private static void RecordPair(MeasureSinkSlice sink, int suitable, int unsuitable, in PointFacts point, bool throughCustodyWindow)
    {
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
    private static void RecordByAge(MeasureSinkSlice sink, int first, in PointFacts point)
    {
        int mineSuitable, mineUnsuitable, otherSuitable, otherUnsuitable;
        Reason notOther;
        if (point.SchoolAge)
        {
            (mineSuitable, mineUnsuitable, otherSuitable, otherUnsuitable) = (first, first + 1, first + 2, first + 3);
            notOther = new Reason("of compulsory school age on {day}: not in the above-school-age group", RecordKind.None, -1, point.Day);
        }
        else
        {
            (mineSuitable, mineUnsuitable, otherSuitable, otherUnsuitable) = (first + 2, first + 3, first, first + 1);
            notOther = new Reason("above compulsory school age on {day}: not in the school-age group", RecordKind.None, -1, point.Day);
        }

        sink.NotInDenominator(otherSuitable, notOther);
        sink.NotInDenominator(otherUnsuitable, notOther);
        var row = point.Status.DecidingRow;
        switch (point.Status.Kind)
        {
            case SuitabilityKind.Suitable:
            {
                var reason = point.SchoolAge
                    ? new Reason("of compulsory school age on {day}; suitable ETE: {record}", RecordKind.Ete, row, point.Day)
                    : new Reason("above compulsory school age on {day}; suitable ETE: {record}", RecordKind.Ete, row, point.Day);
                sink.Record(mineSuitable, ChildMeasureStatus.Met, reason);
                sink.Record(mineUnsuitable, ChildMeasureStatus.NotMet, reason);
                break;
            }

            case SuitabilityKind.Unsuitable:
            {
                var reason = point.SchoolAge
                    ? new Reason("of compulsory school age on {day}; unsuitable ETE: {record}", RecordKind.Ete, row, point.Day)
                    : new Reason("above compulsory school age on {day}; unsuitable ETE: {record}", RecordKind.Ete, row, point.Day);
                sink.Record(mineSuitable, ChildMeasureStatus.NotMet, reason);
                sink.Record(mineUnsuitable, ChildMeasureStatus.Met, reason);
                break;
            }

            default:
            {
                var reason = point.SchoolAge
                    ? new Reason("of compulsory school age on {day}; no ETE record with a suitability open then: denominator only", RecordKind.None, -1, point.Day)
                    : new Reason("above compulsory school age on {day}; no ETE record with a suitability open then: denominator only", RecordKind.None, -1, point.Day);
                sink.Record(mineSuitable, ChildMeasureStatus.NoData, reason);
                sink.Record(mineUnsuitable, ChildMeasureStatus.NoData, reason);
                break;
            }
        }
    }

    // 2c: full time / part time by the hours offered a week summed over every ETE record present at the point.
    private static void RecordOffered(MeasureSinkSlice sink, int first, in PointFacts point)
    {
        int mineFull, minePart, otherFull, otherPart;
        Reason notOther;
        if (point.SchoolAge)
        {
            (mineFull, minePart, otherFull, otherPart) = (first + 2, first + 3, first + 4, first + 5);
            notOther = new Reason("of compulsory school age on {day}: not in the above-school-age group", RecordKind.None, -1, point.Day);
        }
        else
        {
            (mineFull, minePart, otherFull, otherPart) = (first + 4, first + 5, first + 2, first + 3);
            notOther = new Reason("above compulsory school age on {day}: not in the school-age group", RecordKind.None, -1, point.Day);
        }

        sink.NotInDenominator(otherFull, notOther);
        sink.NotInDenominator(otherPart, notOther);
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
                sink.Record(first, ChildMeasureStatus.NoData, reason);
                sink.Record(first + 1, ChildMeasureStatus.NoData, reason);
                sink.Record(mineFull, ChildMeasureStatus.NoData, reason);
                sink.Record(minePart, ChildMeasureStatus.NoData, reason);
                return;
        }

        var full = kind == HoursKind.FullTime;
        sink.MetOrNot(first, full, reason);
        sink.MetOrNot(first + 1, !full, reason);
        sink.MetOrNot(mineFull, full, reason);
        sink.MetOrNot(minePart, !full, reason);
    }

    // 2d: for each provision the child is in at the point, suitable or not (the child's overall status there).
    private static void RecordByProvision(in ChildContext child, MeasureSinkSlice sink, int first, in PointFacts point, bool atEnd)
    {
        Span<int> rowOf = stackalloc int[ProvisionSlots];
        rowOf.Fill(-1);
        var rows = child.Table.EteOf(child.Child);
        var offset = child.Table.EteStart(child.Child);
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (!EteSuitability.IsPresent(child, r, point.Day, atEnd))
            {
                continue;
            }

            var provision = ReportedProvision(r, point.SchoolAge);
            if (rowOf[provision] < 0)
            {
                rowOf[provision] = offset + i;
            }
        }

        for (var p = 0; p < Provisions.Length; p++)
        {
            var row = rowOf[Provisions[p].Value];
            if (row < 0)
            {
                sink.NotInDenominator(first + p, new Reason("not in this provision on {day}", RecordKind.None, -1, point.Day));
                continue;
            }

            var reclassified = child.Table.Ete[row].Provision != Provisions[p].Value;
            switch (point.Status.Kind)
            {
                case SuitabilityKind.Suitable:
                    sink.Record(first + p, ChildMeasureStatus.Met, reclassified
                        ? new Reason("mainstream school counted by the hours attended on it ({record}) on {day}; every ETE record with a suitability open then is Suitable", RecordKind.Ete, row, point.Day)
                        : new Reason("in this provision ({record}) on {day}; every ETE record with a suitability open then is Suitable", RecordKind.Ete, row, point.Day));
                    break;
                case SuitabilityKind.Unsuitable:
                    sink.Record(first + p, ChildMeasureStatus.NotMet, reclassified
                        ? new Reason("mainstream school counted by the hours attended on it ({record}) on {day}; an ETE record open then is Unsuitable or Unknown", RecordKind.Ete, row, point.Day)
                        : new Reason("in this provision ({record}) on {day}; an ETE record open then is Unsuitable or Unknown", RecordKind.Ete, row, point.Day));
                    break;
                default:
                    sink.Record(first + p, ChildMeasureStatus.NoData, reclassified
                        ? new Reason("mainstream school counted by the hours attended on it ({record}) on {day}; no ETE record open then has a suitability: denominator only", RecordKind.Ete, row, point.Day)
                        : new Reason("in this provision ({record}) on {day}; no ETE record open then has a suitability: denominator only", RecordKind.Ete, row, point.Day));
                    break;
            }
        }
    }

    // 2e: of the children whose summed hours offered fall in a band, those whose summed hours attended fall in each band.
    private static void RecordBands(MeasureSinkSlice sink, int first, in PointFacts point)
    {
        var offeredBand = BandOf(point.Offered);
        var attendedBand = BandOf(point.Attended);
        for (var offered = 0; offered < BandCount; offered++)
        {
            for (var attended = 0; attended < BandCount; attended++)
            {
                var measure = first + (offered * BandCount) + attended;
                if (offered != offeredBand)
                {
                    sink.NotInDenominator(measure, new Reason("hours offered a week on {day} are not in this band", RecordKind.None, -1, point.Day));
                }
                else if (attended == attendedBand)
                {
                    sink.Record(measure, ChildMeasureStatus.Met, new Reason("hours offered on {day} in this band and hours attended in the attended band, summed over the ETE records open then (first record: {record})", RecordKind.Ete, point.FirstPresentRow, point.Day));
                }
                else
                {
                    sink.Record(measure, ChildMeasureStatus.NotMet, new Reason("hours offered on {day} in this band; hours attended, summed over the ETE records open then, are not in the attended band (first record: {record})", RecordKind.Ete, point.FirstPresentRow, point.Day));
                }
            }
        }
    }

    private static (string Point, string Words)[] Points() => [("atStart", "at the start of their order"), ("atEnd", "at the end of their order")];

    /// <summary>What KPI 2 knows about a child at one point: the day, the age group, the suitability and the summed hours.</summary>
    private readonly record struct PointFacts(int Day, bool SchoolAge, StatusAtPoint Status, decimal Offered, decimal Attended, int FirstPresentRow);
}
