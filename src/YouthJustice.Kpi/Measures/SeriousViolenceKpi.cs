using System;
using System.Collections.Generic;
using System.Globalization;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 9 — Serious violence: the rate of proven serious-violence offences per 10,000 children aged 10 to 17 living in
/// the service's area.
/// </summary>
/// <remarks>
/// <para><b>Unit</b>: offences, not children. An offence counts when it has a caution or sentence (legal-outcome group
/// Pre-court, First-tier, Community or Custody; diversion outcomes such as community resolutions never count), is
/// linked to an intervention whose disposal counts in the KPIs (whatever the intervention's dates), was not
/// overturned on appeal, the child lived in the area on the outcome date and was 10–17 on the age reference date
/// (pre-court: the arrest, else the offence date; court: the first hearing, else the outcome date).</para>
/// <para><b>Dedup and quarter</b>: one outcome is kept per (child, offence) over all its eligible outcomes — the most
/// serious type of order, then the latest outcome date — and the kept outcome's date puts the offence in a quarter
/// (kpi-rules §2.9, §13.13).</para>
/// <para><b>Serious violence</b>: a Drugs, Robbery or Violence-against-the-person offence with a seriousness score of 5
/// or more (<see cref="Offence.IsSeriousViolence"/>).</para>
/// <para><b>Headline</b>: serious-violence offences ÷ the ONS 10–17 population × 10,000, the population being the
/// estimate for the calendar year before the financial year starts (FY2023/24 uses 2022). No estimate: the rate has
/// no value (denominator 0).</para>
/// <para><b>Sub-measures</b> (the catalogue, <see cref="SeriousViolenceMeasures"/>): 9a SV offences ÷ all counted offences; 9b children with an SV offence ÷ children with a
/// counted offence; 9c SV by category and 9d SV by score ÷ SV offences; 9e SV ÷ all offences of each type of order
/// (the non-substantive out-of-court type never counts); 9f children with an SV offence by age band 10–14/15–17, sex
/// and ethnicity group ÷ children with an SV offence, each child in one age band only, that of their youngest age among
/// their SV offences counted in the quarter, so that the bands add up to 9b's numerator (kpi-rules §13.22); the template's 10–15/16–17 split of SV offences, overall and by
/// category.</para>
/// <para><b>Definition sets</b>: the same under 2023 and 2024.</para>
/// <para><b>Profile</b>: the appeal and residence checks follow the profile as the cohort's do (yjaf-case-level §6.1);
/// under <see cref="PipelineDivergence.SeriousViolenceDateFilterBeforeDedup"/> outcomes dated before 2023-04-01 are
/// dropped before the dedup (yjaf-case-level §6.11); under <see cref="PipelineDivergence.SeriousViolenceNoRateAfter2024"/>
/// a quarter after FY2024/25 has no population (yjaf-case-level §6.10).</para>
/// </remarks>
[Source("YJB KPI guidance, serious violence (gov.uk S1); YJB pipeline kpi9_sv_case_level(_v8), kpi9_sv_summary, kpi9_sv_template_v8 (kpi-rules §2.9, §13.13, S20-S21)")]
internal sealed class SeriousViolenceKpi : ServiceKpi
{
    // Where one counted offence stands on a measure.
    private const byte Outside = 0;
    private const byte DenominatorOnly = 1;
    private const byte Numerator = 2;

    private static readonly SeriousViolenceMeasure[] Catalogue = SeriousViolenceMeasures.All;

    /// <summary>The headline, which carries the population reason.</summary>
    private static readonly int Headline = Array.FindIndex(Catalogue, m => m.Rule == SeriousViolenceRule.Headline);

    /// <summary>9a, whose numerator is the headline's.</summary>
    private static readonly int ShareOfOffences = Array.FindIndex(Catalogue, m => m.Rule == SeriousViolenceRule.ShareOfOffences);

    private static readonly string SeriousViolenceWords = $"drugs, robbery or violence against the person scored {SeriousnessScore.SeriousViolenceThreshold.ToString(CultureInfo.InvariantCulture)} or more";
    private static readonly string SeriousViolenceReason = "{record}, kept outcome on {day}: serious violence (" + SeriousViolenceWords + ")";
    private static readonly string ScoredBelowReason = "{record}, kept outcome on {day}: not serious violence (scored below " + SeriousnessScore.SeriousViolenceThreshold.ToString(CultureInfo.InvariantCulture) + ")";

    private readonly MeasureDefinition[] _measures = Array.ConvertAll(Catalogue, m => new MeasureDefinition(m.Id, m.Title, m.Unit, KpiArea.SeriousViolence, false));

    public override KpiArea? Area => KpiArea.SeriousViolence;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override IReadOnlyList<MeasureResult> Compute(ServiceContext context)
    {
        var offences = CountedIn(context, out var count);
        var counter = new Counter(Catalogue.Length);
        var i = 0;
        while (i < count)
        {
            var child = offences[i].Child;
            var childEnd = i;
            while (childEnd < count && offences[childEnd].Child == child)
            {
                childEnd++;
            }

            Evaluate(context.Table, child, offences.AsSpan(i, childEnd - i), ref counter);
            i = childEnd;
        }

        var results = new MeasureResult[Catalogue.Length];
        for (var m = 0; m < Catalogue.Length; m++)
        {
            results[m] = m == Headline
                ? new MeasureResult(_measures[m], new Fraction(counter.Numerators[ShareOfOffences], Populations.SeriousViolenceAged10To17(context.Table, context.Quarter, context.Options.Profile)))
                : new MeasureResult(_measures[m], new Fraction(counter.Numerators[m], counter.Denominators[m]));
        }

        return results;
    }

    public override void Explain(ServiceContext context, int child, MeasureSinkSlice sink)
    {
        var table = context.Table;
        var (first, end) = QuarterDays(context);
        var mine = new List<CountedOffence>();
        for (var or = table.OffenceStart(child); or < table.OffenceStart(child + 1); or++)
        {
            if (TryKeep(table, context.Counting, context.Options.Profile, child, or, out var kept) && kept.OutcomeDate >= first && kept.OutcomeDate <= end)
            {
                mine.Add(kept);
            }
        }

        var explainer = new Explainer(table, sink, mine.Count > 0);
        Evaluate(table, child, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mine), ref explainer);
        if (Populations.IsBeyondPipelineLookup(context.Quarter, context.Options.Profile))
        {
            sink.Record(Headline, explainer.HeadlineStatus, new Reason("the YJB pipeline's population lookup has no estimate for the financial year starting {day} (after FY2024/25): the rate has no value (yjb-pipeline profile, yjaf-case-level §6.10)", RecordKind.None, -1, Days.Of(context.Quarter.FinancialYear.Start)));
        }
        else if (Populations.IsMissing(table, context.Quarter))
        {
            sink.Record(Headline, explainer.HeadlineStatus, new Reason("no ONS population estimate of children aged 10-17 for the calendar year before the financial year starting {day}: the rate has no value", RecordKind.None, -1, Days.Of(context.Quarter.FinancialYear.Start)));
        }
    }

    /// <summary>
    /// The offences counted in the quarter, in child order: for every offence, its kept outcome (kpi-rules §13.13)
    /// placed in the quarter of its date. One pass over the service, one array for the call.
    /// </summary>
    internal static CountedOffence[] CountedIn(ServiceContext context, out int count)
    {
        var table = context.Table;
        var (first, end) = QuarterDays(context);
        var offences = new CountedOffence[table.Offences.Length];
        count = 0;
        for (var child = 0; child < table.ChildCount; child++)
        {
            for (var or = table.OffenceStart(child); or < table.OffenceStart(child + 1); or++)
            {
                if (TryKeep(table, context.Counting, context.Options.Profile, child, or, out var kept) && kept.OutcomeDate >= first && kept.OutcomeDate <= end)
                {
                    offences[count++] = kept;
                }
            }
        }

        return offences;
    }

    /// <summary>
    /// The kept outcome of one offence over all its outcomes that count for serious violence, or false when none does.
    /// Under <see cref="PipelineDivergence.SeriousViolenceDateFilterBeforeDedup"/> an outcome dated before 2023-04-01
    /// does not count, so the dedup never sees it (yjaf-case-level §6.11).
    /// </summary>
    internal static bool TryKeep(CaseTable table, CountingTables counting, KpiProfile profile, int child, int offenceRow, out CountedOffence kept)
    {
        kept = default;
        ref readonly var offence = ref table.Offences[offenceRow];
        if (offence.OutcomeCount == 0 || !IsLinkedToCountingIntervention(table, counting, child, offenceRow))
        {
            return false;
        }

        var dob = table.DateOfBirth[child];
        var from = profile.Has(PipelineDivergence.SeriousViolenceDateFilterBeforeDedup) ? CohortBuilder.CollectionStart : int.MinValue;
        int best = -1, bestRank = int.MaxValue, bestDate = Days.None, bestAgeDay = Days.None;
        for (var oc = offence.FirstOutcome; oc < offence.FirstOutcome + offence.OutcomeCount; oc++)
        {
            ref readonly var outcome = ref table.Outcomes[oc];
            if (outcome.Date < from || !counting.OutcomeIsCautionOrSentence(outcome.Disposal) || OutcomeChecks.AppealAndResidence(outcome, profile) != OutcomeCheck.Passed)
            {
                continue;
            }

            var ageDay = AgeReferenceDay(counting, offence, outcome);
            if (!ChildAge.IsChildAt(dob, ageDay))
            {
                continue;
            }

            var rank = Rank(counting, outcome.Disposal);
            // Most serious, then latest (kpi-rules §13.13); on a tie of both, the earlier age reference day, so that the
            // kept outcome does not depend on the order the outcomes are listed in (decision SV-TIE).
            if (best < 0 || rank < bestRank || (rank == bestRank && (outcome.Date > bestDate || (outcome.Date == bestDate && ageDay < bestAgeDay))))
            {
                best = oc;
                bestRank = rank;
                bestDate = outcome.Date;
                bestAgeDay = ageDay;
            }
        }

        if (best < 0)
        {
            return false;
        }

        var age = Age.On(Days.ToDate(dob), Days.ToDate(bestAgeDay)).Years;
        kept = new CountedOffence(child, offenceRow, best, bestDate, counting.OutcomeTypeOfOrder(table.Outcomes[best].Disposal), age, offence.Category, offence.Seriousness, offence.IsSeriousViolence);
        return true;
    }

    /// <summary>Pre-court outcomes: the arrest, else the offence date; court outcomes: the first hearing, else the outcome date.</summary>
    internal static int AgeReferenceDay(CountingTables counting, in OffenceRow offence, in OutcomeRow outcome)
    {
        if (counting.OutcomeIsPreCourt(outcome.Disposal))
        {
            return offence.ArrestDate != Days.None ? offence.ArrestDate : offence.OffenceDate;
        }

        return outcome.FirstHearing != Days.None ? outcome.FirstHearing : outcome.Date;
    }

    private static bool IsLinkedToCountingIntervention(CaseTable table, CountingTables counting, int child, int offenceRow)
    {
        for (var ir = table.InterventionStart(child); ir < table.InterventionStart(child + 1); ir++)
        {
            ref readonly var intervention = ref table.Interventions[ir];
            if (!counting.InterventionCounts(intervention.Disposal))
            {
                continue;
            }

            for (var l = 0; l < intervention.LinkCount; l++)
            {
                if (table.InterventionLinks[intervention.FirstLink + l] == offenceRow)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // kpi-rules §13.3: the type of order's rank; a court outcome without a type of order (discharge, fine,
    // reparation order) sits between referral orders and youth conditional cautions.
    private static int Rank(CountingTables counting, int disposal)
        => counting.OutcomeTypeOfOrder(disposal) != 0 ? counting.OutcomeRank(disposal) : KpiReferenceTables.OtherCourtOutcomeRank;

    /// <summary>
    /// The youngest age among the serious violence offences of one child counted in the quarter, or -1 when there is
    /// none: the one age band the child is counted in for 9f (kpi-rules §13.22), so that the bands add up to 9b.
    /// </summary>
    internal static int YoungestSeriousViolenceAge(ReadOnlySpan<CountedOffence> offencesOfOneChild)
    {
        var youngest = -1;
        foreach (ref readonly var o in offencesOfOneChild)
        {
            if (o.IsSeriousViolence && (youngest < 0 || o.AgeYears < youngest))
            {
                youngest = o.AgeYears;
            }
        }

        return youngest;
    }

    /// <summary>
    /// The one evaluation of KPI 9 for one child, which both <see cref="Compute"/> (counting) and
    /// <see cref="Explain"/> (reasons) run: for every measure of the catalogue, where each of the child's counted
    /// offences stands, then the end of the measure.
    /// </summary>
    private static void Evaluate<TSink>(CaseTable table, int child, ReadOnlySpan<CountedOffence> offences, ref TSink sink)
        where TSink : struct, IStandingSink
    {
        var youngest = YoungestSeriousViolenceAge(offences);
        for (var m = 0; m < Catalogue.Length; m++)
        {
            var measure = Catalogue[m];
            foreach (ref readonly var o in offences)
            {
                sink.Offence(m, measure, Standing(measure, o, table.Sex[child], table.EthnicityGroup[child], youngest), o);
            }

            sink.EndOfMeasure(m, measure, youngest);
        }
    }

    /// <summary>
    /// Where one counted offence stands on a measure; for per-child measures the child's standing is the best of its
    /// offences'. <paramref name="youngestSvAge"/> is the child's one age for the 9f bands.
    /// </summary>
    private static byte Standing(SeriousViolenceMeasure measure, in CountedOffence o, Sex sex, EthnicityGroup group, int youngestSvAge)
        => measure.Rule switch
        {
            SeriousViolenceRule.Headline or SeriousViolenceRule.ShareOfOffences or SeriousViolenceRule.ChildrenWithSeriousViolence
                => o.IsSeriousViolence ? Numerator : DenominatorOnly,
            SeriousViolenceRule.ByCategory => SvWhere(o, o.Category == measure.Category!.Value),
            SeriousViolenceRule.ByScore => SvWhere(o, o.Seriousness == measure.Score),
            SeriousViolenceRule.ByTypeOfOrder => o.TypeOfOrder != measure.TypeOfOrder!.Value ? Outside : o.IsSeriousViolence ? Numerator : DenominatorOnly,
            SeriousViolenceRule.ByAge => SvWhere(o, youngestSvAge >= 0 && measure.Band!.Contains(new Age(youngestSvAge))),
            SeriousViolenceRule.BySex => SvWhere(o, ReferenceEquals(sex, measure.Sex)),
            SeriousViolenceRule.ByEthnicity => SvWhere(o, ReferenceEquals(group, measure.Group)),
            SeriousViolenceRule.ByTemplateAge => SvWhere(o, measure.Band!.Contains(new Age(o.AgeYears))),
            _ => !o.IsSeriousViolence || o.Category != measure.Category!.Value ? Outside
                : measure.Band!.Contains(new Age(o.AgeYears)) ? Numerator : DenominatorOnly,
        };

    // A measure whose denominator is the serious-violence offences (or children with one).
    private static byte SvWhere(in CountedOffence o, bool condition)
        => !o.IsSeriousViolence ? Outside : condition ? Numerator : DenominatorOnly;

    private static Reason OffenceReason(CaseTable table, SeriousViolenceRule rule, in CountedOffence o)
    {
        if (rule == SeriousViolenceRule.ByTypeOfOrder)
        {
            return o.IsSeriousViolence
                ? new Reason("kept {record}: the offence is serious violence", RecordKind.Outcome, o.Outcome)
                : new Reason("kept {record}: the offence is not serious violence", RecordKind.Outcome, o.Outcome);
        }

        if (o.IsSeriousViolence)
        {
            return new Reason(SeriousViolenceReason, RecordKind.Offence, o.Offence, o.OutcomeDate);
        }

        return table.Offences[o.Offence].IsSeriousViolenceCategory
            ? new Reason(ScoredBelowReason, RecordKind.Offence, o.Offence, o.OutcomeDate)
            : new Reason("{record}, kept outcome on {day}: not serious violence (not drugs, robbery or violence against the person)", RecordKind.Offence, o.Offence, o.OutcomeDate);
    }

    private static Reason NotInDenominatorReason(SeriousViolenceRule rule, bool anyCounted)
    {
        if (!anyCounted)
        {
            return new Reason("no offence with a caution or sentence in the quarter counts for serious violence");
        }

        return rule switch
        {
            SeriousViolenceRule.ByTypeOfOrder => new Reason("no offence counted in the quarter with this type of order"),
            SeriousViolenceRule.ByCategoryAndTemplateAge => new Reason("no serious violence offence of this category in the quarter"),
            _ => new Reason("no serious violence offence in the quarter"),
        };
    }

    private static (int First, int End) QuarterDays(ServiceContext context)
        => (Days.Of(context.Quarter.Start), Days.Of(context.Quarter.End));

    /// <summary>What <see cref="Evaluate"/> tells: each offence's standing on a measure, then the end of the measure.</summary>
    private interface IStandingSink
    {
        void Offence(int m, SeriousViolenceMeasure measure, byte standing, in CountedOffence offence);

        void EndOfMeasure(int m, SeriousViolenceMeasure measure, int youngestSvAge);
    }

    /// <summary>Counts: every offence on an offence measure, the child's best standing on a per-child measure.</summary>
    private struct Counter : IStandingSink
    {
        private byte _childBest;

        public Counter(int measures)
        {
            Numerators = new long[measures];
            Denominators = new long[measures];
            _childBest = Outside;
        }

        public long[] Numerators { get; }

        public long[] Denominators { get; }

        public void Offence(int m, SeriousViolenceMeasure measure, byte standing, in CountedOffence offence)
        {
            if (measure.PerChild)
            {
                _childBest = Math.Max(_childBest, standing);
            }
            else
            {
                Count(m, standing);
            }
        }

        public void EndOfMeasure(int m, SeriousViolenceMeasure measure, int youngestSvAge)
        {
            if (measure.PerChild)
            {
                Count(m, _childBest);
                _childBest = Outside;
            }
        }

        private readonly void Count(int m, byte standing)
        {
            if (standing == Outside)
            {
                return;
            }

            Denominators[m]++;
            if (standing == Numerator)
            {
                Numerators[m]++;
            }
        }
    }

    /// <summary>
    /// Explains one child: on each measure the child's status is the best standing of its offences, with a reason for
    /// every offence in the measure's denominator (for the 9f age bands, the offence that gives the youngest age).
    /// </summary>
    private struct Explainer : IStandingSink
    {
        private readonly CaseTable _table;
        private readonly MeasureSinkSlice _sink;
        private readonly bool _anyCounted;
        private readonly List<CountedOffence> _inDenominator;
        private byte _best;

        public Explainer(CaseTable table, MeasureSinkSlice sink, bool anyCounted)
        {
            _table = table;
            _sink = sink;
            _anyCounted = anyCounted;
            _inDenominator = [];
            _best = Outside;
            HeadlineStatus = ChildMeasureStatus.NotInDenominator;
        }

        /// <summary>The child's status on the headline, once evaluated.</summary>
        public ChildMeasureStatus HeadlineStatus { get; private set; }

        public void Offence(int m, SeriousViolenceMeasure measure, byte standing, in CountedOffence offence)
        {
            _best = Math.Max(_best, standing);
            if (standing != Outside)
            {
                _inDenominator.Add(offence);
            }
        }

        public void EndOfMeasure(int m, SeriousViolenceMeasure measure, int youngestSvAge)
        {
            var status = _best switch
            {
                Numerator => ChildMeasureStatus.Met,
                DenominatorOnly => ChildMeasureStatus.NotMet,
                _ => ChildMeasureStatus.NotInDenominator,
            };

            if (_best == Outside)
            {
                _sink.NotInDenominator(m, NotInDenominatorReason(measure.Rule, _anyCounted));
            }
            else if (measure.Rule == SeriousViolenceRule.ByAge)
            {
                // One band per child (kpi-rules §13.22): the offence that gives the youngest age decides.
                foreach (var o in _inDenominator)
                {
                    if (o.IsSeriousViolence && o.AgeYears == youngestSvAge)
                    {
                        _sink.Record(m, status, new Reason(
                            string.Create(CultureInfo.InvariantCulture, $"{{record}}: aged {youngestSvAge} on its age reference day, the youngest age among the child's serious violence offences counted in the quarter, which places the child in one age band only (kpi-rules §13.22)"),
                            RecordKind.Offence,
                            o.Offence));
                        break;
                    }
                }
            }
            else
            {
                foreach (var o in _inDenominator)
                {
                    _sink.Record(m, status, OffenceReason(_table, measure.Rule, o));
                }
            }

            if (measure.Rule == SeriousViolenceRule.Headline)
            {
                HeadlineStatus = status;
            }

            _best = Outside;
            _inDenominator.Clear();
        }
    }

    /// <summary>One offence counted for KPI 9, with its kept outcome and what the sub-measures read.</summary>
    /// <param name="Child">The child index.</param>
    /// <param name="Offence">The global offence row.</param>
    /// <param name="Outcome">The global row of the kept outcome.</param>
    /// <param name="OutcomeDate">The kept outcome's day (it picks the quarter).</param>
    /// <param name="TypeOfOrder">The kept outcome's type of order value, or 0 (a court outcome without one).</param>
    /// <param name="AgeYears">The child's age on the age reference day.</param>
    /// <param name="Category">The offence category value.</param>
    /// <param name="Seriousness">The seriousness score, 1–8.</param>
    /// <param name="IsSeriousViolence">Whether the offence is serious violence.</param>
    internal readonly record struct CountedOffence(int Child, int Offence, int Outcome, int OutcomeDate, int TypeOfOrder, int AgeYears, int Category, int Seriousness, bool IsSeriousViolence);
}
