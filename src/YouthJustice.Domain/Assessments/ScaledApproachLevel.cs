namespace YouthJustice.Domain.Assessments;

/// <summary>
/// The Scaled Approach intervention level: Standard, Enhanced or Intensive. It sets how intensively a YOT works with a
/// child on a referral order, a YRO or the community part of a custodial sentence.
/// </summary>
/// <remarks>
/// Introduced with the Criminal Justice and Immigration Act 2008 sentencing changes (30 November 2009). An indicative
/// level comes from <see cref="ScaledApproachMapping"/>; the final level is moderated by professional judgement.
/// <c>Value</c> orders the levels from Standard (1) to Intensive (3). Case-level fields
/// <c>scaledApproachInterventionLevel</c>, <c>indicativeScaledApproachInterventionLevel</c>.
/// </remarks>
[Source("YJB, Youth Justice: the Scaled Approach (2009/2010)", Url = "https://vdocuments.mx/youth-justicethe-scaled-scaled-approach-2009pdf-2018-02-15-youth-justicethe.html", EffectiveFrom = "2009-11-30", Confidence = Confidence.High)]
public sealed class ScaledApproachLevel : SmartEnum<ScaledApproachLevel>
{
    /// <summary>Standard intervention.</summary>
    public static readonly ScaledApproachLevel Standard = new(nameof(Standard), 1);

    /// <summary>Enhanced intervention.</summary>
    public static readonly ScaledApproachLevel Enhanced = new(nameof(Enhanced), 2);

    /// <summary>Intensive intervention.</summary>
    public static readonly ScaledApproachLevel Intensive = new(nameof(Intensive), 3);

    private ScaledApproachLevel(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>The levels from Standard to Intensive.</summary>
    public static IReadOnlyList<ScaledApproachLevel> All { get; } = [Standard, Enhanced, Intensive];

    /// <summary>Reads a value case-insensitively, ignoring spaces, '_' and '-' ("INTENSIVE").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The level, or an <see cref="UnknownValueError"/> for field <c>scaledApproachInterventionLevel</c>.</returns>
    public static OneOf<ScaledApproachLevel, UnknownValueError> Parse(string? text) => AssetPlusText.Parse<ScaledApproachLevel>(text, "scaledApproachInterventionLevel");
}
