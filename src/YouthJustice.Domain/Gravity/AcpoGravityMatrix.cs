namespace YouthJustice.Domain.Gravity;

/// <summary>
/// The legacy ACPO Youth Offender Case Disposal Gravity Factor Matrix (March 2013) as an assessment: base score
/// raised by aggravating and lowered by mitigating factors, one level each way, clamped to 1-4.
/// </summary>
/// <remarks>
/// <para>
/// Use it for decisions made before the NPCC Child Gravity Matrix replaced it (October 2023) or by services that have
/// not moved over. The factors the ACPO matrix lists include the admission, seriousness, previous offending, whether
/// the disposal addresses the risk of reoffending, the public interest, the child's welfare and age. Since LASPO 2012
/// the disposal follows the offence, not the count of earlier disposals.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var assessment = AcpoGravityMatrix.Default.Assess(
///     new AcpoGravityScore(2), [GravityFactor.Mitigating("Early admission")]);
/// // assessment.FinalScore.Value == 1
/// </code>
/// </example>
[Source("ACPO Youth Offender Case Disposal Gravity Factor Matrix (March 2013)",
    Url = "https://yjlc.uk/acpo-gravity-matrix/",
    Confidence = Confidence.High)]
public sealed class AcpoGravityMatrix
{
    /// <summary>The matrix with <see cref="GravityAdjustmentPolicy.Default"/>.</summary>
    public static readonly AcpoGravityMatrix Default = new(GravityAdjustmentPolicy.Default);

    /// <summary>Creates a matrix with an adjustment policy.</summary>
    /// <param name="policy">How far factors move the score.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public AcpoGravityMatrix(GravityAdjustmentPolicy policy)
    {
        Policy = Preconditions.CheckNotNull(policy, nameof(policy));
    }

    /// <summary>How far factors move the score.</summary>
    public GravityAdjustmentPolicy Policy { get; }

    /// <summary>Applies the factors to a base score.</summary>
    /// <param name="baseScore">The offence's base score.</param>
    /// <param name="factors">The case-specific factors; may be empty, must not contain null.</param>
    /// <returns>The base and final scores (clamped to 1-4) and the factors applied.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="factors"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="factors"/> contains null.</exception>
    public AcpoGravityAssessment Assess(AcpoGravityScore baseScore, IEnumerable<GravityFactor> factors)
    {
        var (final, applied) = GravityAdjustment.Apply(
            baseScore.Value, factors, Policy, AcpoGravityScore.MinValue, AcpoGravityScore.MaxValue);
        return new AcpoGravityAssessment(baseScore, new AcpoGravityScore(final), applied);
    }
}
