using System;
using System.Collections.Generic;
using System.Globalization;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Sources;
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
/// <para><b>Sub-measures</b>: 9a SV offences ÷ all counted offences; 9b children with an SV offence ÷ children with a
/// counted offence; 9c SV by category and 9d SV by score ÷ SV offences; 9e SV ÷ all offences of each type of order
/// (the non-substantive out-of-court type never counts); 9f children with an SV offence by age band 10–14/15–17, sex
/// and ethnicity group ÷ children with an SV offence, each child in one age band only, that of their youngest age among
/// their SV offences counted in the quarter, so that the bands add up to 9b's numerator (kpi-rules §13.22); the template's 10–15/16–17 split of SV offences, overall and by
/// category.</para>
/// <para><b>Definition sets</b>: the same under 2023 and 2024.</para>
/// </remarks>
[Source("YJB KPI guidance, serious violence (gov.uk S1); YJB pipeline kpi9_sv_case_level(_v8), kpi9_sv_summary, kpi9_sv_template_v8 (kpi-rules §2.9, §13.13, S20-S21)")]
internal sealed class SeriousViolenceKpi : ServiceKpi
{
    public const int Headline = 0;
    public const int ShareOfOffences = 1;
    public const int ChildrenWithSeriousViolence = 2;
    public const int FirstByCategory = 3;
    public const int FirstByScore = FirstByCategory + 3;
    public const int FirstByTypeOfOrder = FirstByScore + 4;
    public const int FirstByAge = FirstByTypeOfOrder + 5;
    public const int FirstBySex = FirstByAge + 2;
    public const int FirstByEthnicity = FirstBySex + 3;
    public const int FirstByTemplateAge = FirstByEthnicity + 6;
    public const int FirstByCategoryAndTemplateAge = FirstByTemplateAge + 2;
    public const int MeasureCount = FirstByCategoryAndTemplateAge + 6;

    // Where one counted offence stands on a measure.
    private const byte Outside = 0;
    private const byte DenominatorOnly = 1;
    private const byte Numerator = 2;

    private static readonly OffenceCategory[] Categories = [OffenceCategory.Drugs, OffenceCategory.Robbery, OffenceCategory.ViolenceAgainstThePerson];

    // 9e: every type of order an outcome counted here can have; the non-substantive out-of-court type is diversion.
    private static readonly TypeOfOrder[] TypesOfOrder =
    [
        TypeOfOrder.YouthCaution,
        TypeOfOrder.YouthConditionalCaution,
        TypeOfOrder.ReferralOrder,
        TypeOfOrder.YouthRehabilitationOrder,
        TypeOfOrder.CustodialSentence,
    ];

    private static readonly AgeBand[] DemographicBands = [AgeBand.Aged10To14, AgeBand.Aged15To17];
    private static readonly AgeBand[] TemplateBands = [AgeBand.Aged10To15, AgeBand.Aged16To17];
    private static readonly Sex[] Sexes = [Sex.Male, Sex.Female, Sex.NotKnown];

    private static readonly EthnicityGroup[] EthnicityGroups =
    [
        EthnicityGroup.White,
        EthnicityGroup.Mixed,
        EthnicityGroup.AsianOrAsianBritish,
        EthnicityGroup.BlackOrBlackBritish,
        EthnicityGroup.OtherEthnicGroup,
        EthnicityGroup.InformationNotObtainable,
    ];

    private readonly MeasureDefinition[] _measures;
    private readonly bool[] _perChild;

    public SeriousViolenceKpi()
    {
        var area = KpiArea.SeriousViolence;
        var list = new List<MeasureDefinition>(MeasureCount)
        {
            new("kpi9.headline", area.HeadlineLabel, MeasureUnit.Per10000, area, false),
            new("kpi9.9a.seriousViolenceOffences", "Serious violence offences, of all offences resulting in a caution or sentence in the quarter", MeasureUnit.Percent, area, false),
            new("kpi9.9b.childrenWithSeriousViolence", "Children with a serious violence offence, of children with an offence resulting in a caution or sentence", MeasureUnit.Percent, area, false),
        };
        foreach (var category in Categories)
        {
            list.Add(new($"kpi9.9c.{category.Name}", $"Serious violence offences that are {category.Label}, of all serious violence offences", MeasureUnit.Percent, area, false));
        }

        for (var score = SeriousnessScore.SeriousViolenceThreshold; score <= SeriousnessScore.MaxValue; score++)
        {
            list.Add(new(string.Create(CultureInfo.InvariantCulture, $"kpi9.9d.score{score}"), string.Create(CultureInfo.InvariantCulture, $"Serious violence offences with a gravity score of {score}, of all serious violence offences"), MeasureUnit.Percent, area, false));
        }

        foreach (var type in TypesOfOrder)
        {
            list.Add(new($"kpi9.9e.{type.Name}", $"Serious violence offences, of all offences resulting in: {type.YjbLabel}", MeasureUnit.Percent, area, false));
        }

        foreach (var band in DemographicBands)
        {
            list.Add(new($"kpi9.9f.age.{band.Name}", $"Children with a serious violence offence aged {band.Label}, of children with a serious violence offence", MeasureUnit.Percent, area, false));
        }

        foreach (var sex in Sexes)
        {
            list.Add(new($"kpi9.9f.sex.{sex.Name}", $"Children with a serious violence offence of sex {sex.Name}, of children with a serious violence offence", MeasureUnit.Percent, area, false));
        }

        foreach (var group in EthnicityGroups)
        {
            list.Add(new($"kpi9.9f.ethnicity.{group.Name}", $"Children with a serious violence offence in the ethnic group {group.YjbLabel}, of children with a serious violence offence", MeasureUnit.Percent, area, false));
        }

        foreach (var band in TemplateBands)
        {
            list.Add(new($"kpi9.template.{band.Name}", $"Serious violence offences by children aged {band.Label} (template rows), of all serious violence offences", MeasureUnit.Percent, area, false));
        }

        foreach (var category in Categories)
        {
            foreach (var band in TemplateBands)
            {
                list.Add(new($"kpi9.template.{category.Name}.{band.Name}", $"{category.Label} offences with a gravity score of 5 or more by children aged {band.Label} (template row), of serious violence offences in that category", MeasureUnit.Percent, area, false));
            }
        }

        _measures = [.. list];
        _perChild = new bool[MeasureCount];
        _perChild[ChildrenWithSeriousViolence] = true;
        for (var m = FirstByAge; m < FirstByTemplateAge; m++)
        {
            _perChild[m] = true;
        }
    }

    public override KpiArea? Area => KpiArea.SeriousViolence;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override IReadOnlyList<MeasureResult> Compute(ServiceContext context)
    {
        var offences = CountedIn(context, out var count);
        var numerators = new long[MeasureCount];
        var denominators = new long[MeasureCount];
        Span<byte> childStanding = stackalloc byte[MeasureCount];

        var i = 0;
        while (i < count)
        {
            var child = offences[i].Child;
            var sex = IndexOf(Sexes, context.Table.Children[child].Sex);
            var ethnicity = IndexOf(EthnicityGroups, context.Table.Children[child].Ethnicity.Group);
            childStanding.Clear();
            var childEnd = i;
            while (childEnd < count && offences[childEnd].Child == child)
            {
                childEnd++;
            }

            var youngest = YoungestSeriousViolenceAge(offences.AsSpan(i, childEnd - i));
            for (; i < childEnd; i++)
            {
                for (var m = 0; m < MeasureCount; m++)
                {
                    var standing = Standing(m, offences[i], sex, ethnicity, youngest);
                    if (_perChild[m])
                    {
                        childStanding[m] = Math.Max(childStanding[m], standing);
                    }
                    else
                    {
                        Count(numerators, denominators, m, standing);
                    }
                }
            }

            for (var m = 0; m < MeasureCount; m++)
            {
                if (_perChild[m])
                {
                    Count(numerators, denominators, m, childStanding[m]);
                }
            }
        }

        var results = new MeasureResult[MeasureCount];
        results[Headline] = new MeasureResult(_measures[Headline], new Fraction(numerators[ShareOfOffences], Populations.Aged10To17(context.Table, context.Quarter)));
        for (var m = 1; m < MeasureCount; m++)
        {
            results[m] = new MeasureResult(_measures[m], new Fraction(numerators[m], denominators[m]));
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
            if (TryKeep(table, context.Counting, child, or, out var kept) && kept.OutcomeDate >= first && kept.OutcomeDate <= end)
            {
                mine.Add(kept);
            }
        }

        var sex = IndexOf(Sexes, table.Children[child].Sex);
        var ethnicity = IndexOf(EthnicityGroups, table.Children[child].Ethnicity.Group);
        var populationMissing = Populations.IsMissing(table, context.Quarter);
        var youngest = YoungestSeriousViolenceAge(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mine));
        for (var m = 0; m < MeasureCount; m++)
        {
            byte standing = Outside;
            foreach (var o in mine)
            {
                standing = Math.Max(standing, Standing(m, o, sex, ethnicity, youngest));
            }

            var status = standing switch
            {
                Numerator => ChildMeasureStatus.Met,
                DenominatorOnly => ChildMeasureStatus.NotMet,
                _ => ChildMeasureStatus.NotInDenominator,
            };

            if (standing == Outside)
            {
                sink.NotInDenominator(m, NotInDenominatorReason(m, mine.Count > 0));
            }
            else if (m >= FirstByAge && m < FirstBySex)
            {
                // One band per child (kpi-rules §13.22): the offence that gives the youngest age decides.
                foreach (var o in mine)
                {
                    if (o.IsSeriousViolence && o.AgeYears == youngest)
                    {
                        sink.Record(m, status, new Reason(
                            string.Create(CultureInfo.InvariantCulture, $"{{record}}: aged {youngest} on its age reference day, the youngest age among the child's serious violence offences counted in the quarter, which places the child in one age band only (kpi-rules §13.22)"),
                            RecordKind.Offence,
                            o.Offence));
                        break;
                    }
                }
            }
            else
            {
                foreach (var o in mine)
                {
                    if (Standing(m, o, sex, ethnicity, youngest) != Outside)
                    {
                        sink.Record(m, status, OffenceReason(table, m, o));
                    }
                }
            }

            if (m == Headline && populationMissing)
            {
                sink.Record(m, status, new Reason("no ONS population estimate of children aged 10-17 for the calendar year before the financial year starting {day}: the rate has no value", RecordKind.None, -1, Days.Of(context.Quarter.FinancialYear.Start)));
            }
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
                if (TryKeep(table, context.Counting, child, or, out var kept) && kept.OutcomeDate >= first && kept.OutcomeDate <= end)
                {
                    offences[count++] = kept;
                }
            }
        }

        return offences;
    }

    /// <summary>The kept outcome of one offence over all its outcomes that count for serious violence, or false when none does.</summary>
    internal static bool TryKeep(CaseTable table, CountingTables counting, int child, int offenceRow, out CountedOffence kept)
    {
        kept = default;
        ref readonly var offence = ref table.Offences[offenceRow];
        if (offence.OutcomeCount == 0 || !IsLinkedToCountingIntervention(table, counting, child, offenceRow))
        {
            return false;
        }

        var dob = table.DateOfBirth[child];
        int best = -1, bestRank = int.MaxValue, bestDate = Days.None, bestAgeDay = Days.None;
        for (var oc = offence.FirstOutcome; oc < offence.FirstOutcome + offence.OutcomeCount; oc++)
        {
            ref readonly var outcome = ref table.Outcomes[oc];
            if (!counting.OutcomeIsCautionOrSentence(outcome.Disposal) || outcome.IsOverturned || !outcome.IsResident)
            {
                continue;
            }

            var ageDay = AgeReferenceDay(counting, offence, outcome);
            if (!ChildAge.IsChildAt(dob, ageDay))
            {
                continue;
            }

            var rank = Rank(counting, outcome.Disposal);
            if (best < 0 || rank < bestRank || (rank == bestRank && outcome.Date > bestDate))
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
    /// Where one counted offence stands on measure <paramref name="m"/>; for per-child measures the child's standing is
    /// the best of its offences'. <paramref name="youngestSvAge"/> is the child's one age for the 9f bands.
    /// </summary>
    private static byte Standing(int m, in CountedOffence o, int sex, int ethnicity, int youngestSvAge)
    {
        if (m is Headline or ShareOfOffences or ChildrenWithSeriousViolence)
        {
            return o.IsSeriousViolence ? Numerator : DenominatorOnly;
        }

        if (m < FirstByScore)
        {
            return SvWhere(o, o.Category == Categories[m - FirstByCategory].Value);
        }

        if (m < FirstByTypeOfOrder)
        {
            return SvWhere(o, o.Seriousness == SeriousnessScore.SeriousViolenceThreshold + (m - FirstByScore));
        }

        if (m < FirstByAge)
        {
            if (o.TypeOfOrder != TypesOfOrder[m - FirstByTypeOfOrder].Value)
            {
                return Outside;
            }

            return o.IsSeriousViolence ? Numerator : DenominatorOnly;
        }

        if (m < FirstBySex)
        {
            return SvWhere(o, youngestSvAge >= 0 && DemographicBands[m - FirstByAge].Contains(new Age(youngestSvAge)));
        }

        if (m < FirstByEthnicity)
        {
            return SvWhere(o, sex == m - FirstBySex);
        }

        if (m < FirstByTemplateAge)
        {
            return SvWhere(o, ethnicity == m - FirstByEthnicity);
        }

        if (m < FirstByCategoryAndTemplateAge)
        {
            return SvWhere(o, TemplateBands[m - FirstByTemplateAge].Contains(new Age(o.AgeYears)));
        }

        var cell = m - FirstByCategoryAndTemplateAge;
        if (!o.IsSeriousViolence || o.Category != Categories[cell / TemplateBands.Length].Value)
        {
            return Outside;
        }

        return TemplateBands[cell % TemplateBands.Length].Contains(new Age(o.AgeYears)) ? Numerator : DenominatorOnly;
    }

    // A measure whose denominator is the serious-violence offences (or children with one).
    private static byte SvWhere(in CountedOffence o, bool condition)
        => !o.IsSeriousViolence ? Outside : condition ? Numerator : DenominatorOnly;

    private static void Count(long[] numerators, long[] denominators, int m, byte standing)
    {
        if (standing == Outside)
        {
            return;
        }

        denominators[m]++;
        if (standing == Numerator)
        {
            numerators[m]++;
        }
    }

    private static Reason OffenceReason(CaseTable table, int m, in CountedOffence o)
    {
        if (m >= FirstByTypeOfOrder && m < FirstByAge)
        {
            return o.IsSeriousViolence
                ? new Reason("kept {record}: the offence is serious violence", RecordKind.Outcome, o.Outcome)
                : new Reason("kept {record}: the offence is not serious violence", RecordKind.Outcome, o.Outcome);
        }

        if (o.IsSeriousViolence)
        {
            return new Reason("{record}, kept outcome on {day}: serious violence (drugs, robbery or violence against the person scored 5 or more)", RecordKind.Offence, o.Offence, o.OutcomeDate);
        }

        return table.Offences[o.Offence].IsSeriousViolenceCategory
            ? new Reason("{record}, kept outcome on {day}: not serious violence (scored below 5)", RecordKind.Offence, o.Offence, o.OutcomeDate)
            : new Reason("{record}, kept outcome on {day}: not serious violence (not drugs, robbery or violence against the person)", RecordKind.Offence, o.Offence, o.OutcomeDate);
    }

    private static Reason NotInDenominatorReason(int m, bool anyCounted)
    {
        if (!anyCounted)
        {
            return new Reason("no offence with a caution or sentence in the quarter counts for serious violence");
        }

        if (m >= FirstByTypeOfOrder && m < FirstByAge)
        {
            return new Reason("no offence counted in the quarter with this type of order");
        }

        return m >= FirstByCategoryAndTemplateAge
            ? new Reason("no serious violence offence of this category in the quarter")
            : new Reason("no serious violence offence in the quarter");
    }

    private static (int First, int End) QuarterDays(ServiceContext context)
        => (Days.Of(context.Quarter.Start), Days.Of(context.Quarter.End));

    private static int IndexOf<T>(T[] values, T value)
        where T : class
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (ReferenceEquals(values[i], value))
            {
                return i;
            }
        }

        return -1;
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
