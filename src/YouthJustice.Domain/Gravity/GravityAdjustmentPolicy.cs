namespace YouthJustice.Domain.Gravity;

/// <summary>
/// How far case-specific factors move a base gravity score: the steps each factor is worth and the most the score
/// may move in each direction. Used by <see cref="ChildGravityMatrix"/> and <see cref="AcpoGravityMatrix"/>.
/// </summary>
/// <remarks>
/// <para>
/// The ACPO 2013 matrix moved a score <em>one level</em> for aggravating and one for mitigating factors [H]; that the
/// NPCC Child Gravity Matrix does the same is [M] (domain-rules §2.1, §7 #6). Neither says whether several factors
/// in the same direction add up. <see cref="Default"/> is the project's choice (decision DL1): at most one step each way,
/// whatever the number of factors. A force that counts every factor uses <see cref="OneStepPerFactor"/> or its own
/// values.
/// </para>
/// <para>The final score is always clamped to the scale (1-5 or 1-4) after both directions are applied.</para>
/// </remarks>
[Source("ACPO Youth Offender Case Disposal Gravity Factor Matrix (2013): aggravating/mitigating factors move the score one level",
    Url = "https://yjlc.uk/acpo-gravity-matrix/",
    Confidence = Confidence.High)]
[Source("Project choice DL1: at most one step each way (domain-rules §2.1 Choice)", Confidence = Confidence.Low)]
public sealed record GravityAdjustmentPolicy
{
    /// <summary>The largest number of steps a policy may use (a whole 1-5 scale).</summary>
    public const int MaxSteps = 4;

    /// <summary>
    /// The default (decision DL1): any aggravating factor raises the score by one step, any mitigating factor lowers it by
    /// one, however many factors there are.
    /// </summary>
    public static readonly GravityAdjustmentPolicy Default = new(stepsPerFactor: 1, maximumStepsEachWay: 1);

    /// <summary>Every factor moves the score one step; steps add up (the scale still clamps the result).</summary>
    public static readonly GravityAdjustmentPolicy OneStepPerFactor = new(stepsPerFactor: 1, maximumStepsEachWay: MaxSteps);

    /// <summary>Creates a policy.</summary>
    /// <param name="stepsPerFactor">Steps each factor is worth, 1 to 4.</param>
    /// <param name="maximumStepsEachWay">The most the score may move up, and separately down, 1 to 4.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A value is outside 1-4.</exception>
    public GravityAdjustmentPolicy(int stepsPerFactor, int maximumStepsEachWay)
    {
        StepsPerFactor = Preconditions.CheckRange(stepsPerFactor, nameof(stepsPerFactor), 1, MaxSteps);
        MaximumStepsEachWay = Preconditions.CheckRange(maximumStepsEachWay, nameof(maximumStepsEachWay), 1, MaxSteps);
    }

    /// <summary>Steps each factor is worth.</summary>
    public int StepsPerFactor { get; }

    /// <summary>The most the score may move up, and separately down.</summary>
    public int MaximumStepsEachWay { get; }

    /// <summary>The steps up for a number of aggravating factors (or down for mitigating ones).</summary>
    /// <param name="factorCount">How many factors point in that direction.</param>
    /// <returns>The steps, capped at <see cref="MaximumStepsEachWay"/>.</returns>
    internal int StepsFor(int factorCount)
        => factorCount <= 0 ? 0 : (int)System.Math.Min((long)factorCount * StepsPerFactor, MaximumStepsEachWay);
}
