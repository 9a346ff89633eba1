using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;

namespace YouthJustice.Kpi.Cohorts;

/// <summary>A candidate child left out of a quarter's cohort, with the reason and the intervention that got
/// furthest through the checks (kpi-rules §13.16).</summary>
/// <param name="ChildId">The child.</param>
/// <param name="Reason">Why the child is excluded.</param>
/// <param name="InterventionId">The intervention (ending in the quarter) whose checks decided it.</param>
/// <param name="Detail">A sentence naming the records and dates that decided it.</param>
public sealed record CohortExclusion(ChildId ChildId, ExclusionReason Reason, InterventionId InterventionId, string Detail);
