namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The cohort decision for one candidate child: included with a kept row, or excluded at the furthest check any of
/// its candidate rows reached (kpi-rules §13.16).
/// </summary>
/// <param name="Included">Whether the child is in the cohort.</param>
/// <param name="Kept">The kept row when included.</param>
/// <param name="QualifyingCount">How many rows qualified (they are in the builder's buffer).</param>
/// <param name="FailedCheck">When excluded: the value of the <see cref="YouthJustice.Kpi.Cohorts.ExclusionReason"/> of the check the furthest row failed.</param>
/// <param name="FurthestIntervention">When excluded: the intervention row that got furthest.</param>
/// <param name="FurthestOutcome">When excluded: its outcome row, or -1.</param>
internal readonly record struct CohortDecision(bool Included, CohortRow Kept, int QualifyingCount, int FailedCheck, int FurthestIntervention, int FurthestOutcome);
