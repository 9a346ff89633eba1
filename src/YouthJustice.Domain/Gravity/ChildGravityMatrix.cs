namespace YouthJustice.Domain.Gravity;

/// <summary>
/// The NPCC Child Gravity Matrix (2023) as an assessment: an offence's base score (from an <see cref="IGravityTable"/>
/// or the matrix itself), raised by aggravating and lowered by mitigating factors, gives the final score and the
/// outcome it indicates.
/// </summary>
/// <remarks>
/// <para>
/// With <see cref="GravityAdjustmentPolicy.Default"/> the final score is
/// <c>clamp(base + (any aggravating ? 1 : 0) - (any mitigating ? 1 : 0), 1, 5)</c> (domain-rules §2.1 Choice, decision DL1).
/// </para>
/// <para>
/// The matrix is a guide: the decision maker may depart from it with a recorded rationale; joint youth justice
/// service and police decision making is expected in borderline cases and the police have the final say.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var assessment = ChildGravityMatrix.Default.Assess(
///     new ChildGravityScore(3), [GravityFactor.Aggravating("Targeted a vulnerable victim")]);
/// // assessment.FinalScore.Value == 4; assessment.IndicatedOutcome == GravityOutcome.YouthConditionalCaution
/// </code>
/// </example>
[Source("NPCC Child Gravity Matrix (2023, updated February 2025)",
    Url = "https://yjresourcehub.uk/legislation-and-guidance-documents/item/625-national-police-chiefs-council-npcc-child-gravity-matrix-updated-october-2023.html",
    Confidence = Confidence.High)]
[Source("Adjustment of one step each way for aggravating/mitigating factors (as ACPO 2013)", Confidence = Confidence.Medium)]
public sealed class ChildGravityMatrix
{
    /// <summary>The matrix with <see cref="GravityAdjustmentPolicy.Default"/>.</summary>
    public static readonly ChildGravityMatrix Default = new(GravityAdjustmentPolicy.Default);

    /// <summary>Creates a matrix with an adjustment policy.</summary>
    /// <param name="policy">How far factors move the score.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ChildGravityMatrix(GravityAdjustmentPolicy policy)
    {
        Policy = Preconditions.CheckNotNull(policy, nameof(policy));
    }

    /// <summary>How far factors move the score.</summary>
    public GravityAdjustmentPolicy Policy { get; }

    /// <summary>Applies the factors to a base score.</summary>
    /// <param name="baseScore">The offence's base score.</param>
    /// <param name="factors">The case-specific factors; may be empty, must not contain null.</param>
    /// <returns>The base and final scores and the factors applied.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="factors"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="factors"/> contains null.</exception>
    public ChildGravityAssessment Assess(ChildGravityScore baseScore, IEnumerable<GravityFactor> factors)
    {
        var (final, applied) = GravityAdjustment.Apply(
            baseScore.Value, factors, Policy, ChildGravityScore.MinValue, ChildGravityScore.MaxValue);
        return new ChildGravityAssessment(baseScore, new ChildGravityScore(final), applied);
    }
}
