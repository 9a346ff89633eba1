using System.Collections.Generic;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Cohorts;

/// <summary>
/// The children with an order ending in a quarter (kpi-rules §1.2). Every candidate — a child with at least one
/// intervention ending in the quarter — is accounted for: <see cref="Members"/> + <see cref="Exclusions"/> =
/// <see cref="Candidates"/>, always.
/// </summary>
/// <param name="Quarter">The quarter.</param>
/// <param name="Definitions">The definition set used.</param>
/// <param name="Members">The children in the cohort, in the service's child order.</param>
/// <param name="Exclusions">The candidates left out, with reasons.</param>
public sealed record Cohort(ReportingQuarter Quarter, DefinitionSet Definitions, IReadOnlyList<CohortMember> Members, IReadOnlyList<CohortExclusion> Exclusions)
{
    /// <summary>How many children had an intervention ending in the quarter.</summary>
    public int Candidates => Members.Count + Exclusions.Count;
}
