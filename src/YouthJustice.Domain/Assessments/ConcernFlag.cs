namespace YouthJustice.Domain.Assessments;

/// <summary>An area of concern flagged in an AssetPlus assessment (the case-level data's concern flags).</summary>
/// <remarks><c>Value</c> is the position in the YJB list.</remarks>
[Source("YJB case-level data: AssetPlus concern flags", Confidence = Confidence.High)]
public sealed class ConcernFlag : SmartEnum<ConcernFlag>
{
    /// <summary>Accommodation.</summary>
    public static readonly ConcernFlag Accommodation = new(nameof(Accommodation), 1);

    /// <summary>Care history.</summary>
    public static readonly ConcernFlag CareHistory = new(nameof(CareHistory), 2);

    /// <summary>Family behaviour.</summary>
    public static readonly ConcernFlag FamilyBehaviour = new(nameof(FamilyBehaviour), 3);

    /// <summary>Learning and ETE.</summary>
    public static readonly ConcernFlag LearningAndEte = new(nameof(LearningAndEte), 4);

    /// <summary>Lifestyle.</summary>
    public static readonly ConcernFlag Lifestyle = new(nameof(Lifestyle), 5);

    /// <summary>Local issues.</summary>
    public static readonly ConcernFlag LocalIssues = new(nameof(LocalIssues), 6);

    /// <summary>Mental health.</summary>
    public static readonly ConcernFlag MentalHealth = new(nameof(MentalHealth), 7);

    /// <summary>Offence justification.</summary>
    public static readonly ConcernFlag OffenceJustification = new(nameof(OffenceJustification), 8);

    /// <summary>Attitudes to offending.</summary>
    public static readonly ConcernFlag OffenceAttitudes = new(nameof(OffenceAttitudes), 9);

    /// <summary>Other behaviour.</summary>
    public static readonly ConcernFlag OtherBehaviour = new(nameof(OtherBehaviour), 10);

    /// <summary>Parenting.</summary>
    public static readonly ConcernFlag Parenting = new(nameof(Parenting), 11);

    /// <summary>Physical health.</summary>
    public static readonly ConcernFlag PhysicalHealth = new(nameof(PhysicalHealth), 12);

    /// <summary>Relations to others.</summary>
    public static readonly ConcernFlag RelationsToOthers = new(nameof(RelationsToOthers), 13);

    /// <summary>Risk to others.</summary>
    public static readonly ConcernFlag RiskToOthers = new(nameof(RiskToOthers), 14);

    /// <summary>Safety and wellbeing.</summary>
    public static readonly ConcernFlag SafetyAndWellbeing = new(nameof(SafetyAndWellbeing), 15);

    /// <summary>Significant relationships.</summary>
    public static readonly ConcernFlag SignificantRelationships = new(nameof(SignificantRelationships), 16);

    /// <summary>Speech, language and communication.</summary>
    public static readonly ConcernFlag SpeechLanguageAndCommunication = new(nameof(SpeechLanguageAndCommunication), 17);

    /// <summary>Substance misuse.</summary>
    public static readonly ConcernFlag SubstanceMisuse = new(nameof(SubstanceMisuse), 18);

    /// <summary>The child is a parent.</summary>
    public static readonly ConcernFlag ChildAsParent = new(nameof(ChildAsParent), 19);

    private ConcernFlag(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>The flags in list order.</summary>
    public static IReadOnlyList<ConcernFlag> All => List.OrderBy(f => f.Value).ToArray();

    /// <summary>Reads a flag name case-insensitively, ignoring spaces, '_' and '-' ("MENTAL_HEALTH").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The flag, or an <see cref="UnknownValueError"/> for field <c>concernFlag</c>.</returns>
    public static OneOf<ConcernFlag, UnknownValueError> Parse(string? text) => AssetPlusText.Parse<ConcernFlag>(text, "concernFlag");
}
