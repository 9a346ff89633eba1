using System.Collections.Generic;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Explanations;

/// <summary>
/// For one child and one quarter: whether the child is in the cohort and, for every measure, where the child stands
/// and why. Data, so that the <c>yj</c> tool and notebooks can render it.
/// </summary>
/// <param name="ChildId">The child.</param>
/// <param name="Quarter">The quarter.</param>
/// <param name="Definitions">The definition set.</param>
/// <param name="Standing">Member, excluded or not a candidate.</param>
/// <param name="Member">The kept row when a member.</param>
/// <param name="Exclusion">The exclusion when excluded.</param>
/// <param name="Measures">Every measure of the catalogue.</param>
public sealed record ChildExplanation(
    ChildId ChildId,
    ReportingQuarter Quarter,
    DefinitionSet Definitions,
    CohortStanding Standing,
    CohortMember? Member,
    CohortExclusion? Exclusion,
    IReadOnlyList<MeasureExplanation> Measures)
{
    /// <summary>The profile the child was explained under: the guidance (the default) or the YJB pipeline's (yjaf-case-level §6).</summary>
    public KpiProfile Profile { get; init; } = KpiProfile.Guidance;
}
