namespace YouthJustice.Domain.Gravity;

/// <summary>The one implementation of "base score plus factors, clamped to the scale" shared by both matrices.</summary>
internal static class GravityAdjustment
{
    internal static (int Final, AppliedFactors Applied) Apply(
        int baseScore,
        IEnumerable<GravityFactor> factors,
        GravityAdjustmentPolicy policy,
        int min,
        int max)
    {
        var applied = Preconditions.CheckNotNull(factors, nameof(factors)).ToImmutableArray();
        foreach (var factor in applied)
        {
            if (factor is null)
            {
                throw new ArgumentException("Factors must not contain null.", nameof(factors));
            }
        }

        var up = policy.StepsFor(applied.Count(f => f.Direction == GravityFactorDirection.Aggravating));
        var down = policy.StepsFor(applied.Count(f => f.Direction == GravityFactorDirection.Mitigating));
        var final = Math.Clamp(baseScore + up - down, min, max);
        return (final, new AppliedFactors(applied, up, down, policy));
    }
}
