namespace YouthJustice.Domain.Caseload;

/// <summary>Why a relative rate index has no value or no confidence interval.</summary>
public enum RelativeRateIssue
{
    /// <summary>The index and its interval were calculated.</summary>
    None = 0,

    /// <summary>The group has no children on the caseload: the index is 0 and has no interval (its logarithm is undefined).</summary>
    ZeroCount = 1,

    /// <summary>The reference group has no children on the caseload: no index can be calculated.</summary>
    ReferenceZeroCount = 2,

    /// <summary>The population of the group or of the reference group is missing or zero: no index can be calculated.</summary>
    NoPopulation = 3,

    /// <summary>More children on the caseload than in the population (a mismatch of data or years): no index is calculated.</summary>
    CountExceedsPopulation = 4,
}
