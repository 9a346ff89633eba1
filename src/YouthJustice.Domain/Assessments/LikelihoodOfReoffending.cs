namespace YouthJustice.Domain.Assessments;

/// <summary>
/// The AssetPlus judgement of how likely the child is to reoffend: Low, Medium or High. An indicative value comes
/// from YOGRS (the Youth Offender Group Reconviction Scale); the final value is the practitioner's judgement.
/// </summary>
/// <remarks><c>Value</c> orders the judgements from Low (1) to High (3). Case-level fields <c>likelihoodOfReoffending</c>, <c>indicativeLikelihoodOfReoffending</c>.</remarks>
[Source("YJB case-level data: likelihoodOfReoffending, indicativeLikelihoodOfReoffending (AssetPlus)", Confidence = Confidence.Medium)]
public sealed class LikelihoodOfReoffending : SmartEnum<LikelihoodOfReoffending>
{
    /// <summary>Low likelihood of reoffending.</summary>
    public static readonly LikelihoodOfReoffending Low = new(nameof(Low), 1);

    /// <summary>Medium likelihood of reoffending.</summary>
    public static readonly LikelihoodOfReoffending Medium = new(nameof(Medium), 2);

    /// <summary>High likelihood of reoffending.</summary>
    public static readonly LikelihoodOfReoffending High = new(nameof(High), 3);

    private LikelihoodOfReoffending(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>The judgements from Low to High.</summary>
    public static IReadOnlyList<LikelihoodOfReoffending> All { get; } = [Low, Medium, High];

    /// <summary>Reads a value case-insensitively, ignoring spaces, '_' and '-' ("HIGH", "high").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The judgement, or an <see cref="UnknownValueError"/> for field <c>likelihoodOfReoffending</c>.</returns>
    public static OneOf<LikelihoodOfReoffending, UnknownValueError> Parse(string? text) => AssetPlusText.Parse<LikelihoodOfReoffending>(text, "likelihoodOfReoffending");
}
