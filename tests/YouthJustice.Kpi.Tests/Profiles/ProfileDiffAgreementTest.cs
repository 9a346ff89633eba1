using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Sampling;

namespace YouthJustice.Kpi.Tests.Profiles;

/// <summary>
/// <see cref="KpiEngine.DiffProfiles"/> walks the children once, on statuses, and explains only the children who move.
/// It must say exactly what reading every child's public <see cref="KpiEngine.Explain"/> under each profile says: the
/// same children, measures, statuses, reasons and divergences, on a generated service with blanks to move.
/// </summary>
public class ProfileDiffAgreementTest
{
    private static readonly ServiceData Generated = GeneratedServiceProfileTest.WithBlankResidences(SampleGenerator.Generate(SampleOptions.Default), every: 5);
    private static readonly PreparedService Prepared = KpiEngine.Prepare(Generated);

    [Theory]
    [InlineData(2023, 3)]
    [InlineData(2024, 1)]
    public void The_profile_diff_is_what_each_childs_explanation_under_each_profile_says(int year, int quarterOfYear)
    {
        var quarter = new ReportingQuarter(year, quarterOfYear);
        var actual = new KpiEngine().DiffProfiles(Prepared, quarter).Select(Line).ToList();

        var expected = ChildByChild(quarter);

        CohortMeasureIds.Should().HaveCountGreaterThan(10, "the cohort measures are known");
        expected.Should().Contain(l => l.Contains("|cohort|", StringComparison.Ordinal), "the generated blanks move children out of the cohort");
        expected.Should().Contain(l => !l.Contains("|cohort|", StringComparison.Ordinal), "and move children on measures");
        expected.Should().Contain(l => l.Contains("BlankAppealStatusDropsRow", StringComparison.Ordinal), "a move is named by its divergence");
        actual.Should().Equal(expected);
    }

    /// <summary>The readable form: every child explained under the guidance, the pipeline, and each divergence alone.</summary>
    private static List<string> ChildByChild(ReportingQuarter quarter)
    {
        var guidance = new KpiEngine(new KpiOptions { Profile = KpiProfile.Guidance });
        var pipeline = new KpiEngine(new KpiOptions { Profile = KpiProfile.YjbPipeline });
        var alone = PipelineDivergence.List.OrderBy(d => d.Value)
            .Select(d => (Divergence: d, Engine: new KpiEngine(new KpiOptions { Profile = KpiProfile.With([d]) })))
            .ToList();
        ChildExplanation Explain(KpiEngine engine, ChildCase child) => engine.Explain(Prepared, child.Id, quarter).AsT0;

        var lines = new List<string>();
        foreach (var child in Generated.Children)
        {
            var from = Explain(guidance, child);
            var to = Explain(pipeline, child);
            var memberFrom = from.Standing == CohortStanding.Member;
            var memberTo = to.Standing == CohortStanding.Member;
            if (memberFrom != memberTo)
            {
                var movedBy = alone.Where(x => (Explain(x.Engine, child).Standing == CohortStanding.Member) != memberFrom).Select(x => x.Divergence);
                lines.Add(Line(child.Id.Value, KpiEngine.CohortMeasureId, Membership(memberFrom), Membership(memberTo), movedBy, [from.Exclusion?.Detail ?? "in the cohort"], [to.Exclusion?.Detail ?? "in the cohort"]));
            }

            for (var m = 0; m < from.Measures.Count; m++)
            {
                var (a, b) = (from.Measures[m], to.Measures[m]);
                if (a.Status == b.Status || (memberFrom != memberTo && IsCohortMeasure(a.MeasureId)))
                {
                    continue;
                }

                var movedBy = alone.Where(x => Explain(x.Engine, child).Measures[m].Status != a.Status).Select(x => x.Divergence);
                lines.Add(Line(child.Id.Value, a.MeasureId, a.Status, b.Status, movedBy, a.Reasons, b.Reasons));
            }
        }

        return lines;
    }

    // The cohort measures come first in the catalogue and follow a child's membership; the measures computed at service
    // level (KPIs 8 to 10 and the national indicators) are listed for a child whose membership changes.
    private static bool IsCohortMeasure(string id) => CohortMeasureIds.Contains(id);

    private static readonly HashSet<string> CohortMeasureIds = new KpiEngine().Outcomes(Prepared, new ReportingQuarter(2023, 3))
        .SelectMany(o => o.Statuses.Keys).ToHashSet(StringComparer.Ordinal);

    private static ChildMeasureStatus Membership(bool member) => member ? ChildMeasureStatus.Met : ChildMeasureStatus.NotInDenominator;

    private static string Line(ProfileDifference d) => Line(d.ChildId.Value, d.MeasureId, d.From, d.To, d.MovedBy, d.ReasonsFrom, d.ReasonsTo);

    private static string Line(string child, string measure, ChildMeasureStatus from, ChildMeasureStatus to, IEnumerable<PipelineDivergence> movedBy, IEnumerable<string> reasonsFrom, IEnumerable<string> reasonsTo)
        => $"{child}|{measure}|{from}|{to}|{string.Join(",", movedBy.Select(d => d.Name))}|{string.Join(";", reasonsFrom)}|{string.Join(";", reasonsTo)}";
}
