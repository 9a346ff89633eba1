namespace YouthJustice.Domain.Assessments;

/// <summary>
/// The Multi-Agency Public Protection Arrangements (MAPPA) category: 1 registered sexual offenders; 2 violent and
/// other sexual offenders meeting the custody thresholds; 3 other dangerous offenders.
/// </summary>
/// <remarks><c>Value</c> is the category number. Case-level field <c>mappacategory</c>.</remarks>
[Source("YJB guidance for risk levels (MAPPA categories)", Url = "https://docslib.org/doc/13697361/youth-justice-board-guidance-for-risk-levels", Confidence = Confidence.High)]
public sealed class MappaCategory : SmartEnum<MappaCategory>
{
    /// <summary>Category 1: registered sexual offenders.</summary>
    public static readonly MappaCategory Category1 = new(nameof(Category1), 1, "Registered sexual offenders");

    /// <summary>Category 2: violent and other sexual offenders meeting the custody thresholds.</summary>
    public static readonly MappaCategory Category2 = new(nameof(Category2), 2, "Violent and other sexual offenders");

    /// <summary>Category 3: other dangerous offenders.</summary>
    public static readonly MappaCategory Category3 = new(nameof(Category3), 3, "Other dangerous offenders");

    private MappaCategory(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The three categories in number order.</summary>
    public static IReadOnlyList<MappaCategory> All { get; } = [Category1, Category2, Category3];

    /// <summary>Who the category covers.</summary>
    public string Description { get; }

    /// <summary>Reads "1", "Category 1", "CATEGORY_1", "Cat 1" or "Category1", case-insensitively.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The category, or an <see cref="UnknownValueError"/> for field <c>mappacategory</c>.</returns>
    public static OneOf<MappaCategory, UnknownValueError> Parse(string? text) => AssetPlusText.Parse<MappaCategory>(text, "mappacategory", true, "Category", "Cat");
}
