using System;
using NodaTime;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// A service's case data laid out for the KPI engine: every record as a small struct in one array per record kind,
/// each child's records a contiguous slice (offsets per child), days as integers, and the interventions indexed by
/// the quarter they end in, grouped by child. Built once per service; every quarter, measure and explanation then
/// runs over it without allocating per child.
/// </summary>
internal sealed class CaseTable
{
    private readonly int[] _interventionOffset;
    private readonly int[] _offenceOffset;
    private readonly int[] _accommodationOffset;
    private readonly int[] _eteOffset;
    private readonly int[] _sendAlnOffset;
    private readonly int[] _mentalHealthOffset;
    private readonly int[] _substanceMisuseOffset;
    private readonly int[] _careOffset;
    private readonly int[] _victimOffset;
    private readonly int[] _hearingOffset;

    // Interventions with an end date, ordered by (quarter of the end, child, row); _endOrdinal holds the quarter
    // ordinal of each entry so that one quarter is found by binary search.
    private readonly int[] _byEndRow;
    private readonly int[] _byEndOrdinal;

    public CaseTable(ServiceData service)
    {
        Service = service;
        var children = service.Children;
        ChildCount = children.Count;
        Children = new ChildCase[ChildCount];
        DateOfBirth = new int[ChildCount];
        SchoolAgeEnd = new int[ChildCount];

        _interventionOffset = new int[ChildCount + 1];
        _offenceOffset = new int[ChildCount + 1];
        _accommodationOffset = new int[ChildCount + 1];
        _eteOffset = new int[ChildCount + 1];
        _sendAlnOffset = new int[ChildCount + 1];
        _mentalHealthOffset = new int[ChildCount + 1];
        _substanceMisuseOffset = new int[ChildCount + 1];
        _careOffset = new int[ChildCount + 1];
        _victimOffset = new int[ChildCount + 1];
        _hearingOffset = new int[ChildCount + 1];

        int interventions = 0, links = 0, offences = 0, outcomes = 0, accommodation = 0, ete = 0, sendAln = 0,
            mentalHealth = 0, substanceMisuse = 0, care = 0, victims = 0, victimLinks = 0, hearings = 0;
        for (var c = 0; c < ChildCount; c++)
        {
            var child = children[c];
            Children[c] = child;
            DateOfBirth[c] = Days.PointOf(child.DateOfBirth);
            SchoolAgeEnd[c] = SchoolAgeDays.EndDay(child.DateOfBirth, CompulsorySchoolAge.Default);
            interventions += child.Interventions.Count;
            for (var i = 0; i < child.Interventions.Count; i++)
            {
                links += child.Interventions[i].OffenceIds.Count;
            }

            offences += child.Offences.Count;
            for (var o = 0; o < child.Offences.Count; o++)
            {
                outcomes += child.Offences[o].Outcomes.Count;
            }

            accommodation += child.Accommodation.Count;
            ete += child.Ete.Count;
            sendAln += child.SendAln.Count;
            mentalHealth += child.MentalHealth.Count;
            substanceMisuse += child.SubstanceMisuse.Count;
            care += child.CareStatus.Count;
            victims += child.Victims.Count;
            hearings += child.Hearings.Count;
            for (var v = 0; v < child.Victims.Count; v++)
            {
                victimLinks += child.Victims[v].OffenceIds.Count;
            }
        }

        Interventions = new InterventionRow[interventions];
        InterventionLinks = new int[links];
        Offences = new OffenceRow[offences];
        Outcomes = new OutcomeRow[outcomes];
        Accommodation = new AccommodationRow[accommodation];
        Ete = new EteRow[ete];
        SendAln = new SendAlnRow[sendAln];
        MentalHealth = new HealthRow[mentalHealth];
        SubstanceMisuse = new HealthRow[substanceMisuse];
        Care = new CareRow[care];
        Victims = new VictimRow[victims];
        VictimLinks = new int[victimLinks];
        Hearings = new HearingRow[hearings];

        int ir = 0, lr = 0, or = 0, ocr = 0, ar = 0, er = 0, sr = 0, mr = 0, smr = 0, cr = 0, vr = 0, vlr = 0, hr = 0, ended = 0;
        for (var c = 0; c < ChildCount; c++)
        {
            var child = children[c];
            _offenceOffset[c] = or;
            foreach (var offence in child.Offences)
            {
                Offences[or++] = new OffenceRow(
                    Days.PointOf(offence.OffenceDate),
                    Days.PointOf(offence.ArrestDate),
                    offence.Category.Value,
                    offence.Seriousness.Value,
                    offence.KnifeRelated,
                    offence.IsSeriousViolence,
                    offence.Category.IsSeriousViolenceCategory,
                    ocr,
                    offence.Outcomes.Count);
                foreach (var outcome in offence.Outcomes)
                {
                    Outcomes[ocr++] = new OutcomeRow(
                        Days.Of(outcome.Date),
                        outcome.Outcome.Value,
                        Days.PointOf(outcome.FirstHearingDate),
                        outcome.IsOverturnedOnAppeal,
                        outcome.CountsAsResident,
                        outcome.AppealStatus is not null,
                        outcome.ResidentInArea is not null);
                }
            }

            _interventionOffset[c] = ir;
            foreach (var intervention in child.Interventions)
            {
                var first = lr;
                foreach (var offenceId in intervention.OffenceIds)
                {
                    InterventionLinks[lr++] = FindOffenceRow(child, c, offenceId);
                }

                Interventions[ir++] = new InterventionRow(
                    Days.Of(intervention.Start),
                    Days.EndOf(intervention.End),
                    intervention.Disposal.Value,
                    Flag(intervention.CompletedSuccessfully),
                    first,
                    intervention.OffenceIds.Count,
                    Days.PointOf(intervention.EffectiveReleaseDate));
                if (intervention.End is not null)
                {
                    ended++;
                }
            }

            _accommodationOffset[c] = ar;
            foreach (var a in child.Accommodation)
            {
                Accommodation[ar++] = new AccommodationRow(Days.StartOf(a.Start), Days.EndOf(a.End), a.Type.Value, a.Type.Group.Value, a.EffectiveSuitability?.Value ?? 0, a.Primary, a.Suitability?.Value ?? 0);
            }

            _eteOffset[c] = er;
            foreach (var e in child.Ete)
            {
                Ete[er++] = new EteRow(Days.StartOf(e.Start), Days.EndOf(e.End), e.Provision.Value, e.Suitability?.Value ?? 0, e.HoursOffered ?? -1m, e.HoursAttended ?? -1m);
            }

            _sendAlnOffset[c] = sr;
            foreach (var s in child.SendAln)
            {
                SendAln[sr++] = new SendAlnRow(Days.StartOf(s.Start), Days.EndOf(s.End), Flag(s.Identified), Flag(s.FormalPlan));
            }

            _mentalHealthOffset[c] = mr;
            foreach (var m in child.MentalHealth)
            {
                MentalHealth[mr++] = new HealthRow(Days.PointOf(m.Screened), Days.PointOf(m.Referred), Days.PointOf(m.Offered), Days.PointOf(m.AttendedStart), Days.PointOf(m.AttendedEnd), m.Intervention?.Value ?? 0);
            }

            _substanceMisuseOffset[c] = smr;
            foreach (var m in child.SubstanceMisuse)
            {
                SubstanceMisuse[smr++] = new HealthRow(Days.PointOf(m.Screened), Days.PointOf(m.Referred), Days.PointOf(m.Offered), Days.PointOf(m.AttendedStart), Days.PointOf(m.AttendedEnd), m.Intervention?.Value ?? 0);
            }

            _careOffset[c] = cr;
            foreach (var p in child.CareStatus)
            {
                Care[cr++] = new CareRow(Days.StartOf(p.Start), Days.EndOf(p.End), p.Status.Value);
            }

            _victimOffset[c] = vr;
            foreach (var v in child.Victims)
            {
                var first = vlr;
                foreach (var offenceId in v.OffenceIds)
                {
                    VictimLinks[vlr++] = FindOffenceRow(child, c, offenceId);
                }

                Victims[vr++] = new VictimRow(
                    first,
                    v.OffenceIds.Count,
                    Flag(v.ConsentToContact),
                    Flag(v.EngagedRestorativeJustice),
                    Flag(v.ViewsSoughtBeforeDecision),
                    Flag(v.ProgressRequested),
                    Flag(v.ProgressProvided),
                    Flag(v.SupportRequested),
                    Flag(v.SupportProvided),
                    Flag(v.Contacted));
            }

            // Hearings; each offence keeps its earliest hearing with a remand decision (kpi-rules §2.1, decision K7-3).
            _hearingOffset[c] = hr;
            foreach (var h in child.Hearings)
            {
                var row = hr++;
                Hearings[row] = new HearingRow(Days.Of(h.Date), h.RemandDecision.Value, h.RemandDecision.IsRemand);
                if (!h.RemandDecision.IsRemand)
                {
                    continue;
                }

                foreach (var offenceId in h.OffenceIds)
                {
                    var offenceRow = FindOffenceRow(child, c, offenceId);
                    if (offenceRow >= 0 && IsEarlier(child, c, row, Offences[offenceRow].FirstRemandHearing))
                    {
                        Offences[offenceRow] = Offences[offenceRow] with { FirstRemandHearing = row };
                    }
                }
            }
        }

        _interventionOffset[ChildCount] = ir;
        _offenceOffset[ChildCount] = or;
        _accommodationOffset[ChildCount] = ar;
        _eteOffset[ChildCount] = er;
        _sendAlnOffset[ChildCount] = sr;
        _mentalHealthOffset[ChildCount] = mr;
        _substanceMisuseOffset[ChildCount] = smr;
        _careOffset[ChildCount] = cr;
        _victimOffset[ChildCount] = vr;
        _hearingOffset[ChildCount] = hr;

        InterventionChild = new int[ir];
        for (var c = 0; c < ChildCount; c++)
        {
            for (var row = _interventionOffset[c]; row < _interventionOffset[c + 1]; row++)
            {
                InterventionChild[row] = c;
            }
        }

        _byEndRow = new int[ended];
        _byEndOrdinal = new int[ended];
        var keys = new long[ended];
        var k = 0;
        for (var row = 0; row < ir; row++)
        {
            if (Interventions[row].End == Days.Open)
            {
                continue;
            }

            var ordinal = QuarterOrdinalOf(Days.ToDate(Interventions[row].End));
            _byEndRow[k] = row;
            keys[k] = ((long)ordinal << 32) | (uint)row; // rows are already in child order
            k++;
        }

        Array.Sort(keys, _byEndRow);
        for (var i = 0; i < ended; i++)
        {
            _byEndOrdinal[i] = (int)(keys[i] >> 32);
        }
    }

    public ServiceData Service { get; }

    public int ChildCount { get; }

    public ChildCase[] Children { get; }

    /// <summary>Each child's date of birth as a day number, or <see cref="Days.None"/>.</summary>
    public int[] DateOfBirth { get; }

    /// <summary>
    /// Each child's last day of compulsory school age (KPI 2 school age / above school age; <see cref="SchoolAgeDays"/>),
    /// with school years starting on 1 September; <see cref="Days.None"/> without a date of birth.
    /// </summary>
    public int[] SchoolAgeEnd { get; }

    public InterventionRow[] Interventions { get; }

    /// <summary>The child of each intervention row.</summary>
    public int[] InterventionChild { get; }

    /// <summary>For each link of an intervention, the global offence row, or -1 when the offence id is not in the child's data.</summary>
    public int[] InterventionLinks { get; }

    public OffenceRow[] Offences { get; }

    public OutcomeRow[] Outcomes { get; }

    public AccommodationRow[] Accommodation { get; }

    public EteRow[] Ete { get; }

    public SendAlnRow[] SendAln { get; }

    public HealthRow[] MentalHealth { get; }

    public HealthRow[] SubstanceMisuse { get; }

    public CareRow[] Care { get; }

    public VictimRow[] Victims { get; }

    /// <summary>For each link of a victim record, the global offence row, or -1.</summary>
    public int[] VictimLinks { get; }

    /// <summary>The court hearings (KPI 1's remand sub-measure).</summary>
    public HearingRow[] Hearings { get; }

    public int InterventionStart(int child) => _interventionOffset[child];

    public int OffenceStart(int child) => _offenceOffset[child];

    public int AccommodationStart(int child) => _accommodationOffset[child];

    public int EteStart(int child) => _eteOffset[child];

    public int SendAlnStart(int child) => _sendAlnOffset[child];

    public int MentalHealthStart(int child) => _mentalHealthOffset[child];

    public int SubstanceMisuseStart(int child) => _substanceMisuseOffset[child];

    public int CareStart(int child) => _careOffset[child];

    public int VictimStart(int child) => _victimOffset[child];

    public int HearingStart(int child) => _hearingOffset[child];

    public ReadOnlySpan<OffenceRow> OffencesOf(int child) => Slice(Offences, _offenceOffset, child);

    public ReadOnlySpan<AccommodationRow> AccommodationOf(int child) => Slice(Accommodation, _accommodationOffset, child);

    public ReadOnlySpan<EteRow> EteOf(int child) => Slice(Ete, _eteOffset, child);

    public ReadOnlySpan<SendAlnRow> SendAlnOf(int child) => Slice(SendAln, _sendAlnOffset, child);

    public ReadOnlySpan<HealthRow> MentalHealthOf(int child) => Slice(MentalHealth, _mentalHealthOffset, child);

    public ReadOnlySpan<HealthRow> SubstanceMisuseOf(int child) => Slice(SubstanceMisuse, _substanceMisuseOffset, child);

    public ReadOnlySpan<CareRow> CareOf(int child) => Slice(Care, _careOffset, child);

    public ReadOnlySpan<VictimRow> VictimsOf(int child) => Slice(Victims, _victimOffset, child);

    /// <summary>
    /// The quarter ordinal of <paramref name="date"/> (<c>FinancialYearStartYear × 4 + QuarterNumber − 1</c>) without
    /// <see cref="ReportingQuarter.ForDate"/>'s range check: an end date in financial year 9999/00 (an "open-ended"
    /// 9999-12-31) gets an ordinal past <see cref="ReportingQuarter.MaxValue"/>, so no reportable quarter sees it end.
    /// </summary>
    private static int QuarterOrdinalOf(LocalDate date)
    {
        var startYear = date.Month >= 4 ? date.Year : date.Year - 1;
        return checked((startYear * 4) + ((date.Month + 8) % 12 / 3));
    }

    /// <summary>The interventions (rows) ending in the quarter with the given ordinal, grouped by child in child order.</summary>
    public ReadOnlySpan<int> InterventionsEndingIn(int quarterOrdinal)
    {
        var from = LowerBound(_byEndOrdinal, quarterOrdinal);
        var to = LowerBound(_byEndOrdinal, quarterOrdinal + 1);
        return _byEndRow.AsSpan(from, to - from);
    }

    /// <summary>The index of a child by id, or -1.</summary>
    public int IndexOf(YouthJustice.Domain.Children.ChildId id)
    {
        for (var c = 0; c < ChildCount; c++)
        {
            if (Children[c].Id == id)
            {
                return c;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<T> Slice<T>(T[] rows, int[] offsets, int child)
        => rows.AsSpan(offsets[child], offsets[child + 1] - offsets[child]);

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static sbyte Flag(bool? value) => value switch
    {
        true => 1,
        false => 0,
        null => -1,
    };

    // Whether hearing row `row` comes before `current` (-1 = none yet): the earlier day, then the lower id (ordinal), so
    // that the hearing chosen does not depend on the order of the input (decision K7-3).
    private bool IsEarlier(ChildCase child, int childIndex, int row, int current)
    {
        if (current < 0)
        {
            return true;
        }

        if (Hearings[row].Date != Hearings[current].Date)
        {
            return Hearings[row].Date < Hearings[current].Date;
        }

        var offset = _hearingOffset[childIndex];
        return child.Hearings[row - offset].Id < child.Hearings[current - offset].Id;
    }

    private int FindOffenceRow(ChildCase child, int childIndex, OffenceId id)
    {
        var offences = child.Offences;
        for (var o = 0; o < offences.Count; o++)
        {
            if (offences[o].Id == id)
            {
                return _offenceOffset[childIndex] + o;
            }
        }

        return -1;
    }
}
