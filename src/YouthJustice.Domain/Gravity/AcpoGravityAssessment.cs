using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace YouthJustice.Domain.Gravity;

/// <summary>
/// The result of applying case-specific factors to an offence's base score on the ACPO 2013 youth gravity factor matrix:
/// the base and final scores, the factors applied and the steps they moved the score.
/// </summary>
/// <remarks>Created by <see cref="AcpoGravityMatrix.Assess(AcpoGravityScore, IEnumerable{GravityFactor})"/>.</remarks>
public sealed record AcpoGravityAssessment
{
    internal AcpoGravityAssessment(
        AcpoGravityScore baseScore,
        AcpoGravityScore finalScore,
        ImmutableArray<GravityFactor> factors,
        int stepsUp,
        int stepsDown,
        GravityAdjustmentPolicy policy)
    {
        BaseScore = baseScore;
        FinalScore = finalScore;
        Factors = factors;
        StepsUp = stepsUp;
        StepsDown = stepsDown;
        Policy = policy;
    }

    /// <summary>The offence's base score before any factor.</summary>
    public AcpoGravityScore BaseScore { get; }

    /// <summary>The score after the factors, clamped to 1-4.</summary>
    public AcpoGravityScore FinalScore { get; }

    /// <summary>The factors applied, in the order given.</summary>
    public IReadOnlyList<GravityFactor> Factors { get; }

    /// <summary>The aggravating factors applied.</summary>
    public IReadOnlyList<GravityFactor> AggravatingFactors
        => Factors.Where(f => f.Direction == GravityFactorDirection.Aggravating).ToArray();

    /// <summary>The mitigating factors applied.</summary>
    public IReadOnlyList<GravityFactor> MitigatingFactors
        => Factors.Where(f => f.Direction == GravityFactorDirection.Mitigating).ToArray();

    /// <summary>The steps the aggravating factors were worth under <see cref="Policy"/> (before clamping).</summary>
    public int StepsUp { get; }

    /// <summary>The steps the mitigating factors were worth under <see cref="Policy"/> (before clamping).</summary>
    public int StepsDown { get; }

    /// <summary>The adjustment policy used.</summary>
    public GravityAdjustmentPolicy Policy { get; }

    /// <summary>The outcome bands the final score points to ([L] data, see <see cref="AcpoGravityScore.IndicatedOutcomes"/>).</summary>
    public IReadOnlyList<GravityOutcome> IndicatedOutcomes => FinalScore.IndicatedOutcomes;

    /// <summary>Whether the scale clamped the result (the factors would have moved it beyond 1 or 4).</summary>
    public bool WasClamped => BaseScore.Value + StepsUp - StepsDown != FinalScore.Value;

    /// <inheritdoc />
    public bool Equals(AcpoGravityAssessment? other)
        => other is not null
           && BaseScore == other.BaseScore
           && FinalScore == other.FinalScore
           && StepsUp == other.StepsUp
           && StepsDown == other.StepsDown
           && Policy == other.Policy
           && Factors.SequenceEqual(other.Factors);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BaseScore, FinalScore, StepsUp, StepsDown, Factors.Count);
}
