using System;
using System.Collections.Generic;
using YouthJustice.Domain.Sources;
using YouthJustice.Domain.Victims;
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
/// </remarks>
[Source("YJB KPI guidance, victims (gov.uk S1); YJB pipeline kpi10_victim_case_level(_v8) and KPI 10 long format (kpi-rules §2.10, §13.14, S23)")]
internal sealed class VictimsKpi : ServiceKpi
{
    public const int Headline = 0;
    public const int TotalVictims = 1;
    public const int ChildrenWithVictim = 2;
    public const int RestorativeJusticeProcesses = 3;
    public const int ViewsSought = 4;
    public const int ProgressInformation = 5;
    public const int SupportInformation = 6;
    public const int Contacted = 7;
    public const int MeasureCount = 8;

    // A victim's combined flags: one bit per flag recorded Yes on any of its records.
    internal const int Consent = 1;
    internal const int EngagedRj = 2;
    internal const int ViewsSoughtFlag = 4;
    internal const int ProgressRequested = 8;
    internal const int ProgressProvided = 16;
    internal const int SupportRequested = 32;
    internal const int SupportProvided = 64;
    internal const int ContactedFlag = 128;

    private const byte Outside = 0;
    private const byte DenominatorOnly = 1;
    private const byte Numerator = 2;

    private readonly MeasureDefinition[] _measures;

    public VictimsKpi()
    {
        var area = KpiArea.Victims;
        _measures =
        [
            new("kpi10.headline", area.HeadlineLabel, MeasureUnit.Percent, area, false),
            new("kpi10.10a.totalVictims", "Total number of victims", MeasureUnit.Count, area, false),
            new("kpi10.10b.childrenWithVictim", "Children with an order closing with an identified victim or victims of youth crime, of children with an order ending", MeasureUnit.Percent, area, false),
            new("kpi10.10c.restorativeJusticeProcesses", "Individual restorative justice processes engaged with, of victims who consented to contact", MeasureUnit.Percent, area, false),
            new("kpi10.10d.viewsSought", "Victims asked their view before out-of-court decision-making and planning for statutory court orders, of victims who consented to contact", MeasureUnit.Percent, area, false),
            new("kpi10.10e.progressInformation", "Victims given information about the progress of the child's case (2024: of victims who consented to contact; 2023: of victims who requested it)", MeasureUnit.Percent, area, false),
            new("kpi10.10f.supportInformation", "Victims given information on additional support services (2024: of victims who consented to contact; 2023: of victims who asked for it)", MeasureUnit.Percent, area, false),
            new("kpi10.10g.contacted", "Victims contacted by the YJS, of victims who consented to contact", MeasureUnit.Percent, area, false),
        ];
    }

    public override KpiArea? Area => KpiArea.Victims;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override IReadOnlyList<MeasureResult> Compute(ServiceContext context)
    {
        var victims = VictimSet.Of(context);
        var numerators = new long[MeasureCount];
        var denominators = new long[MeasureCount];
        var defs = context.Definitions;
        foreach (var mask in victims.Masks)
        {
            for (var m = 0; m < MeasureCount; m++)
            {
                if (m is ChildrenWithVictim or RestorativeJusticeProcesses)
                {
                    continue;
                }

                var standing = Standing(m, mask, defs);
                if (standing != Outside)
                {
                    denominators[m]++;
                    numerators[m] += standing == Numerator ? 1 : 0;
                }
            }
        }

        // 10c counts processes (victim records), over the victims who consented.
        denominators[RestorativeJusticeProcesses] = denominators[Headline];
        foreach (var record in victims.Records)
        {
            if (ProcessStanding(context.Table, record, victims.Masks[record.Victim]) == Numerator)
            {
                numerators[RestorativeJusticeProcesses]++;
            }
        }

        var results = new MeasureResult[MeasureCount];
        for (var m = 0; m < MeasureCount; m++)
        {
            results[m] = new MeasureResult(_measures[m], new Fraction(numerators[m], denominators[m]));
        }

        results[TotalVictims] = new MeasureResult(_measures[TotalVictims], Fraction.OfCount(victims.Masks.Count));
        results[ChildrenWithVictim] = new MeasureResult(_measures[ChildrenWithVictim], new Fraction(victims.ChildrenWithVictim, context.Cohort.MemberCount));
        return results;
    }

    public override void Explain(ServiceContext context, int child, MeasureSinkSlice sink)
    {
        if (context.Cohort.MemberIndexOf(child) < 0)
        {
            var outside = new Reason("not in the quarter's cohort: victims are counted for children whose order ends in the quarter");
            for (var m = 0; m < MeasureCount; m++)
            {
                sink.NotInDenominator(m, outside);
            }

            return;
        }

        var victims = VictimSet.Of(context);
        var mine = new List<VictimSet.Record>();
        foreach (var record in victims.Records)
        {
            if (record.Child == child)
            {
                mine.Add(record);
            }
        }

        if (mine.Count == 0)
        {
            var none = new Reason("no victim linked to the offences of the child's orders ending in the quarter");
            for (var m = 0; m < MeasureCount; m++)
            {
                if (m == ChildrenWithVictim)
                {
                    sink.Record(m, ChildMeasureStatus.NotMet, none);
                }
                else
                {
                    sink.NotInDenominator(m, none);
                }
            }

            return;
        }

        var table = context.Table;
        for (var m = 0; m < MeasureCount; m++)
        {
            byte standing = Outside;
            foreach (var record in mine)
            {
                standing = Math.Max(standing, StandingOf(m, table, record, victims, context.Definitions));
            }

            var status = standing switch
            {
                Numerator => ChildMeasureStatus.Met,
                DenominatorOnly => ChildMeasureStatus.NotMet,
                _ => ChildMeasureStatus.NotInDenominator,
            };

            foreach (var record in mine)
            {
                var mask = victims.Masks[record.Victim];
                sink.Record(m, status, ReasonFor(m, StandingOf(m, table, record, victims, context.Definitions), record.Row, context.Definitions));
                if (m != ChildrenWithVictim && mask != OwnMask(table.Victims[record.Row]))
                {
                    sink.Record(m, status, new Reason("{record}: flags combined with the same victim's records on other children's cases (any yes is yes)", RecordKind.Victim, record.Row));
                }
            }
        }
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

    /// <summary>Where a victim (its combined flags) stands on a victim-counted measure.</summary>
    private static byte Standing(int m, int mask, DefinitionSet definitions)
    {
        var consented = (mask & Consent) != 0;
        switch (m)
        {
            case TotalVictims:
                return Numerator;
            case ProgressInformation when definitions.VictimInformationOverRequested:
                return Both(mask, ProgressRequested, ProgressProvided);
            case SupportInformation when definitions.VictimInformationOverRequested:
                return Both(mask, SupportRequested, SupportProvided);
            default:
                if (!consented)
                {
                    return Outside;
                }

                var flag = m switch
                {
                    Headline => EngagedRj,
                    ViewsSought => ViewsSoughtFlag,
                    ProgressInformation => ProgressProvided,
                    SupportInformation => SupportProvided,
                    Contacted => ContactedFlag,
                    _ => throw new ArgumentOutOfRangeException(nameof(m), m, "Not a victim-counted measure."),
                };
                return (mask & flag) != 0 ? Numerator : DenominatorOnly;
        }
    }

    private static byte Both(int mask, int denominatorFlag, int numeratorFlag)
        => (mask & denominatorFlag) == 0 ? Outside : (mask & numeratorFlag) != 0 ? Numerator : DenominatorOnly;

    // 10c: a process (victim record) counts when its own record says the victim engaged, and the victim consented.
    private static byte ProcessStanding(CaseTable table, in VictimSet.Record record, int mask)
        => (mask & Consent) == 0 ? Outside : table.Victims[record.Row].EngagedRj == 1 ? Numerator : DenominatorOnly;

    private static byte StandingOf(int m, CaseTable table, in VictimSet.Record record, VictimSet victims, DefinitionSet definitions)
        => m switch
        {
            ChildrenWithVictim => Numerator,
            RestorativeJusticeProcesses => ProcessStanding(table, record, victims.Masks[record.Victim]),
            _ => Standing(m, victims.Masks[record.Victim], definitions),
        };

    private static Reason ReasonFor(int m, byte standing, int row, DefinitionSet definitions)
    {
        var met = standing == Numerator;
        if (standing == Outside)
        {
            if (m == ProgressInformation && definitions.VictimInformationOverRequested)
            {
                return new Reason("{record}: did not request information on case progress: not in the denominator", RecordKind.Victim, row);
            }

            if (m == SupportInformation && definitions.VictimInformationOverRequested)
            {
                return new Reason("{record}: did not ask for information on additional support services: not in the denominator", RecordKind.Victim, row);
            }

            return new Reason("{record}: consent to contact not recorded as yes: not in the denominator", RecordKind.Victim, row);
        }

        return m switch
        {
            Headline => met
                ? new Reason("{record}: consented to contact and engaged with restorative justice", RecordKind.Victim, row)
                : new Reason("{record}: consented to contact, did not engage with restorative justice", RecordKind.Victim, row),
            TotalVictims => new Reason("{record}: counted once across the service", RecordKind.Victim, row),
            ChildrenWithVictim => new Reason("{record}: linked to an offence of the child's order ending in the quarter", RecordKind.Victim, row),
            RestorativeJusticeProcesses => met
                ? new Reason("{record}: a restorative justice process the victim engaged with", RecordKind.Victim, row)
                : new Reason("{record}: no restorative justice process engaged with on this record", RecordKind.Victim, row),
            ViewsSought => met
                ? new Reason("{record}: views sought before the decision", RecordKind.Victim, row)
                : new Reason("{record}: views not sought before the decision", RecordKind.Victim, row),
            ProgressInformation => met
                ? new Reason("{record}: given information on case progress", RecordKind.Victim, row)
                : new Reason("{record}: not given information on case progress", RecordKind.Victim, row),
            SupportInformation => met
                ? new Reason("{record}: given information on additional support services", RecordKind.Victim, row)
                : new Reason("{record}: not given information on additional support services", RecordKind.Victim, row),
            _ => met
                ? new Reason("{record}: contacted by the YJS", RecordKind.Victim, row)
                : new Reason("{record}: not contacted by the YJS", RecordKind.Victim, row),
        };
    }

    /// <summary>
    /// The quarter's victims: every victim record linked to an offence of a qualifying row of a cohort child, and the
    /// distinct victims (by id, across the service) with their combined flags.
    /// </summary>
    internal sealed class VictimSet
    {
        private VictimSet(List<int> masks, List<Record> records, int childrenWithVictim)
        {
            Masks = masks;
            Records = records;
            ChildrenWithVictim = childrenWithVictim;
        }

        /// <summary>Each distinct victim's combined flags.</summary>
        public List<int> Masks { get; }

        /// <summary>The victim records counted, in cohort (child) order.</summary>
        public List<Record> Records { get; }

        /// <summary>Cohort children with at least one counted victim record.</summary>
        public int ChildrenWithVictim { get; }

        public static VictimSet Of(ServiceContext context)
        {
            var table = context.Table;
            var cohort = context.Cohort;
            var index = new Dictionary<VictimId, int>();
            var masks = new List<int>();
            var records = new List<Record>();
            var children = 0;
            for (var member = 0; member < cohort.MemberCount; member++)
            {
                var child = cohort.Kept[member].Child;
                var rows = table.VictimsOf(child);
                if (rows.Length == 0)
                {
                    continue;
                }

                var qualifying = cohort.QualifyingOf(member);
                var start = table.VictimStart(child);
                IReadOnlyList<VictimRecord>? list = null;
                var any = false;
                var firstOfChild = records.Count;
                for (var i = 0; i < rows.Length; i++)
                {
                    if (!IsLinked(table, rows[i], qualifying))
                    {
                        continue;
                    }

                    list ??= table.Children[child].Victims;
                    if (!index.TryGetValue(list[i].Id, out var victim))
                    {
                        victim = masks.Count;
                        index.Add(list[i].Id, victim);
                        masks.Add(0);
                    }

                    masks[victim] |= OwnMask(rows[i]);
                    any = true;

                    // One record per victim per child (decision KS10): a victim recorded twice for the same child is one
                    // restorative-justice process, engaged when either record says so.
                    var existing = records.FindIndex(firstOfChild, r => r.Victim == victim);
                    if (existing < 0)
                    {
                        records.Add(new Record(child, start + i, victim));
                    }
                    else if (rows[i].EngagedRj == 1 && table.Victims[records[existing].Row].EngagedRj != 1)
                    {
                        records[existing] = new Record(child, start + i, victim);
                    }
                }

                children += any ? 1 : 0;
            }

            return new VictimSet(masks, records, children);
        }

        private static bool IsLinked(CaseTable table, in VictimRow victim, ReadOnlySpan<CohortRow> qualifying)
        {
            for (var l = 0; l < victim.LinkCount; l++)
            {
                var offence = table.VictimLinks[victim.FirstLink + l];
                if (offence < 0)
                {
                    continue;
                }

                foreach (ref readonly var row in qualifying)
                {
                    if (row.Offence == offence)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>One counted victim record.</summary>
        /// <param name="Child">The child index.</param>
        /// <param name="Row">The global victim row.</param>
        /// <param name="Victim">The distinct victim's index in <see cref="Masks"/>.</param>
        internal readonly record struct Record(int Child, int Row, int Victim);
    }
}
