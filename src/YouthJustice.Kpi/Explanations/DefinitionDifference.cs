using System.Collections.Generic;
using YouthJustice.Domain.Children;

namespace YouthJustice.Kpi.Explanations;

/// <summary>A child whose standing on a measure differs between two definition sets, and why under each.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="MeasureId">The measure.</param>
/// <param name="From">The status under the first set.</param>
/// <param name="To">The status under the second set.</param>
/// <param name="Rule">The definition difference that applies (kpi-rules §2.11), in words.</param>
/// <param name="ReasonsFrom">Why, under the first set.</param>
/// <param name="ReasonsTo">Why, under the second set.</param>
public sealed record DefinitionDifference(ChildId ChildId, string MeasureId, ChildMeasureStatus From, ChildMeasureStatus To, string Rule, IReadOnlyList<string> ReasonsFrom, IReadOnlyList<string> ReasonsTo);
