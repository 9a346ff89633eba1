using System;
using NodaTime;
using YouthJustice.Domain.Cases;
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
    /// <summary>What explaining a child of a table without its children's objects says.</summary>
    internal const string NoCaseDataMessage =
        "This service was prepared child by child (PreparedServiceBuilder), which keeps the rows the returns need but not the children's records; "
        + "explanations and child-by-child comparisons need them: prepare it from its ServiceData with KpiEngine.Prepare.";

    private readonly ChildCase[]? _children;
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

    public CaseTable(ServiceData service, CaseTableBuilder built)
    {
        Service = service;
        _children = built.KeptChildren();
        ChildCount = built.ChildCount;
        ChildIds = built.ChildIds.ToArray();
        Sex = built.Sex.ToArray();
        EthnicityGroup = built.EthnicityGroup.ToArray();
        DateOfBirth = built.DateOfBirth.ToArray();
        SchoolAgeEnd = built.SchoolAgeEnd.ToArray();
        _interventionOffset = built.InterventionOffset.ToArray();
        _offenceOffset = built.OffenceOffset.ToArray();
        _accommodationOffset = built.AccommodationOffset.ToArray();
        _eteOffset = built.EteOffset.ToArray();
        _sendAlnOffset = built.SendAlnOffset.ToArray();
        _mentalHealthOffset = built.MentalHealthOffset.ToArray();
        _substanceMisuseOffset = built.SubstanceMisuseOffset.ToArray();
        _careOffset = built.CareOffset.ToArray();
        _victimOffset = built.VictimOffset.ToArray();
        _hearingOffset = built.HearingOffset.ToArray();
        Interventions = built.Interventions.ToArray();
        InterventionIds = built.InterventionIds.ToArray();
        InterventionLinks = built.InterventionLinks.ToArray();
        Offences = built.Offences.ToArray();
        OffenceIds = built.OffenceIds.ToArray();
        Outcomes = built.Outcomes.ToArray();
        Accommodation = built.Accommodation.ToArray();
        Ete = built.Ete.ToArray();
        SendAln = built.SendAln.ToArray();
        MentalHealth = built.MentalHealth.ToArray();
        SubstanceMisuse = built.SubstanceMisuse.ToArray();
        Care = built.Care.ToArray();
        Victims = built.Victims.ToArray();
        VictimKeys = built.VictimKeys.ToArray();
        VictimLinks = built.VictimLinks.ToArray();
        Hearings = built.Hearings.ToArray();

        var rows = Interventions.Length;
        InterventionChild = new int[rows];
        var ended = 0;
        for (var c = 0; c < ChildCount; c++)
        {
            for (var row = _interventionOffset[c]; row < _interventionOffset[c + 1]; row++)
            {
                InterventionChild[row] = c;
                if (Interventions[row].End != Days.Open)
                {
                    ended++;
                }
            }
        }

        _byEndRow = new int[ended];
        _byEndOrdinal = new int[ended];
        var keys = new long[ended];
        var k = 0;
        for (var row = 0; row < rows; row++)
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

    /// <summary>Whether the table keeps the children's objects (prepared from a <see cref="ServiceData"/>), which explanations read.</summary>
    public bool HasChildren => _children is not null;

    /// <summary>Each child's id.</summary>
    public YouthJustice.Domain.Children.ChildId[] ChildIds { get; }

    /// <summary>Each child's sex.</summary>
    public YouthJustice.Domain.Children.Sex[] Sex { get; }

    /// <summary>Each child's ethnicity group (the YJB's, which KPI breakdowns use).</summary>
    public YouthJustice.Domain.Children.EthnicityGroup[] EthnicityGroup { get; }

    /// <summary>The id of each intervention row.</summary>
    public InterventionId[] InterventionIds { get; }

    /// <summary>The id of each offence row.</summary>
    public OffenceId[] OffenceIds { get; }

    /// <summary>For each victim row, the index of its victim id among the service's distinct victim ids.</summary>
    public int[] VictimKeys { get; }

    /// <summary>
    /// The child's objects, for explanations and the child-by-child comparisons.
    /// </summary>
    /// <exception cref="InvalidOperationException">The service was prepared from a stream of children, which keeps only the rows.</exception>
    public ChildCase ChildAt(int child)
        => _children is { } children
            ? children[child]
            : throw new InvalidOperationException(NoCaseDataMessage);

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
            if (ChildIds[c] == id)
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
}
