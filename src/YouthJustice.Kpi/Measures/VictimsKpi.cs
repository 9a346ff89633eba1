using System;
using System.Collections.Generic;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 10 — Victims: the proportion of victims who consented to be contacted by the YJS and engaged with restorative
/// justice opportunities.
/// </summary>
/// <remarks>
/// <para><b>Victims counted</b>: the victim records linked to the offences of every qualifying row (all cohort checks
/// passed) of the quarter's cohort children — children whose order ends in the quarter (kpi-rules §1.2, §13.14).
/// Victims are distinct by id across the service; a victim recorded twice has its flags combined, any Yes being Yes.</para>
/// <para><b>Headline</b>: victims who engaged with restorative justice and consented to contact ÷ victims who
/// consented to contact. A victim who engaged without consent is in neither.</para>
/// <para><b>Sub-measures</b>: 10a total victims (a count); 10b children with an identified victim ÷ cohort children;
/// 10c restorative-justice processes (victim records) engaged with by consenting victims ÷ consenting victims; 10d
/// views sought before the decision; 10e given information on case progress; 10f given information on additional
/// support services; 10g contacted by the YJS — each of consenting victims ÷ consenting victims.</para>
/// <para><b>Definition sets</b>: 2023 (pipeline v1) divides 10e by victims who requested progress information
/// (provided ∧ requested ÷ requested) and 10f by victims who asked for support information (provided ∧ asked ÷ asked);
/// 2024 (v8) divides both by victims who consented to contact (<see cref="DefinitionSet.VictimInformationOverRequested"/>).</para>
/// <para>The catalogue, <see cref="VictimsMeasures"/>, writes every id out. The figures (<see cref="Compute"/>) and a
/// child's explanation (<see cref="Explain"/>) come from one evaluation, <see cref="Evaluate"/>, so they cannot
/// disagree.</para>
/// </remarks>
[Source("YJB KPI guidance, victims (gov.uk S1); YJB pipeline kpi10_victim_case_level(_v8) and KPI 10 long format (kpi-rules §2.10, §13.14, S23)")]
internal sealed class VictimsKpi : ServiceKpi
{
    // A victim's combined flags: one bit per flag recorded Yes on any of its records.
    internal const int Consent = 1;
    internal const int EngagedRj = 2;
    internal const int ViewsSoughtFlag = 4;
    internal const int ProgressRequested = 8;
    internal const int ProgressProvided = 16;
    internal const int SupportRequested = 32;
    internal const int SupportProvided = 64;
    internal const int ContactedFlag = 128;

    // Where a victim, a process or a child stands on a measure.
    private const byte Outside = 0;
    private const byte DenominatorOnly = 1;
    private const byte Numerator = 2;

    private static readonly VictimsMeasure[] Catalogue = VictimsMeasures.All;

    private readonly MeasureDefinition[] _measures = Array.ConvertAll(Catalogue, m => new MeasureDefinition(m.Id, m.Title, m.Unit, KpiArea.Victims, false));

    public override KpiArea? Area => KpiArea.Victims;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override IReadOnlyList<MeasureResult> Compute(ServiceContext context)
    {
        var victims = context.Shared(VictimSet.Of);
        var counter = new Counter(Catalogue.Length);
        Evaluate(context, victims, 0, context.Cohort.MemberCount, ref counter);

        var results = new MeasureResult[Catalogue.Length];
        for (var m = 0; m < Catalogue.Length; m++)
        {
            results[m] = new MeasureResult(_measures[m], Catalogue[m].Unit == MeasureUnit.Count
                ? Fraction.OfCount(counter.Numerators[m])
                : new Fraction(counter.Numerators[m], counter.Denominators[m]));
        }

        return results;
    }

    public override void Explain(ServiceContext context, int child, MeasureSinkSlice sink)
    {
        var member = context.Cohort.MemberIndexOf(child);
        if (member < 0)
        {
            var outside = new Reason("not in the quarter's cohort: victims are counted for children whose order ends in the quarter");
            for (var m = 0; m < Catalogue.Length; m++)
            {
                sink.NotInDenominator(m, outside);
            }

            return;
        }

        var victims = context.Shared(VictimSet.Of);
        var explainer = new Explainer(context, victims, sink);
        Evaluate(context, victims, member, member + 1, ref explainer);
    }

    internal static int OwnMask(in VictimRow v)
        => (v.Consent == 1 ? Consent : 0)
           | (v.EngagedRj == 1 ? EngagedRj : 0)
           | (v.ViewsSought == 1 ? ViewsSoughtFlag : 0)
           | (v.ProgressRequested == 1 ? ProgressRequested : 0)
           | (v.ProgressProvided == 1 ? ProgressProvided : 0)
           | (v.SupportRequested == 1 ? SupportRequested : 0)
           | (v.SupportProvided == 1 ? SupportProvided : 0)
           | (v.Contacted == 1 ? ContactedFlag : 0);

    /// <summary>
    /// The one evaluation of KPI 10, which both <see cref="Compute"/> (counting) and <see cref="Explain"/> (reasons)
    /// run over cohort members <paramref name="fromMember"/> to <paramref name="toMember"/> (exclusive): for every member
    /// and every measure of the catalogue, where each of the member's counted victim records stands, then the member's
    /// standing on the measure (the best of its records'; on 10b every cohort child is in the denominator).
    /// </summary>
    private static void Evaluate<TSink>(ServiceContext context, VictimSet victims, int fromMember, int toMember, ref TSink sink)
        where TSink : struct, IStandingSink
    {
        var table = context.Table;
        var definitions = context.Definitions;
        for (var member = fromMember; member < toMember; member++)
        {
            var records = victims.RecordsOf(member);
            for (var m = 0; m < Catalogue.Length; m++)
            {
                var measure = Catalogue[m];
                var best = measure.PerChild ? DenominatorOnly : Outside;
                foreach (ref readonly var record in records)
                {
                    var standing = StandingOf(measure.Rule, table, record, victims, definitions);
                    best = Math.Max(best, standing);
                    sink.Record(m, measure, record, standing);
                }

                sink.EndOfMeasure(m, measure, best);
            }
        }
    }

    /// <summary>Where a victim (its combined flags) stands on a measure counting distinct victims.</summary>
    private static byte Standing(VictimsRule rule, int mask, DefinitionSet definitions)
    {
        var consented = (mask & Consent) != 0;
        switch (rule)
        {
            case VictimsRule.TotalVictims:
                return Numerator;
            case VictimsRule.ProgressInformation when definitions.VictimInformationOverRequested:
                return Both(mask, ProgressRequested, ProgressProvided);
            case VictimsRule.SupportInformation when definitions.VictimInformationOverRequested:
                return Both(mask, SupportRequested, SupportProvided);
            default:
                if (!consented)
                {
                    return Outside;
                }

                var flag = rule switch
                {
                    VictimsRule.Headline => EngagedRj,
                    VictimsRule.ViewsSought => ViewsSoughtFlag,
                    VictimsRule.ProgressInformation => ProgressProvided,
                    VictimsRule.SupportInformation => SupportProvided,
                    VictimsRule.Contacted => ContactedFlag,
                    _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a victim-counted measure."),
                };
                return (mask & flag) != 0 ? Numerator : DenominatorOnly;
        }
    }

    private static byte Both(int mask, int denominatorFlag, int numeratorFlag)
        => (mask & denominatorFlag) == 0 ? Outside : (mask & numeratorFlag) != 0 ? Numerator : DenominatorOnly;

    // 10c: a process (victim record) counts when its own record says the victim engaged, and the victim consented.
    private static byte ProcessStanding(CaseTable table, in VictimSet.Record record, int mask)
        => (mask & Consent) == 0 ? Outside : table.Victims[record.Row].EngagedRj == 1 ? Numerator : DenominatorOnly;

    private static byte StandingOf(VictimsRule rule, CaseTable table, in VictimSet.Record record, VictimSet victims, DefinitionSet definitions)
        => rule switch
        {
            VictimsRule.ChildrenWithVictim => Numerator,
            VictimsRule.RestorativeJusticeProcesses => ProcessStanding(table, record, victims.Masks[record.Victim]),
            _ => Standing(rule, victims.Masks[record.Victim], definitions),
        };

    private static Reason ReasonFor(VictimsRule rule, byte standing, int row, DefinitionSet definitions)
    {
        var met = standing == Numerator;
        if (standing == Outside)
        {
            if (rule == VictimsRule.ProgressInformation && definitions.VictimInformationOverRequested)
            {
                return new Reason("{record}: did not request information on case progress: not in the denominator", RecordKind.Victim, row);
            }

            if (rule == VictimsRule.SupportInformation && definitions.VictimInformationOverRequested)
            {
                return new Reason("{record}: did not ask for information on additional support services: not in the denominator", RecordKind.Victim, row);
            }

            return new Reason("{record}: consent to contact not recorded as yes: not in the denominator", RecordKind.Victim, row);
        }

        return rule switch
        {
            VictimsRule.Headline => met
                ? new Reason("{record}: consented to contact and engaged with restorative justice", RecordKind.Victim, row)
                : new Reason("{record}: consented to contact, did not engage with restorative justice", RecordKind.Victim, row),
            VictimsRule.TotalVictims => new Reason("{record}: counted once across the service", RecordKind.Victim, row),
            VictimsRule.ChildrenWithVictim => new Reason("{record}: linked to an offence of the child's order ending in the quarter", RecordKind.Victim, row),
            VictimsRule.RestorativeJusticeProcesses => met
                ? new Reason("{record}: a restorative justice process the victim engaged with", RecordKind.Victim, row)
                : new Reason("{record}: no restorative justice process engaged with on this record", RecordKind.Victim, row),
            VictimsRule.ViewsSought => met
                ? new Reason("{record}: views sought before the decision", RecordKind.Victim, row)
                : new Reason("{record}: views not sought before the decision", RecordKind.Victim, row),
            VictimsRule.ProgressInformation => met
                ? new Reason("{record}: given information on case progress", RecordKind.Victim, row)
                : new Reason("{record}: not given information on case progress", RecordKind.Victim, row),
            VictimsRule.SupportInformation => met
                ? new Reason("{record}: given information on additional support services", RecordKind.Victim, row)
                : new Reason("{record}: not given information on additional support services", RecordKind.Victim, row),
            _ => met
                ? new Reason("{record}: contacted by the YJS", RecordKind.Victim, row)
                : new Reason("{record}: not contacted by the YJS", RecordKind.Victim, row),
        };
    }

    /// <summary>What <see cref="Evaluate"/> tells: each counted record's standing on a measure, then the member's standing.</summary>
    private interface IStandingSink
    {
        void Record(int m, VictimsMeasure measure, in VictimSet.Record record, byte standing);

        void EndOfMeasure(int m, VictimsMeasure measure, byte memberStanding);
    }

    /// <summary>
    /// Counts: a victim on its first counted record (distinct victims), a process on every record (10c's numerator, over
    /// distinct consenting victims), a cohort child once (10b).
    /// </summary>
    private readonly struct Counter : IStandingSink
    {
        public Counter(int measures)
        {
            Numerators = new long[measures];
            Denominators = new long[measures];
        }

        public long[] Numerators { get; }

        public long[] Denominators { get; }

        public void Record(int m, VictimsMeasure measure, in VictimSet.Record record, byte standing)
        {
            if (measure.PerChild)
            {
                return;
            }

            if (record.FirstOfVictim && standing != Outside)
            {
                Denominators[m]++;
            }

            if (standing == Numerator && (record.FirstOfVictim || measure.PerProcess))
            {
                Numerators[m]++;
            }
        }

        public void EndOfMeasure(int m, VictimsMeasure measure, byte memberStanding)
        {
            if (!measure.PerChild || memberStanding == Outside)
            {
                return;
            }

            Denominators[m]++;
            if (memberStanding == Numerator)
            {
                Numerators[m]++;
            }
        }
    }

    /// <summary>
    /// Explains one cohort member: on each measure the child's status is its standing, with a reason for each of its
    /// victim records (and a note where the victim's flags were combined with its records on other children's cases),
    /// or, without a counted victim, the one reason that there is none.
    /// </summary>
    private readonly struct Explainer : IStandingSink
    {
        private readonly CaseTable _table;
        private readonly DefinitionSet _definitions;
        private readonly VictimSet _victims;
        private readonly MeasureSinkSlice _sink;
        private readonly List<(VictimSet.Record Record, byte Standing)> _records;

        public Explainer(ServiceContext context, VictimSet victims, MeasureSinkSlice sink)
        {
            _table = context.Table;
            _definitions = context.Definitions;
            _victims = victims;
            _sink = sink;
            _records = [];
        }

        public void Record(int m, VictimsMeasure measure, in VictimSet.Record record, byte standing) => _records.Add((record, standing));

        public void EndOfMeasure(int m, VictimsMeasure measure, byte memberStanding)
        {
            var status = memberStanding switch
            {
                Numerator => ChildMeasureStatus.Met,
                DenominatorOnly => ChildMeasureStatus.NotMet,
                _ => ChildMeasureStatus.NotInDenominator,
            };

            if (_records.Count == 0)
            {
                var none = new Reason("no victim linked to the offences of the child's orders ending in the quarter");
                if (status == ChildMeasureStatus.NotInDenominator)
                {
                    _sink.NotInDenominator(m, none);
                }
                else
                {
                    _sink.Record(m, status, none);
                }

                return;
            }

            foreach (var (record, standing) in _records)
            {
                _sink.Record(m, status, ReasonFor(measure.Rule, standing, record.Row, _definitions));
                if (!measure.PerChild && _victims.Masks[record.Victim] != OwnMask(_table.Victims[record.Row]))
                {
                    _sink.Record(m, status, new Reason("{record}: flags combined with the same victim's records on other children's cases (any yes is yes)", RecordKind.Victim, record.Row));
                }
            }

            _records.Clear();
        }
    }
}
