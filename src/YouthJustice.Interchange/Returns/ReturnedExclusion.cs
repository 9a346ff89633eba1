using YouthJustice.Kpi.Cohorts;

namespace YouthJustice.Interchange.Returns;

/// <summary>A child left out of the cohort, as written in a KPI return: the child, the reason and, optionally, the
/// intervention and a detail sentence.</summary>
/// <param name="ChildId">The child's id as written.</param>
/// <param name="Reason">Why the child was left out (the interchange names: <c>ResidentInAnotherArea</c> ...).</param>
/// <param name="InterventionId">The intervention whose row decided, when given.</param>
/// <param name="Detail">A sentence on the decision, when given.</param>
public sealed record ReturnedExclusion(string ChildId, ExclusionReason Reason, string? InterventionId = null, string? Detail = null);
