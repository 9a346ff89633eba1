namespace YouthJustice.Domain.Gravity;

/// <summary>
/// The factors applied to a base score and the steps they were worth under a policy: the part of an assessment that
/// is the same on both matrices (<see cref="ChildGravityAssessment"/>, <see cref="AcpoGravityAssessment"/>).
/// </summary>
internal sealed class AppliedFactors : IEquatable<AppliedFactors>
{
    internal AppliedFactors(ImmutableArray<GravityFactor> factors, int stepsUp, int stepsDown, GravityAdjustmentPolicy policy)
    {
        Factors = factors; // boxed once: the assessments hand out the same list
        StepsUp = stepsUp;
        StepsDown = stepsDown;
        Policy = policy;
    }

    internal IReadOnlyList<GravityFactor> Factors { get; }

    internal int StepsUp { get; }

    internal int StepsDown { get; }

    internal GravityAdjustmentPolicy Policy { get; }

    internal IReadOnlyList<GravityFactor> Aggravating => Factors.Where(f => f.Direction == GravityFactorDirection.Aggravating).ToArray();

    internal IReadOnlyList<GravityFactor> Mitigating => Factors.Where(f => f.Direction == GravityFactorDirection.Mitigating).ToArray();

    /// <summary>Whether the scale clamped the result: the base moved by the steps is not the final score.</summary>
    internal bool Clamped(int baseScore, int finalScore) => baseScore + StepsUp - StepsDown != finalScore;

    public bool Equals(AppliedFactors? other)
        => other is not null
           && StepsUp == other.StepsUp
           && StepsDown == other.StepsDown
           && Policy == other.Policy
           && Factors.SequenceEqual(other.Factors);

    public override bool Equals(object? obj) => Equals(obj as AppliedFactors);

    public override int GetHashCode() => HashCode.Combine(StepsUp, StepsDown, Factors.Count);
}
