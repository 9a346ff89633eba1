namespace YouthJustice.Domain.ActionPlans;

/// <summary>Which direction of a measure is better.</summary>
public enum Polarity
{
    /// <summary>A higher value is better (for example the % of children in suitable ETE).</summary>
    HigherIsBetter = 0,

    /// <summary>A lower value is better (for example the reoffending rate).</summary>
    LowerIsBetter = 1,
}
