using System.Collections.Generic;
using YouthJustice.Domain.Children;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Explanations;

/// <summary>
/// A child whose standing on a measure differs between two profiles (for example the guidance and the YJB pipeline:
/// yjaf-case-level §6), the divergences that move it, and why under each profile. Cohort membership is listed under
/// the measure id <c>cohort</c> (<see cref="ChildMeasureStatus.Met"/> = in the cohort).
/// </summary>
/// <param name="ChildId">The child.</param>
/// <param name="MeasureId">The measure, or <c>cohort</c>.</param>
/// <param name="From">The status under the first profile.</param>
/// <param name="To">The status under the second profile.</param>
/// <param name="MovedBy">
/// The divergences that each, switched alone on the first profile, move the child off its first status; empty when
/// none does alone (only several together do).
/// </param>
/// <param name="ReasonsFrom">Why, under the first profile.</param>
/// <param name="ReasonsTo">Why, under the second profile.</param>
public sealed record ProfileDifference(
    ChildId ChildId,
    string MeasureId,
    ChildMeasureStatus From,
    ChildMeasureStatus To,
    IReadOnlyList<PipelineDivergence> MovedBy,
    IReadOnlyList<string> ReasonsFrom,
    IReadOnlyList<string> ReasonsTo);
