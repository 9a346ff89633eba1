using System;
using System.Collections.Generic;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.National;

/// <summary>
/// Proven reoffending by children (the MoJ method for juveniles, applied to the service's case-level data): of the
/// children cautioned, given a non-custodial court sentence or released from custody in the quarter (a 3-month
/// cohort), how many committed a further offence within 12 months that was proven by a caution or conviction within
/// those 12 months or a further 6-month waiting period.
/// </summary>
/// <remarks>
/// <para><b>Cohort</b> (kpi-rules §3.2, §13.18): children whose first index event in the quarter is a youth caution or
/// youth conditional caution, a non-custodial court sentence (any court outcome that is a conviction:
/// <see cref="Domain.Disposals.Disposal.CountsAsFirstTimeEntry"/> and not custodial), or a release from custody; the
/// outcome not overturned on appeal and given while resident in the area (a missing flag counts as resident). A release
/// is the release date recorded on a custodial intervention (within the programme), else the end of the custodial
/// part: the end of a <c>DetentionAndTrainingOrderCustody</c> intervention, or, for a custodial sentence recorded as
/// one intervention (s.250, s.252A, EDS, detention for life, DHMP, or a DTO not split into its halves), the end of that
/// intervention (<see cref="NationalRules.ReleaseDay"/>, decision KN4);
/// the intervention must be linked to an offence whose custodial outcome passes the same appeal and residence checks.
/// Juvenile: aged 10–17 on the index date (no date of birth: not in the cohort).</para>
/// <para><b>Proven reoffence</b>: an offence committed strictly after the index date and no later than 12 months
/// after it, with a caution or conviction (a formal outcome, not overturned on appeal) dated no later than 18 months
/// after the index date. Each such offence is one reoffence. Offences of the categories in
/// <see cref="KpiOptions.ExcludedReoffenceCategories"/> never count (default: none; kpi-rules §3.2 [L]).</para>
/// <para><b>Data as at</b>: <see cref="KpiOptions.DataAsAt"/>, by default the latest date in the service's data
/// (never the clock). Nothing dated after it is read. When it is before the quarter's end plus 18 months, the
/// waiting period of the cohort's last member has not passed and every result is marked provisional.</para>
/// <para><b>Measures</b>: <c>reoffending.binaryRate</c> = reoffenders ÷ cohort × 100; <c>reoffending.frequencyRate</c>
/// = reoffences ÷ cohort; <c>reoffending.reoffencesPerReoffender</c> = reoffences ÷ reoffenders;
/// <c>reoffending.cohort</c> and <c>reoffending.reoffenders</c> are counts.</para>
/// </remarks>
[Source("MoJ, Proven reoffending statistics: definitions and 3-month cohorts since October 2017 (kpi-rules §3.2, S4–S6, S13–S15, S33); kpi-rules §13.18", Confidence = Confidence.Medium)]
internal sealed class ProvenReoffendingMeasure : ServiceKpi
{
    public const int BinaryRate = 0;
    public const int FrequencyRate = 1;
    public const int ReoffencesPerReoffender = 2;
    public const int CohortCount = 3;
    public const int Reoffenders = 4;

    /// <summary>The follow-up period in which a reoffence must be committed.</summary>
    public const int FollowUpMonths = 12;

    /// <summary>The follow-up plus the waiting period in which it must be proven.</summary>
    public const int ProofMonths = 18;

    private static readonly int CategorySlots = MaxCategoryValue() + 1;

    private readonly IReadOnlyList<MeasureDefinition> _measures =
    [
        new("reoffending.binaryRate", "Proven reoffending, binary rate: children in the quarter's cohort who committed a proven reoffence within 12 months", MeasureUnit.Percent, null, false),
        new("reoffending.frequencyRate", "Proven reoffending, frequency rate: proven reoffences per child in the quarter's cohort", MeasureUnit.Ratio, null, false),
        new("reoffending.reoffencesPerReoffender", "Proven reoffences per reoffender", MeasureUnit.Ratio, null, false),
        new("reoffending.cohort", "Children in the quarter's reoffending cohort (cautioned, given a non-custodial court sentence or released from custody)", MeasureUnit.Count, null, false),
        new("reoffending.reoffenders", "Children in the quarter's reoffending cohort with at least one proven reoffence", MeasureUnit.Count, null, false),
    ];

    /// <summary>Where a child stands in the quarter's cohort.</summary>
    internal enum Standing
    {
        /// <summary>No index event in the quarter.</summary>
        NoIndexEvent,

        /// <summary>In the cohort.</summary>
        Member,

        /// <summary>No date of birth: the age on the index date is unknown.</summary>
        NoDateOfBirth,

        /// <summary>Not aged 10–17 on the index date.</summary>
        NotAJuvenile,
    }

    public override KpiArea? Area => null;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override IReadOnlyList<MeasureResult> Compute(ServiceContext context)
    {
        var table = context.Table;
        var window = context.Shared(Window.Of);
        long cohort = 0, reoffenders = 0, reoffences = 0;
        for (var c = 0; c < table.ChildCount; c++)
        {
            var child = Evaluate(table, c, window);
            if (child.Standing != Standing.Member)
            {
                continue;
            }

            cohort++;
            if (child.Reoffences > 0)
            {
                reoffenders++;
                reoffences += child.Reoffences;
            }
        }

        var provisional = window.Provisional;
        return
        [
            new MeasureResult(_measures[BinaryRate], new Fraction(reoffenders, cohort), provisional: provisional),
            new MeasureResult(_measures[FrequencyRate], new Fraction(reoffences, cohort), provisional: provisional),
            new MeasureResult(_measures[ReoffencesPerReoffender], new Fraction(reoffences, reoffenders), provisional: provisional),
            new MeasureResult(_measures[CohortCount], Fraction.OfCount(cohort), provisional: provisional),
            new MeasureResult(_measures[Reoffenders], Fraction.OfCount(reoffenders), provisional: provisional),
        ];
    }

    public override void Explain(ServiceContext context, int child, MeasureSinkSlice sink)
    {
        var result = Evaluate(context.Table, child, context.Shared(Window.Of));
        if (result.Standing != Standing.Member)
        {
            var reason = result.Standing switch
            {
                Standing.NoIndexEvent => new Reason("not in the reoffending cohort: no caution, non-custodial court sentence or release from custody in the quarter"),
                Standing.NoDateOfBirth => new Reason("not in the reoffending cohort: no date of birth, so the age on the first index event, {record}, is unknown", result.IndexKind, result.IndexRow),
                _ => new Reason("not in the reoffending cohort: not aged 10 to 17 on {day}, the date of the first index event, {record}", result.IndexKind, result.IndexRow, result.IndexDay),
            };
            for (var m = 0; m < _measures.Count; m++)
            {
                sink.NotInDenominator(m, reason);
            }

            return;
        }

        sink.Record(
            CohortCount,
            ChildMeasureStatus.Met,
            result.IndexKind == RecordKind.Intervention
                ? NationalRules.HasRecordedRelease(context.Table.Interventions[result.IndexRow])
                    ? new Reason("in the reoffending cohort: released from custody on {day}, the release date recorded on {record}", RecordKind.Intervention, result.IndexRow, result.IndexDay)
                    : new Reason("in the reoffending cohort: released from custody on {day}, the end of {record}", RecordKind.Intervention, result.IndexRow, result.IndexDay)
                : new Reason("in the reoffending cohort: the first index event in the quarter is {record}", RecordKind.Outcome, result.IndexRow));

        if (result.Reoffences > 0)
        {
            var proven = new Reason("proven reoffence after the index date {day}: {record}", RecordKind.Offence, result.FirstReoffence, result.IndexDay);
            sink.Record(BinaryRate, ChildMeasureStatus.Met, proven);
            sink.Record(FrequencyRate, ChildMeasureStatus.Met, proven);
            sink.Record(ReoffencesPerReoffender, ChildMeasureStatus.Met, proven);
            sink.Record(Reoffenders, ChildMeasureStatus.Met, proven);
            return;
        }

        var none = new Reason("no proven reoffence: no offence committed in the 12 months after the index date {day} led to a caution or conviction within 18 months of it", RecordKind.None, -1, result.IndexDay);
        sink.Record(BinaryRate, ChildMeasureStatus.NotMet, none);
        sink.Record(FrequencyRate, ChildMeasureStatus.NotMet, none);
        sink.Record(Reoffenders, ChildMeasureStatus.NotMet, none);
        sink.NotInDenominator(ReoffencesPerReoffender, none);
    }

    /// <summary>One child's standing in the quarter's cohort and, for a member, the proven reoffences.</summary>
    internal static ChildReoffending Evaluate(CaseTable table, int child, in Window window)
    {
        var (indexDay, indexKind, indexRow) = FirstIndexEvent(table, child, window);
        if (indexRow < 0)
        {
            return new ChildReoffending(Standing.NoIndexEvent, Days.None, RecordKind.None, -1, 0, -1);
        }

        var dob = table.DateOfBirth[child];
        if (dob == Days.None)
        {
            return new ChildReoffending(Standing.NoDateOfBirth, indexDay, indexKind, indexRow, 0, -1);
        }

        if (!ChildAge.IsChildAt(dob, indexDay))
        {
            return new ChildReoffending(Standing.NotAJuvenile, indexDay, indexKind, indexRow, 0, -1);
        }

        var index = Days.ToDate(indexDay);
        var committedBy = Days.Of(index.PlusMonths(FollowUpMonths));
        var provenBy = Math.Min(Days.Of(index.PlusMonths(ProofMonths)), window.AsAt);
        var reoffences = 0;
        var first = -1;
        var offences = table.OffencesOf(child);
        var offset = table.OffenceStart(child);
        for (var o = 0; o < offences.Length; o++)
        {
            ref readonly var offence = ref offences[o];
            if (offence.OffenceDate <= indexDay || offence.OffenceDate > committedBy || window.IsExcluded(offence.Category))
            {
                continue;
            }

            if (!IsProven(table, offence, provenBy))
            {
                continue;
            }

            reoffences++;
            if (first < 0 || offence.OffenceDate < table.Offences[first].OffenceDate)
            {
                first = offset + o;
            }
        }

        return new ChildReoffending(Standing.Member, indexDay, indexKind, indexRow, reoffences, first);
    }

    /// <summary>The earliest index event in the quarter, read no later than the as-at date.</summary>
    private static (int Day, RecordKind Kind, int Row) FirstIndexEvent(CaseTable table, int child, in Window window)
    {
        var last = Math.Min(window.To, window.AsAt);
        int best = Days.Open, row = -1;
        var kind = RecordKind.None;

        // Cautions and non-custodial court sentences.
        var offences = table.OffencesOf(child);
        for (var o = 0; o < offences.Length; o++)
        {
            ref readonly var offence = ref offences[o];
            for (var oc = offence.FirstOutcome; oc < offence.FirstOutcome + offence.OutcomeCount; oc++)
            {
                ref readonly var outcome = ref table.Outcomes[oc];
                if (!NationalRules.IsFormal(outcome.Disposal) || NationalRules.IsCustodialSentence(outcome.Disposal)
                    || outcome.IsOverturned || !outcome.IsResident
                    || !Periods.IsWithin(outcome.Date, window.From, last))
                {
                    continue;
                }

                if (outcome.Date < best)
                {
                    (best, kind, row) = (outcome.Date, RecordKind.Outcome, oc);
                }
            }
        }

        // Releases from custody: the end of the custodial part.
        var end = table.InterventionStart(child + 1);
        for (var ir = table.InterventionStart(child); ir < end; ir++)
        {
            ref readonly var intervention = ref table.Interventions[ir];
            var released = NationalRules.ReleaseDay(intervention);
            if (!NationalRules.IsCustodialIntervention(intervention.Disposal)
                || !Periods.IsWithin(released, window.From, last)
                || !HasCountingCustodialOutcome(table, intervention))
            {
                continue;
            }

            if (released < best)
            {
                (best, kind, row) = (released, RecordKind.Intervention, ir);
            }
        }

        return (best, kind, row);
    }

    private static bool HasCountingCustodialOutcome(CaseTable table, in InterventionRow intervention)
    {
        for (var l = 0; l < intervention.LinkCount; l++)
        {
            var or = table.InterventionLinks[intervention.FirstLink + l];
            if (or < 0)
            {
                continue;
            }

            ref readonly var offence = ref table.Offences[or];
            for (var oc = offence.FirstOutcome; oc < offence.FirstOutcome + offence.OutcomeCount; oc++)
            {
                ref readonly var outcome = ref table.Outcomes[oc];
                if (NationalRules.IsCustodialSentence(outcome.Disposal) && !outcome.IsOverturned && outcome.IsResident)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsProven(CaseTable table, in OffenceRow offence, int provenBy)
    {
        for (var oc = offence.FirstOutcome; oc < offence.FirstOutcome + offence.OutcomeCount; oc++)
        {
            ref readonly var outcome = ref table.Outcomes[oc];
            if (NationalRules.IsFormal(outcome.Disposal) && !outcome.IsOverturned && outcome.Date <= provenBy)
            {
                return true;
            }
        }

        return false;
    }

    private static int MaxCategoryValue()
    {
        var max = 0;
        foreach (var category in OffenceCategory.List)
        {
            max = Math.Max(max, category.Value);
        }

        return max;
    }

    /// <summary>One child's result: standing, index event (day, record) and proven reoffences (count, first offence row).</summary>
    internal readonly record struct ChildReoffending(Standing Standing, int IndexDay, RecordKind IndexKind, int IndexRow, int Reoffences, int FirstReoffence);

    /// <summary>The quarter's days, the as-at day, whether the cohort is provisional and the excluded categories.</summary>
    internal readonly struct Window
    {
        private readonly bool[] _excluded;

        private Window(int from, int to, int asAt, bool provisional, bool[] excluded)
        {
            From = from;
            To = to;
            AsAt = asAt;
            Provisional = provisional;
            _excluded = excluded;
        }

        public int From { get; }

        public int To { get; }

        /// <summary>The data-as-at day (<see cref="Days.None"/> when the data hold no date at all).</summary>
        public int AsAt { get; }

        /// <summary>Whether the cohort's 18 months had not passed by the as-at date.</summary>
        public bool Provisional { get; }

        public static Window Of(ServiceContext context)
        {
            var quarter = context.Quarter;
            var asAt = context.Options.DataAsAt is { } given ? Days.Of(given) : NationalRules.LatestDay(context.Table);
            var complete = Days.Of(quarter.End.PlusMonths(ProofMonths));
            var excluded = new bool[CategorySlots];
            foreach (var category in context.Options.ExcludedReoffenceCategories)
            {
                excluded[category.Value] = true;
            }

            return new Window(Days.Of(quarter.Start), Days.Of(quarter.End), asAt, asAt == Days.None || asAt < complete, excluded);
        }

        public bool IsExcluded(int category) => (uint)category < (uint)_excluded.Length && _excluded[category];
    }
}
