namespace YouthJustice.Kpi.Explanations;

/// <summary>Where a child stands in a quarter's cohort.</summary>
public enum CohortStanding
{
    /// <summary>No intervention of the child ends in the quarter.</summary>
    NotACandidate = 0,

    /// <summary>In the cohort.</summary>
    Member = 1,

    /// <summary>A candidate, excluded for a reason.</summary>
    Excluded = 2,
}
