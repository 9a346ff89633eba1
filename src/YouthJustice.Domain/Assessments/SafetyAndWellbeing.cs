namespace YouthJustice.Domain.Assessments;

/// <summary>
/// The AssetPlus judgement of concern for the child's own safety and wellbeing (successor to Asset's "vulnerability"):
/// Low, Medium, High or Very high (Very high is around the child-protection threshold: immediate action).
/// </summary>
/// <remarks><c>Value</c> orders the levels from Low (1) to Very high (4). Case-level field <c>safetyWellbeingJudgement</c>.</remarks>
[Source("YJB guidance for risk levels (vulnerability scale); YJB case-level data: safetyWellbeingJudgement", Url = "https://docslib.org/doc/13697361/youth-justice-board-guidance-for-risk-levels", Confidence = Confidence.Medium)]
public sealed class SafetyAndWellbeing : SmartEnum<SafetyAndWellbeing>
{
    /// <summary>Low concern.</summary>
    public static readonly SafetyAndWellbeing Low = new(nameof(Low), 1);

    /// <summary>Medium concern.</summary>
    public static readonly SafetyAndWellbeing Medium = new(nameof(Medium), 2);

    /// <summary>High concern.</summary>
    public static readonly SafetyAndWellbeing High = new(nameof(High), 3);

    /// <summary>Very high concern: around the child-protection threshold, immediate action.</summary>
    public static readonly SafetyAndWellbeing VeryHigh = new(nameof(VeryHigh), 4);

    private SafetyAndWellbeing(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>The levels from Low to Very high.</summary>
    public static IReadOnlyList<SafetyAndWellbeing> All { get; } = [Low, Medium, High, VeryHigh];

    /// <summary>Reads a value case-insensitively, ignoring spaces, '_' and '-' ("VERY_HIGH", "Very High").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The level, or an <see cref="UnknownValueError"/> for field <c>safetyWellbeingJudgement</c>.</returns>
    public static OneOf<SafetyAndWellbeing, UnknownValueError> Parse(string? text) => AssetPlusText.Parse<SafetyAndWellbeing>(text, "safetyWellbeingJudgement");
}
