using System;
using System.Collections.Generic;
using YouthJustice.Domain;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Kpi;

/// <summary>One child at a time: the quarter's cohort as records, a child's explanation, each child's outcomes and the differences between definition sets.</summary>
public sealed partial class KpiEngine
{
    /// <summary>The quarter's cohort: members with their kept rows, and every exclusion with its reason.</summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="definitions">The definition set; 2024 when null.</param>
    /// <returns>The cohort.</returns>
    public Cohort Cohort(PreparedService service, ReportingQuarter quarter, DefinitionSet? definitions = null)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        return ToCohort(service.Table, QuarterCohort.Build(service.Table, _counting, quarter, definitions ?? DefinitionSet.Default, _options.Profile));
    }

    /// <summary>Explains, for one child and quarter, the cohort decision and every measure.</summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="childId">The child.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="definitions">The definition set; 2024 when null.</param>
    /// <returns>The explanation, or an error when the child is not in the data.</returns>
    public OneOf.OneOf<ChildExplanation, UnknownChildError> Explain(PreparedService service, ChildId childId, ReportingQuarter quarter, DefinitionSet? definitions = null)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        var defs = definitions ?? DefinitionSet.Default;
        var table = service.RequireCaseData();
        var child = table.IndexOf(childId);
        if (child < 0)
        {
            return new UnknownChildError(childId);
        }

        var cohort = QuarterCohort.Build(table, _counting, quarter, defs, _options.Profile);
        return ExplainChild(ContextOf(table, cohort), child);
    }

    /// <summary>Each cohort child's status on every cohort measure (for child-by-child validation).</summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="definitions">The definition set; 2024 when null.</param>
    /// <returns>One entry per cohort child, in the service's child order.</returns>
    public IReadOnlyList<ChildOutcomes> Outcomes(PreparedService service, ReportingQuarter quarter, DefinitionSet? definitions = null)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        var table = service.Table;
        var cohort = QuarterCohort.Build(table, _counting, quarter, definitions ?? DefinitionSet.Default, _options.Profile);
        var sink = new StatusSink(CohortMeasureCount);
        var list = new List<ChildOutcomes>(cohort.MemberCount);
        for (var i = 0; i < cohort.MemberCount; i++)
        {
            sink.Reset();
            EvaluateMember(table, cohort, i, sink);
            var statuses = new Dictionary<string, ChildMeasureStatus>(CohortMeasureCount, StringComparer.Ordinal);
            for (var m = 0; m < CohortMeasureCount; m++)
            {
                statuses[_catalogue[m].Id] = sink.Statuses[m];
            }

            ref readonly var row = ref cohort.Kept[i];
            list.Add(new ChildOutcomes(table.ChildIds[row.Child], TypeOfOrder.FromValue(row.TypeOfOrder), statuses));
        }

        return list;
    }

    /// <summary>
    /// Runs two definition sets on the same data and lists every child whose standing on a measure differs, with the
    /// rule that makes the difference (kpi-rules §2.11). Cohort membership differences are listed under the id <c>cohort</c>.
    /// </summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="from">The first definition set.</param>
    /// <param name="to">The second definition set.</param>
    /// <returns>The differences, by child then measure.</returns>
    public IReadOnlyList<DefinitionDifference> Diff(PreparedService service, ReportingQuarter quarter, DefinitionSet from, DefinitionSet to)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        Preconditions.CheckNotNull(from, nameof(from));
        Preconditions.CheckNotNull(to, nameof(to));
        var table = service.RequireCaseData();
        var a = QuarterCohort.Build(table, _counting, quarter, from, _options.Profile);
        var b = QuarterCohort.Build(table, _counting, quarter, to, _options.Profile);
        var contextA = ContextOf(table, a);
        var contextB = ContextOf(table, b);
        var sinkA = new StatusSink(CohortMeasureCount);
        var sinkB = new StatusSink(CohortMeasureCount);
        var differences = new List<DefinitionDifference>();

        var children = new SortedSet<int>();
        for (var i = 0; i < a.MemberCount; i++)
        {
            children.Add(a.Kept[i].Child);
        }

        for (var i = 0; i < b.MemberCount; i++)
        {
            children.Add(b.Kept[i].Child);
        }

        foreach (var child in children)
        {
            var ia = a.MemberIndexOf(child);
            var ib = b.MemberIndexOf(child);
            var id = table.ChildIds[child];
            if (ia < 0 || ib < 0)
            {
                var ea = ExplainChild(contextA, child);
                var eb = ExplainChild(contextB, child);
                differences.Add(new DefinitionDifference(
                    id,
                    "cohort",
                    ia < 0 ? ChildMeasureStatus.NotInDenominator : ChildMeasureStatus.Met,
                    ib < 0 ? ChildMeasureStatus.NotInDenominator : ChildMeasureStatus.Met,
                    "Cohort age: under the 2024 definitions a DTO licence intervention takes the child's age on the outcome date (custody start), under 2023 on the licence start (kpi-rules §13.4).",
                    [ea.Exclusion?.Detail ?? "in the cohort"],
                    [eb.Exclusion?.Detail ?? "in the cohort"]));
                continue;
            }

            sinkA.Reset();
            sinkB.Reset();
            EvaluateMember(table, a, ia, sinkA);
            EvaluateMember(table, b, ib, sinkB);
            ChildExplanation? explainA = null, explainB = null;
            for (var m = 0; m < CohortMeasureCount; m++)
            {
                if (sinkA.Statuses[m] == sinkB.Statuses[m])
                {
                    continue;
                }

                explainA ??= ExplainChild(contextA, child);
                explainB ??= ExplainChild(contextB, child);
                differences.Add(new DefinitionDifference(
                    id,
                    _catalogue[m].Id,
                    sinkA.Statuses[m],
                    sinkB.Statuses[m],
                    DefinitionRules.For(_catalogue[m]),
                    explainA.Measures[m].Reasons,
                    explainB.Measures[m].Reasons));
            }
        }

        return differences;
    }

    private void EvaluateMember(CaseTable table, QuarterCohort cohort, int member, IMeasureSink sink)
    {
        var context = new ChildContext(table, cohort.Kept[member], cohort.QualifyingOf(member), cohort.Definitions, cohort.Profile);
        for (var k = 0; k < _cohortKpis.Length; k++)
        {
            _cohortKpis[k].Evaluate(context, new MeasureSinkSlice(sink, _cohortBase[k]));
        }
    }

    /// <summary>The context the service-level measures see for <paramref name="cohort"/>'s quarter; reuse it across children.</summary>
    private ServiceContext ContextOf(CaseTable table, QuarterCohort cohort)
        => new(table, cohort.Quarter, cohort.Definitions, cohort, _counting) { Options = _options };

    /// <summary>
    /// The child's status on every measure of the catalogue, into <paramref name="sink"/> (indexed as the catalogue):
    /// what <see cref="ExplainChild"/> says, without the reasons' texts.
    /// </summary>
    private void StatusesOf(ServiceContext context, int child, StatusSink sink)
    {
        sink.Reset();
        EvaluateChild(context, child, sink);
    }

    /// <summary>Every measure's part for the child, into <paramref name="sink"/>: the cohort measures if a member, then the service-level ones; returns the member index (-1 when not a member).</summary>
    private int EvaluateChild(ServiceContext context, int child, IMeasureSink sink)
    {
        var member = context.Cohort.MemberIndexOf(child);
        if (member >= 0)
        {
            EvaluateMember(context.Table, context.Cohort, member, sink);
        }

        for (var k = 0; k < _serviceKpis.Length; k++)
        {
            _serviceKpis[k].Explain(context, child, new MeasureSinkSlice(sink, _serviceBase[k]));
        }

        return member;
    }

    private ChildExplanation ExplainChild(ServiceContext context, int child)
    {
        var table = context.Table;
        var cohort = context.Cohort;
        var sink = new ExplanationSink(table, child);
        var member = EvaluateChild(context, child, sink);

        var catalogue = CatalogueFor(cohort.Definitions);
        var measures = new List<MeasureExplanation>(catalogue.Length);
        for (var m = 0; m < catalogue.Length; m++)
        {
            if (sink.ByMeasure.TryGetValue(m, out var entry))
            {
                measures.Add(new MeasureExplanation(catalogue[m].Id, catalogue[m].Title, entry.Status, entry.Reasons));
            }
            else
            {
                measures.Add(new MeasureExplanation(catalogue[m].Id, catalogue[m].Title, ChildMeasureStatus.NotInDenominator, [member >= 0 ? "not in this measure's denominator" : "not in the quarter's cohort"]));
            }
        }

        var id = table.ChildIds[child];
        if (member >= 0)
        {
            return new ChildExplanation(id, cohort.Quarter, cohort.Definitions, CohortStanding.Member, ToMember(table, cohort, member), null, measures) { Profile = cohort.Profile };
        }

        return cohort.ExclusionOf(child) is { } decision
            ? new ChildExplanation(id, cohort.Quarter, cohort.Definitions, CohortStanding.Excluded, null, ToExclusion(table, child, decision), measures) { Profile = cohort.Profile }
            : new ChildExplanation(id, cohort.Quarter, cohort.Definitions, CohortStanding.NotACandidate, null, null, measures) { Profile = cohort.Profile };
    }


    private static Cohort ToCohort(CaseTable table, QuarterCohort cohort)
    {
        var members = new CohortMember[cohort.MemberCount];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = ToMember(table, cohort, i);
        }

        var exclusions = new CohortExclusion[cohort.ExcludedCount];
        for (var i = 0; i < exclusions.Length; i++)
        {
            exclusions[i] = ToExclusion(table, cohort.Excluded[i].Child, cohort.Excluded[i].Decision);
        }

        return new Cohort(cohort.Quarter, cohort.Definitions, members, exclusions);
    }

    private static CohortMember ToMember(CaseTable table, QuarterCohort cohort, int member)
    {
        ref readonly var row = ref cohort.Kept[member];
        ref readonly var intervention = ref table.Interventions[row.Intervention];
        ref readonly var outcome = ref table.Outcomes[row.Outcome];
        return new CohortMember(
            table.ChildIds[row.Child],
            table.InterventionIds[row.Intervention],
            Disposal.FromValue(intervention.Disposal),
            table.OffenceIds[row.Offence],
            Disposal.FromValue(outcome.Disposal),
            Days.ToDate(outcome.Date),
            TypeOfOrder.FromValue(row.TypeOfOrder),
            Days.ToDate(intervention.Start),
            Days.ToDate(intervention.End),
            cohort.QualifyingOffset[member + 1] - cohort.QualifyingOffset[member]);
    }

    private static CohortExclusion ToExclusion(CaseTable table, int child, CohortDecision decision)
    {
        var reason = ExclusionReason.FromValue(decision.FailedCheck);
        var sink = new ExplanationSink(table, child);
        var detail = sink.Format(new Reason("{record}", RecordKind.Intervention, decision.FurthestIntervention)) + ": " + reason.Description;
        if (decision.FurthestOutcome >= 0)
        {
            detail += " (" + sink.Format(new Reason("{record}", RecordKind.Outcome, decision.FurthestOutcome)) + ")";
        }

        return new CohortExclusion(table.ChildIds[child], reason, table.InterventionIds[decision.FurthestIntervention], detail);
    }
}
