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
        var table = service.Table;
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

        var differences = new List<ProfileDifference>();
        for (var child = 0; child < table.ChildCount; child++)
        {
            var ea = a.Explain(child);
            var eb = b.Explain(child);
            var id = table.Children[child].Id;
            var memberA = ea.Standing == CohortStanding.Member;
            var memberB = eb.Standing == CohortStanding.Member;
            if (memberA != memberB)
            {
                var movedBy = new List<PipelineDivergence>();
                foreach (var (divergence, run) in alone)
                {
                    if ((run.Explain(child).Standing == CohortStanding.Member) != memberA)
                    {
                        movedBy.Add(divergence);
                    }
                }

                differences.Add(new ProfileDifference(id, CohortMeasureId, Membership(memberA), Membership(memberB), movedBy, [ea.Exclusion?.Detail ?? "in the cohort"], [eb.Exclusion?.Detail ?? "in the cohort"]));
            }

            for (var m = memberA != memberB ? CohortMeasureCount : 0; m < _catalogue.Length; m++)
            {
                var statusA = ea.Measures[m].Status;
                if (statusA == eb.Measures[m].Status)
                {
                    continue;
                }

                var movedBy = new List<PipelineDivergence>();
                foreach (var (divergence, run) in alone)
                {
                    if (run.Explain(child).Measures[m].Status != statusA)
                    {
                        movedBy.Add(divergence);
                    }
                }

                differences.Add(new ProfileDifference(id, _catalogue[m].Id, statusA, eb.Measures[m].Status, movedBy, ea.Measures[m].Reasons, eb.Measures[m].Reasons));
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

    /// <summary>One profile's run of a quarter: its engine and cohort, each child explained once, when first asked.</summary>
    private sealed class ProfileRun(KpiEngine engine, CaseTable table, ReportingQuarter quarter, DefinitionSet definitions, KpiProfile profile)
    {
        private readonly KpiEngine _engine = new(engine._counting, engine._options.WithProfile(profile));
        private readonly Dictionary<int, ChildExplanation> _explained = [];
        private QuarterCohort? _cohort;

        public ChildExplanation Explain(int child)
        {
            if (!_explained.TryGetValue(child, out var explanation))
            {
                _cohort ??= QuarterCohort.Build(table, _engine._counting, quarter, definitions, profile);
                explanation = _engine.ExplainChild(table, _cohort, child);
                _explained[child] = explanation;
            }

            return explanation;
        }
    }
}
