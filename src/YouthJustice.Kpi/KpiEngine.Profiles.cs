using System.Collections.Generic;
using YouthJustice.Domain;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Kpi;

/// <summary>Two profiles on the same data, child by child: who moves, on which measure, and which divergence moves them.</summary>
public sealed partial class KpiEngine
{
    /// <summary>The id under which a change of cohort membership is listed by <see cref="DiffProfiles"/> and <see cref="Diff"/>.</summary>
    public const string CohortMeasureId = "cohort";

    /// <summary>
    /// Runs two profiles (by default the guidance, then the YJB pipeline) on the same data and lists every child whose
    /// standing on a measure differs, naming the divergences (yjaf-case-level §6.1, §6.8–§6.11) that move it: each
    /// divergence in which the profiles differ is switched alone on <paramref name="from"/>, and it moves the child when
    /// the child's status then leaves its status under <paramref name="from"/>. A child whose cohort membership
    /// changes is listed once under <see cref="CohortMeasureId"/> (its cohort measures follow it) and on each measure
    /// computed at service level whose standing changes (KPI 9, KPI 10's children with a victim). The engine's other
    /// options apply to both runs.
    /// </summary>
    /// <remarks>
    /// A divergence that changes a rate but no child's standing (the KPI 9 population of yjaf-case-level §6.10) moves no
    /// child; compare the two returns' headline values to see it.
    /// </remarks>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="from">The first profile; <see cref="KpiProfile.Guidance"/> when null.</param>
    /// <param name="to">The second profile; <see cref="KpiProfile.YjbPipeline"/> when null.</param>
    /// <param name="definitions">The definition set; 2024 when null.</param>
    /// <returns>The differences, by child (in the service's order) then measure.</returns>
    public IReadOnlyList<ProfileDifference> DiffProfiles(PreparedService service, ReportingQuarter quarter, KpiProfile? from = null, KpiProfile? to = null, DefinitionSet? definitions = null)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        var first = from ?? KpiProfile.Guidance;
        var second = to ?? KpiProfile.YjbPipeline;
        var defs = definitions ?? DefinitionSet.Default;
        var table = service.RequireCaseData();
        var a = new ProfileRun(this, table, quarter, defs, first);
        var b = new ProfileRun(this, table, quarter, defs, second);

        var toggled = new List<PipelineDivergence>();
        foreach (var divergence in PipelineDivergence.List)
        {
            if (first.Has(divergence) != second.Has(divergence))
            {
                toggled.Add(divergence);
            }
        }

        toggled.Sort((x, y) => x.Value.CompareTo(y.Value));
        var alone = toggled.ConvertAll(d => (Divergence: d, Run: new ProfileRun(this, table, quarter, defs, Toggle(first, d))));

        // Statuses first, for every child under every run (no reason is formatted); a child is explained, with its
        // reasons, only where the two profiles part.
        var differences = new List<ProfileDifference>();
        for (var child = 0; child < table.ChildCount; child++)
        {
            var statusesA = a.Statuses(child);
            var statusesB = b.Statuses(child);
            var memberA = a.IsMember(child);
            var memberB = b.IsMember(child);
            var id = table.ChildIds[child];
            if (memberA != memberB)
            {
                var movedBy = new List<PipelineDivergence>();
                foreach (var (divergence, run) in alone)
                {
                    if (run.IsMember(child) != memberA)
                    {
                        movedBy.Add(divergence);
                    }
                }

                differences.Add(new ProfileDifference(id, CohortMeasureId, Membership(memberA), Membership(memberB), movedBy, [a.Explain(child).Exclusion?.Detail ?? "in the cohort"], [b.Explain(child).Exclusion?.Detail ?? "in the cohort"]));
            }

            for (var m = memberA != memberB ? CohortMeasureCount : 0; m < statusesA.Length; m++)
            {
                var statusA = statusesA[m];
                if (statusA == statusesB[m])
                {
                    continue;
                }

                var movedBy = new List<PipelineDivergence>();
                foreach (var (divergence, run) in alone)
                {
                    if (run.Statuses(child)[m] != statusA)
                    {
                        movedBy.Add(divergence);
                    }
                }

                var ea = a.Explain(child).Measures[m];
                var eb = b.Explain(child).Measures[m];
                differences.Add(new ProfileDifference(id, _catalogue[m].Id, statusA, statusesB[m], movedBy, ea.Reasons, eb.Reasons));
            }
        }

        return differences;
    }

    private static ChildMeasureStatus Membership(bool member) => member ? ChildMeasureStatus.Met : ChildMeasureStatus.NotInDenominator;

    private static KpiProfile Toggle(KpiProfile profile, PipelineDivergence divergence)
    {
        var divergences = new List<PipelineDivergence>(profile.Divergences);
        if (!divergences.Remove(divergence))
        {
            divergences.Add(divergence);
        }

        return KpiProfile.With(divergences);
    }

    /// <summary>
    /// One profile's run of a quarter: its engine, cohort and service context, built once; the statuses and the
    /// explanation of the child last asked for, kept while the caller walks the children in order.
    /// </summary>
    private sealed class ProfileRun
    {
        private readonly KpiEngine _engine;
        private readonly ServiceContext _context;
        private readonly StatusSink _statuses;
        private int _statusesOf = -1;
        private ChildExplanation? _explanation;
        private int _explanationOf = -1;

        public ProfileRun(KpiEngine engine, CaseTable table, ReportingQuarter quarter, DefinitionSet definitions, KpiProfile profile)
        {
            _engine = new KpiEngine(engine._counting, engine._options.WithProfile(profile));
            _context = _engine.ContextOf(table, QuarterCohort.Build(table, _engine._counting, quarter, definitions, profile));
            _statuses = new StatusSink(_engine._catalogue.Length);
        }

        public bool IsMember(int child) => _context.Cohort.MemberIndexOf(child) >= 0;

        /// <summary>The child's status on every measure, indexed as the catalogue (valid until another child is asked for).</summary>
        public ChildMeasureStatus[] Statuses(int child)
        {
            if (_statusesOf != child)
            {
                _engine.StatusesOf(_context, child, _statuses);
                _statusesOf = child;
            }

            return _statuses.Statuses;
        }

        public ChildExplanation Explain(int child)
        {
            if (_explanationOf != child)
            {
                _explanation = _engine.ExplainChild(_context, child);
                _explanationOf = child;
            }

            return _explanation!;
        }
    }
}
