using System.Collections.Generic;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;

namespace YouthJustice.Kpi.Explanations;

/// <summary>One cohort child's status on every cohort measure, for child-by-child comparison with another system.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="TypeOfOrder">The child's type of order.</param>
/// <param name="Statuses">Measure id → status (measures where the child is not in the denominator included).</param>
public sealed record ChildOutcomes(ChildId ChildId, TypeOfOrder TypeOfOrder, IReadOnlyDictionary<string, ChildMeasureStatus> Statuses);
