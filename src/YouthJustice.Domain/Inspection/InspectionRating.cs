namespace YouthJustice.Domain.Inspection;

/// <summary>
/// HM Inspectorate of Probation's four-point rating, given to each standard and overall: Outstanding, Good, Requires
/// improvement, Inadequate. The YJB national standards self-assessment bands mirror it.
/// </summary>
/// <remarks>
/// <c>Value</c> is the score used to add standard ratings up (Outstanding 3, Good 2, Requires improvement 1,
/// Inadequate 0; <c>spec/domain-rules.md</c> §5.2, [L]) and orders the ratings from worst to best.
/// </remarks>
[Source("HM Inspectorate of Probation: our standards and ratings", Url = "https://www.justiceinspectorates.gov.uk/hmiprobation/about-hmi-probation/about-our-work/our-standards-and-ratings/", Confidence = Confidence.High)]
public sealed class InspectionRating : SmartEnum<InspectionRating>
{
    /// <summary>Inadequate: score 0.</summary>
    public static readonly InspectionRating Inadequate = new(nameof(Inadequate), 0, "Inadequate");

    /// <summary>Requires improvement: score 1.</summary>
    public static readonly InspectionRating RequiresImprovement = new(nameof(RequiresImprovement), 1, "Requires improvement");

    /// <summary>Good: score 2.</summary>
    public static readonly InspectionRating Good = new(nameof(Good), 2, "Good");

    /// <summary>Outstanding: score 3.</summary>
    public static readonly InspectionRating Outstanding = new(nameof(Outstanding), 3, "Outstanding");

    private static readonly InspectionRating[] Ordered = [Inadequate, RequiresImprovement, Good, Outstanding];

    private InspectionRating(string name, int value, string title)
        : base(name, value)
    {
        Title = title;
    }

    /// <summary>The four ratings from worst (Inadequate) to best (Outstanding).</summary>
    public static IReadOnlyList<InspectionRating> All => Ordered;

    /// <summary>The rating as the inspectorate writes it ("Requires improvement").</summary>
    public string Title { get; }

    /// <summary>The score the rating adds to a total: Outstanding 3, Good 2, Requires improvement 1, Inadequate 0.</summary>
    [Source("YouthJustice specification, domain-rules §5.2 (standard scores; HMIP ratings-calculation document not found)", Confidence = Confidence.Low)]
    public int Score => Value;

    /// <summary>Whether the rating is Good or Outstanding.</summary>
    public bool IsGoodOrBetter => Value >= Good.Value;

    /// <summary>Reads the name (<c>RequiresImprovement</c>) or the title ("Requires improvement"), case-sensitively.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rating, or an <see cref="UnknownValueError"/> for field <c>rating</c>.</returns>
    public static OneOf<InspectionRating, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<InspectionRating>(text, "rating", r => r.Title);

    /// <inheritdoc />
    public override string ToString() => Title;
}
