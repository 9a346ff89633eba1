namespace YouthJustice.Domain.Assessments;

/// <summary>
/// The MAPPA management level: 1 ordinary (single-agency) management; 2 active multi-agency management; 3 senior
/// multi-agency management.
/// </summary>
/// <remarks><c>Value</c> is the level number. Case-level field <c>mappalevel</c>.</remarks>
[Source("YJB guidance for risk levels (MAPPA levels)", Url = "https://docslib.org/doc/13697361/youth-justice-board-guidance-for-risk-levels", Confidence = Confidence.High)]
public sealed class MappaLevel : SmartEnum<MappaLevel>
{
    /// <summary>Level 1: ordinary, single-agency management.</summary>
    public static readonly MappaLevel Level1 = new(nameof(Level1), 1, "Single-agency management");

    /// <summary>Level 2: active multi-agency management.</summary>
    public static readonly MappaLevel Level2 = new(nameof(Level2), 2, "Active multi-agency management");

    /// <summary>Level 3: senior multi-agency management.</summary>
    public static readonly MappaLevel Level3 = new(nameof(Level3), 3, "Senior multi-agency management");

    private MappaLevel(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The three levels in number order.</summary>
    public static IReadOnlyList<MappaLevel> All { get; } = [Level1, Level2, Level3];

    /// <summary>How the case is managed at this level.</summary>
    public string Description { get; }

    /// <summary>Reads "1", "Level 1", "LEVEL_1" or "Level1", case-insensitively.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The level, or an <see cref="UnknownValueError"/> for field <c>mappalevel</c>.</returns>
    public static OneOf<MappaLevel, UnknownValueError> Parse(string? text) => AssetPlusText.Parse<MappaLevel>(text, "mappalevel", true, "Level");
}
