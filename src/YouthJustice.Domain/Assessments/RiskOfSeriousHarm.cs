namespace YouthJustice.Domain.Assessments;

/// <summary>
/// The risk of serious harm (ROSH) a child poses to others: Low, Medium, High or Very high, as defined by the YJB
/// guidance for risk levels.
/// </summary>
/// <remarks><c>Value</c> orders the levels from Low (1) to Very high (4). Case-level field <c>roshjudgement</c>.</remarks>
[Source("YJB guidance for risk levels (risk of serious harm)", Url = "https://docslib.org/doc/13697361/youth-justice-board-guidance-for-risk-levels", Confidence = Confidence.High)]
public sealed class RiskOfSeriousHarm : SmartEnum<RiskOfSeriousHarm>
{
    /// <summary>Low: no current indication that the child will cause serious harm.</summary>
    public static readonly RiskOfSeriousHarm Low = new(nameof(Low), 1, "No current indication that the child will cause serious harm.");

    /// <summary>Medium: some risk, but unlikely to cause serious harm unless circumstances change.</summary>
    public static readonly RiskOfSeriousHarm Medium = new(nameof(Medium), 2, "Some risk of serious harm; unlikely to cause it unless circumstances change.");

    /// <summary>High: serious harm could happen at any time and its impact would be serious; extra supervision is needed.</summary>
    public static readonly RiskOfSeriousHarm High = new(nameof(High), 3, "Serious harm could happen at any time and the impact would be serious.");

    /// <summary>Very high: serious harm is imminent and will happen when the child is able; immediate action is needed.</summary>
    public static readonly RiskOfSeriousHarm VeryHigh = new(nameof(VeryHigh), 4, "Serious harm is imminent and will happen when the child is able; immediate action is needed.");

    private RiskOfSeriousHarm(string name, int value, string meaning)
        : base(name, value)
    {
        Meaning = meaning;
    }

    /// <summary>The levels from Low to Very high.</summary>
    public static IReadOnlyList<RiskOfSeriousHarm> All { get; } = [Low, Medium, High, VeryHigh];

    /// <summary>What the level means, in the guidance's terms.</summary>
    public string Meaning { get; }

    /// <summary>Reads a value case-insensitively, ignoring spaces, '_' and '-' ("VERY_HIGH", "Very High").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The level, or an <see cref="UnknownValueError"/> for field <c>roshjudgement</c>.</returns>
    public static OneOf<RiskOfSeriousHarm, UnknownValueError> Parse(string? text) => AssetPlusText.Parse<RiskOfSeriousHarm>(text, "roshjudgement");
}
