namespace YouthJustice.Domain.Gravity;

/// <summary>
/// The result of applying case-specific factors to an offence's base score on the ACPO 2013 youth gravity factor matrix:
/// the base and final scores, the factors applied and the steps they moved the score.
/// </summary>
/// <remarks>Created by <see cref="AcpoGravityMatrix.Assess(AcpoGravityScore, IEnumerable{GravityFactor})"/>.</remarks>
public sealed record AcpoGravityAssessment
{
    private readonly AppliedFactors _applied;

    internal AcpoGravityAssessment(AcpoGravityScore baseScore, AcpoGravityScore finalScore, AppliedFactors applied)
    {
        BaseScore = baseScore;
        FinalScore = finalScore;
        _applied = applied;
    }

    /// <summary>The offence's base score before any factor.</summary>
    public AcpoGravityScore BaseScore { get; }

    /// <summary>The score after the factors, clamped to 1-4.</summary>
    public AcpoGravityScore FinalScore { get; }

    /// <summary>The factors applied, in the order given.</summary>
    public IReadOnlyList<GravityFactor> Factors => _applied.Factors;

    /// <summary>The aggravating factors applied.</summary>
    public IReadOnlyList<GravityFactor> AggravatingFactors => _applied.Aggravating;

    /// <summary>The mitigating factors applied.</summary>
    public IReadOnlyList<GravityFactor> MitigatingFactors => _applied.Mitigating;

    /// <summary>The steps the aggravating factors were worth under <see cref="Policy"/> (before clamping).</summary>
    public int StepsUp => _applied.StepsUp;

    /// <summary>The steps the mitigating factors were worth under <see cref="Policy"/> (before clamping).</summary>
    public int StepsDown => _applied.StepsDown;

    /// <summary>The adjustment policy used.</summary>
    public GravityAdjustmentPolicy Policy => _applied.Policy;

    /// <summary>The outcome bands the final score points to ([L] data, see <see cref="AcpoGravityScore.IndicatedOutcomes"/>).</summary>
    public IReadOnlyList<GravityOutcome> IndicatedOutcomes => FinalScore.IndicatedOutcomes;

    /// <summary>Whether the scale clamped the result (the factors would have moved it beyond 1 or 4).</summary>
    public bool WasClamped => _applied.Clamped(BaseScore.Value, FinalScore.Value);

    /// <inheritdoc />
    public bool Equals(AcpoGravityAssessment? other)
        => other is not null && BaseScore == other.BaseScore && FinalScore == other.FinalScore && _applied.Equals(other._applied);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BaseScore, FinalScore, _applied);
}
