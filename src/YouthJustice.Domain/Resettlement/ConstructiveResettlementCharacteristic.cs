namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// One of the "5 Cs" of Constructive Resettlement: the characteristics of effective resettlement support for children
/// leaving custody, in the YJB's framework.
/// </summary>
/// <remarks>
/// Constructive Resettlement aims to help a child shift identity from pro-offending to pro-social; it supports
/// national standards 4 (in secure settings) and 5 (on transition and resettlement) and is evidence for HMIP's
/// resettlement policy and provision standard. Its three elements are constructive casework, the 5 Cs and identity
/// awareness (<c>spec/domain-rules.md</c> §4.2). <c>Value</c> is the position in the list.
/// </remarks>
[Source("YJB Case management guidance: Custody and resettlement (Constructive Resettlement, the 5 Cs), updated 31 Jan 2024", Url = "https://www.gov.uk/government/publications/custody-and-resettlement/custody-and-resettlement-section-7-case-management-guidance", EffectiveFrom = "2024-01-31", Confidence = Confidence.High)]
public sealed class ConstructiveResettlementCharacteristic : SmartEnum<ConstructiveResettlementCharacteristic>
{
    /// <summary>Constructive: future-focused, strengths-based, motivating and empowering; promotes the shift of identity.</summary>
    public static readonly ConstructiveResettlementCharacteristic Constructive = new(nameof(Constructive), 1,
        "Future-focused, strengths-based, motivating and empowering; promotes a shift to a pro-social identity.");

    /// <summary>Co-created: built with the child, their family and supporters.</summary>
    public static readonly ConstructiveResettlementCharacteristic CoCreated = new(nameof(CoCreated), 2,
        "Built with the child, their family and supporters.");

    /// <summary>Customised: individual, wrap-around and responsive to diversity.</summary>
    public static readonly ConstructiveResettlementCharacteristic Customised = new(nameof(Customised), 3,
        "Individualised, wrap-around support, responsive to diversity.");

    /// <summary>Consistent: a resettlement focus from the start, seamless across custody and community.</summary>
    public static readonly ConstructiveResettlementCharacteristic Consistent = new(nameof(Consistent), 4,
        "Resettlement focus from the start, seamless across custody and community, extra support at transitions, stable relationships.");

    /// <summary>Co-ordinated: a managed partnership across agencies and sectors.</summary>
    public static readonly ConstructiveResettlementCharacteristic CoOrdinated = new(nameof(CoOrdinated), 5,
        "A managed partnership across agencies and sectors.");

    private static readonly ConstructiveResettlementCharacteristic[] Ordered = [Constructive, CoCreated, Customised, Consistent, CoOrdinated];

    private ConstructiveResettlementCharacteristic(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>Reads the name (<c>CoCreated</c>), case-sensitively.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The characteristic, or an <see cref="UnknownValueError"/> for field <c>characteristic</c>.</returns>
    public static OneOf<ConstructiveResettlementCharacteristic, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<ConstructiveResettlementCharacteristic>(text, "characteristic", _ => null);

    /// <summary>The five characteristics in the order of the framework.</summary>
    public static IReadOnlyList<ConstructiveResettlementCharacteristic> All => Ordered;

    /// <summary>What the characteristic asks of resettlement support, in the project's words.</summary>
    public string Description { get; }
}
