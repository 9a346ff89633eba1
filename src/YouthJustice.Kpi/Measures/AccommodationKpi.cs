using System;
using System.Collections.Generic;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 1 — Accommodation: the proportion of children in suitable accommodation at the end of their order.
/// </summary>
/// <remarks>
/// <para><b>Cohort</b>: children with an order ending in the quarter (kpi-rules §1.2).</para>
/// <para><b>Denominator</b>: every cohort child (a child with no accommodation record at the end stays in the
/// denominator, in neither the suitable nor the unsuitable numerator: kpi-rules §1.4).</para>
/// <para><b>Numerator</b>: children whose every accommodation record at the end of the order is Suitable. A record
/// with no suitability is ignored; bed and breakfast, no fixed abode and unknown accommodation are always unsuitable;
/// an Unknown suitability counts as unsuitable (kpi-rules §2.1, §13.7).</para>
/// <para><b>Definition sets</b>: 2023 (pipeline v1) reads primary residences only; 2024 (v8) reads every residence.</para>
/// <para><b>Profile</b>: under <see cref="PipelineDivergence.AccommodationTypeNotForcedUnsuitable"/> every record keeps its
/// recorded suitability (yjaf-case-level §6.9); under <see cref="PipelineDivergence.NoAccommodationAtEndCountsSuitable"/>
/// a child with a record at the start and none at the end is suitable at the end, on the headline and on 1a's at-end
/// pair (yjaf-case-level §6.8; 1b is unchanged: the child lives in no type of accommodation at the end).</para>
/// <para><b>Sub-measures</b>: 1a suitable/unsuitable at start and at end (÷ all children); 1b suitable at start/end
/// by accommodation type group (÷ children in that group at that point); 1c every measure by type of order; custody on
/// release: suitable/unsuitable on the release day ÷ custodial children released by the end of their order
/// (<see cref="CustodyRelease"/>, kpi-rules §1.3, §2.1, decision K7-1; a child with no release date is not in that
/// denominator); remand: suitable at the end ÷ children whose kept offence's earliest hearing with a remand decision is
/// more than 27 days before the outcome (<see cref="Remand"/>, kpi-rules §2.1, decision K7-3). The catalogue,
/// <see cref="AccommodationMeasures"/>, writes every id out.</para>
/// </remarks>
[Source("YJB KPI guidance, KPI 1 (gov.uk S1); YJB pipeline kpi1_acc_case_level(_v8) (kpi-rules §2.1, S22–S23)")]
internal sealed class AccommodationKpi : CohortKpi
{
    private static readonly int GroupSlots = SmartEnumTable.Size<AccommodationTypeGroup>();

    // The catalogue first: the measures below are looked up in it, by what they declare.
    private static readonly AccommodationMeasure[] Catalogue = AccommodationMeasures.All;

    /// <summary>The headline's local number (the benchmarks read it).</summary>
    internal static readonly int Headline = AccommodationMeasures.IndexOf(AccommodationRule.Headline);

    private static readonly int SuitableAtStart = AccommodationMeasures.IndexOf(AccommodationRule.Suitable, OrderPoint.Start);
    private static readonly int UnsuitableAtStart = AccommodationMeasures.IndexOf(AccommodationRule.Unsuitable, OrderPoint.Start);
    private static readonly int SuitableAtEnd = AccommodationMeasures.IndexOf(AccommodationRule.Suitable, OrderPoint.End);
    private static readonly int UnsuitableAtEnd = AccommodationMeasures.IndexOf(AccommodationRule.Unsuitable, OrderPoint.End);
    private static readonly int[] ByGroupAtStart = AccommodationMeasures.ByGroupAt(OrderPoint.Start);
    private static readonly int[] ByGroupAtEnd = AccommodationMeasures.ByGroupAt(OrderPoint.End);

    // The group value of each 1b measure, read from the catalogue once (the hot path reads an int, not three objects).
    private static readonly int[] GroupOfByGroupAtStart = Array.ConvertAll(ByGroupAtStart, m => Catalogue[m].Group!.Value);
    private static readonly int[] GroupOfByGroupAtEnd = Array.ConvertAll(ByGroupAtEnd, m => Catalogue[m].Group!.Value);

    private static readonly int SuitableOnRelease = AccommodationMeasures.IndexOf(AccommodationRule.SuitableOnRelease);
    private static readonly int UnsuitableOnRelease = AccommodationMeasures.IndexOf(AccommodationRule.UnsuitableOnRelease);
    private static readonly int RemandedSuitableAtEnd = AccommodationMeasures.IndexOf(AccommodationRule.RemandedSuitableAtEnd);

    private static readonly string RemandedReason = "remanded four weeks or more: the earliest hearing with a remand decision, {record}, is more than " + Remand.MaxDaysUnderFourWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days before the outcome on {day}";
    private static readonly string NotRemandedLongReason = "not remanded four weeks or more: the earliest hearing with a remand decision, {record}, is " + Remand.MaxDaysUnderFourWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days or fewer before the outcome on {day}";

    private const string NoRecordAtEndCountedSuitable = "no accommodation record with a suitability open on {day} (the end of the order), but {record} at the start: counted suitable at the end as the YJB pipeline does (yjb-pipeline profile, yjaf-case-level §6.8)";

    private readonly MeasureDefinition[] _measures = Array.ConvertAll(Catalogue, m => new MeasureDefinition(m.Id, m.Title, MeasureUnit.Percent, KpiArea.Accommodation, true));

    public override KpiArea Area => KpiArea.Accommodation;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override void Evaluate(in ChildContext child, MeasureSinkSlice sink)
    {
        var primaryOnly = child.Definitions.AccommodationPrimaryResidenceOnly;
        var recorded = child.Profile.Has(PipelineDivergence.AccommodationTypeNotForcedUnsuitable);
        var atStart = StatusAt(child, child.OrderStart, primaryOnly, recorded, atEnd: false);
        var atEndAsRecorded = StatusAt(child, child.Row.End, primaryOnly, recorded, atEnd: true);
        var atEnd = atEndAsRecorded;

        // yjaf-case-level §6.8: the pipeline's child-level "suitable at end" is true unless a record at the end says
        // otherwise, so a child whose records cover only the start counts as suitable at the end.
        var suitableWithoutRecordAtEnd = atEnd.Kind == SuitabilityKind.NoData && atStart.Kind != SuitabilityKind.NoData
            && child.Profile.Has(PipelineDivergence.NoAccommodationAtEndCountsSuitable);
        if (suitableWithoutRecordAtEnd)
        {
            atEnd = new StatusAtPoint(SuitabilityKind.Suitable, atStart.DecidingRow);
        }

        RecordHeadline(sink, atEnd, child.Row.End, suitableWithoutRecordAtEnd);
        RecordPair(sink, SuitableAtStart, UnsuitableAtStart, atStart, child.OrderStart, AtStartThroughCustodyWindow(child, atStart));
        if (suitableWithoutRecordAtEnd)
        {
            var reason = new Reason(NoRecordAtEndCountedSuitable, RecordKind.Accommodation, atEnd.DecidingRow, child.Row.End);
            sink.MetOrNot(SuitableAtEnd, true, reason);
            sink.MetOrNot(UnsuitableAtEnd, false, reason);
        }
        else
        {
            RecordPair(sink, SuitableAtEnd, UnsuitableAtEnd, atEnd, child.Row.End, throughCustodyWindow: false);
        }

        // 1b reads the status as the records give it: a child with no record at the end lives in no group there.
        RecordByGroup(child, sink, ByGroupAtStart, GroupOfByGroupAtStart, atStart, child.OrderStart, primaryOnly, recorded, atEnd: false);
        RecordByGroup(child, sink, ByGroupAtEnd, GroupOfByGroupAtEnd, atEndAsRecorded, child.Row.End, primaryOnly, recorded, atEnd: true);

        RecordOnRelease(child, sink, primaryOnly, recorded);
        RecordRemanded(child, sink, atEnd);
    }

    // Custody on release (kpi-rules §1.3, §2.1; decision K7-1): custodial children released by the end of their order.
    private static void RecordOnRelease(in ChildContext child, MeasureSinkSlice sink, bool primaryOnly, bool recorded)
    {
        var (kind, day) = CustodyRelease.Of(child);
        switch (kind)
        {
            case ReleaseKind.NotCustodial:
            {
                var reason = new Reason("the type of order is not custodial: not in the custody on-release rows");
                sink.NotInDenominator(SuitableOnRelease, reason);
                sink.NotInDenominator(UnsuitableOnRelease, reason);
                return;
            }

            case ReleaseKind.NoReleaseDate:
            {
                var reason = new Reason("custodial, but no release date: {record} is not a DTO licence and records no release date, so not in the on-release denominator", RecordKind.Intervention, child.Row.Intervention);
                sink.NotInDenominator(SuitableOnRelease, reason);
                sink.NotInDenominator(UnsuitableOnRelease, reason);
                return;
            }

            case ReleaseKind.AfterOrderEnd:
            {
                var reason = new Reason("custodial, but released on {day}, after the end of the order ({record}): not in the on-release denominator", RecordKind.Intervention, child.Row.Intervention, day);
                sink.NotInDenominator(SuitableOnRelease, reason);
                sink.NotInDenominator(UnsuitableOnRelease, reason);
                return;
            }
        }

        var status = StatusAt(child, day, primaryOnly, recorded, ReadPoint.Release);
        if (status.Kind == SuitabilityKind.NoData)
        {
            var none = new Reason("released from custody on {day}; no accommodation record with a suitability open then: denominator only", RecordKind.None, -1, day);
            sink.Record(SuitableOnRelease, ChildMeasureStatus.NoData, none);
            sink.Record(UnsuitableOnRelease, ChildMeasureStatus.NoData, none);
            return;
        }

        var on = status.Kind == SuitabilityKind.Suitable
            ? new Reason("released from custody on {day}; suitable: {record}", RecordKind.Accommodation, status.DecidingRow, day)
            : new Reason("released from custody on {day}; unsuitable: {record}", RecordKind.Accommodation, status.DecidingRow, day);
        sink.MetOrNot(SuitableOnRelease, status.Kind == SuitabilityKind.Suitable, on);
        sink.MetOrNot(UnsuitableOnRelease, status.Kind == SuitabilityKind.Unsuitable, on);
    }

    // Remand (kpi-rules §2.1; decision K7-3): of the children remanded four weeks or more, suitable at the end (the headline's status).
    private static void RecordRemanded(in ChildContext child, MeasureSinkSlice sink, StatusAtPoint atEnd)
    {
        var hearing = Remand.EarliestRemandHearing(child);
        var outcomeDay = child.Row.OutcomeDate;
        if (hearing < 0)
        {
            sink.NotInDenominator(RemandedSuitableAtEnd, new Reason("no hearing with a remand decision is linked to the kept offence ({record}): not remanded", RecordKind.Offence, child.Row.Offence));
            return;
        }

        var hearingDay = child.Table.Hearings[hearing].Date;
        if (hearingDay > outcomeDay)
        {
            sink.NotInDenominator(RemandedSuitableAtEnd, new Reason("the earliest hearing with a remand decision, {record}, is after the outcome on {day}: not remanded before it", RecordKind.Hearing, hearing, outcomeDay));
            return;
        }

        if (!Remand.IsFourWeeksOrMore(hearingDay, outcomeDay))
        {
            sink.NotInDenominator(RemandedSuitableAtEnd, new Reason(NotRemandedLongReason, RecordKind.Hearing, hearing, outcomeDay));
            return;
        }

        var remanded = new Reason(RemandedReason, RecordKind.Hearing, hearing, outcomeDay);
        switch (atEnd.Kind)
        {
            case SuitabilityKind.Suitable:
                sink.Record(RemandedSuitableAtEnd, ChildMeasureStatus.Met, remanded);
                break;
            case SuitabilityKind.Unsuitable:
                sink.Record(RemandedSuitableAtEnd, ChildMeasureStatus.NotMet, remanded);
                break;
            default:
                sink.Record(RemandedSuitableAtEnd, ChildMeasureStatus.NoData, remanded);
                break;
        }
    }

    /// <summary>Suitability at a time point from every relevant accommodation record (one rule for start and end).</summary>
    /// <param name="child">The child.</param>
    /// <param name="day">The day.</param>
    /// <param name="primaryOnly">Whether only primary residences count (the 2023 definitions).</param>
    /// <param name="recorded">Whether the recorded suitability is read (<see cref="PipelineDivergence.AccommodationTypeNotForcedUnsuitable"/>).</param>
    /// <param name="atEnd">Whether the day is the order's end (otherwise its start, with the child's window).</param>
    internal static StatusAtPoint StatusAt(in ChildContext child, int day, bool primaryOnly, bool recorded, bool atEnd)
        => StatusAt(child, day, primaryOnly, recorded, atEnd ? ReadPoint.End : ReadPoint.Start);

    /// <summary>Suitability on a day read at <paramref name="point"/>: the same rule at the start, the end or on release (<see cref="Periods.IsAtRelease"/>).</summary>
    /// <param name="child">The child.</param>
    /// <param name="day">The day.</param>
    /// <param name="primaryOnly">Whether only primary residences count (the 2023 definitions).</param>
    /// <param name="recorded">Whether the recorded suitability is read.</param>
    /// <param name="point">Which point the day is.</param>
    internal static StatusAtPoint StatusAt(in ChildContext child, int day, bool primaryOnly, bool recorded, ReadPoint point)
    {
        var rows = child.Table.AccommodationOf(child.Child);
        var offset = child.Table.AccommodationStart(child.Child);
        var first = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            var suitability = SuitabilityOf(r, recorded);
            if (suitability == 0 || (primaryOnly && !r.Primary) || !IsRelevant(child, r, day, point))
            {
                continue;
            }

            if (suitability != Suitability.Suitable.Value)
            {
                return new StatusAtPoint(SuitabilityKind.Unsuitable, offset + i);
            }

            if (first < 0)
            {
                first = offset + i;
            }
        }

        return first < 0 ? StatusAtPoint.NoData : new StatusAtPoint(SuitabilityKind.Suitable, first);
    }

    /// <summary>
    /// The suitability KPI 1 reads: the guidance's, with bed and breakfast, no fixed abode and unknown accommodation
    /// forced unsuitable (kpi-rules §13.7), or under <see cref="PipelineDivergence.AccommodationTypeNotForcedUnsuitable"/>
    /// the recorded one (yjaf-case-level §6.9). 0 = none (the record is ignored).
    /// </summary>
    private static int SuitabilityOf(in AccommodationRow r, bool recorded) => recorded ? r.RecordedSuitability : r.Suitability;

    // "day" is the order's end at end; at start the child's window decides (kpi-rules §13.20).
    private static bool IsRelevant(in ChildContext child, in AccommodationRow r, int day, bool atEnd)
        => IsRelevant(child, r, day, atEnd ? ReadPoint.End : ReadPoint.Start);

    // On release the record must be open on the release day (Periods.IsAtRelease, decision K7-1).
    private static bool IsRelevant(in ChildContext child, in AccommodationRow r, int day, ReadPoint point) => point switch
    {
        ReadPoint.Start => child.IsAtStart(r.Start, r.End),
        ReadPoint.End => Periods.IsAtEnd(r.Start, r.End, day),
        _ => Periods.IsAtRelease(r.Start, r.End, day),
    };

    private static void RecordHeadline(MeasureSinkSlice sink, StatusAtPoint status, int day, bool suitableWithoutRecordAtEnd)
    {
        if (suitableWithoutRecordAtEnd)
        {
            sink.Record(Headline, ChildMeasureStatus.Met, new Reason(NoRecordAtEndCountedSuitable, RecordKind.Accommodation, status.DecidingRow, day));
            return;
        }

        switch (status.Kind)
        {
            case SuitabilityKind.Suitable:
                sink.Record(Headline, ChildMeasureStatus.Met, new Reason("suitable at end: {record}, open on {day}", RecordKind.Accommodation, status.DecidingRow, day));
                break;
            case SuitabilityKind.Unsuitable:
                sink.Record(Headline, ChildMeasureStatus.NotMet, new Reason("unsuitable at end: {record}, open on {day}", RecordKind.Accommodation, status.DecidingRow, day));
                break;
            default:
                sink.Record(Headline, ChildMeasureStatus.NoData, new Reason("no accommodation record with a suitability open on {day} (the end of the order): denominator only", RecordKind.None, -1, day));
                break;
        }
    }

    private static bool AtStartThroughCustodyWindow(in ChildContext child, StatusAtPoint status)
        => status.Kind != SuitabilityKind.NoData && child.IsAtStartThroughCustodyWindow(child.Table.Accommodation[status.DecidingRow].End);

    private static void RecordPair(MeasureSinkSlice sink, int suitable, int unsuitable, StatusAtPoint status, int day, bool throughCustodyWindow)
    {
        if (status.Kind == SuitabilityKind.NoData)
        {
            var none = new Reason("no accommodation record with a suitability open on {day}: denominator only", RecordKind.None, -1, day);
            sink.Record(suitable, ChildMeasureStatus.NoData, none);
            sink.Record(unsuitable, ChildMeasureStatus.NoData, none);
            return;
        }

        var reason = throughCustodyWindow
            ? new Reason(Reason.AtStartThroughCustodyWindow, RecordKind.Accommodation, status.DecidingRow, day - 1)
            : new Reason("{record}, open on {day}", RecordKind.Accommodation, status.DecidingRow, day);
        sink.MetOrNot(suitable, status.Kind == SuitabilityKind.Suitable, reason);
        sink.MetOrNot(unsuitable, status.Kind == SuitabilityKind.Unsuitable, reason);
    }

    // 1b: for each type group the child lives in at the point, suitable or not (the child's overall status there).
    private static void RecordByGroup(in ChildContext child, MeasureSinkSlice sink, int[] measures, int[] groups, StatusAtPoint status, int day, bool primaryOnly, bool recorded, bool atEnd)
    {
        Span<int> rowOfGroup = stackalloc int[GroupSlots];
        rowOfGroup.Fill(-1);
        var rows = child.Table.AccommodationOf(child.Child);
        var offset = child.Table.AccommodationStart(child.Child);
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (SuitabilityOf(r, recorded) != 0 && (!primaryOnly || r.Primary) && IsRelevant(child, r, day, atEnd) && rowOfGroup[r.Group] < 0)
            {
                rowOfGroup[r.Group] = offset + i;
            }
        }

        for (var g = 0; g < measures.Length; g++)
        {
            var measure = measures[g];
            var row = rowOfGroup[groups[g]];
            if (row < 0)
            {
                sink.NotInDenominator(measure, new Reason("not living in this type of accommodation on {day}", RecordKind.None, -1, day));
            }
            else
            {
                sink.MetOrNot(measure, status.Kind == SuitabilityKind.Suitable, new Reason("{record}, open on {day}", RecordKind.Accommodation, row, day));
            }
        }
    }
}
