namespace YouthJustice.Domain.Accommodation;

/// <summary>
/// The accommodation type groups that KPI 1 sub-measure 1b reports by (kpi-rules §2.1): STC; SCH; YOI; living with
/// parents; with family; with friends; foster care; supported accommodation or lodgings; temporary (including bail
/// hostels); residential units; independent living; other (including hospital and traveller sites). Bed and
/// breakfast, no fixed abode and unknown, which the YJB list does not place, are groups of their own (our choice).
/// </summary>
[Source("YJB KPI pipeline: KPI 1 accommodation type groups (kpi-rules §2.1)", Confidence = Confidence.High)]
public sealed class AccommodationTypeGroup : SmartEnum<AccommodationTypeGroup>
{
    /// <summary>Secure training centre (STC).</summary>
    public static readonly AccommodationTypeGroup SecureTrainingCentre = new(nameof(SecureTrainingCentre), 1, "Secure training centre (STC)");

    /// <summary>Secure children's home (SCH).</summary>
    public static readonly AccommodationTypeGroup SecureChildrensHome = new(nameof(SecureChildrensHome), 2, "Secure children's home (SCH)");

    /// <summary>Young offender institution (YOI).</summary>
    public static readonly AccommodationTypeGroup YoungOffenderInstitution = new(nameof(YoungOffenderInstitution), 3, "Young offender institution (YOI)");

    /// <summary>Living with parent(s).</summary>
    public static readonly AccommodationTypeGroup LivingWithParents = new(nameof(LivingWithParents), 4, "Living with parent(s)");

    /// <summary>Living with family (not parents).</summary>
    public static readonly AccommodationTypeGroup LivingWithFamily = new(nameof(LivingWithFamily), 5, "Living with family (not parents)");

    /// <summary>Living with friends.</summary>
    public static readonly AccommodationTypeGroup LivingWithFriends = new(nameof(LivingWithFriends), 6, "Living with friends");

    /// <summary>Foster care (local authority or private).</summary>
    public static readonly AccommodationTypeGroup FosterCare = new(nameof(FosterCare), 7, "Foster care (local authority or private)");

    /// <summary>Supported accommodation or supported lodgings.</summary>
    public static readonly AccommodationTypeGroup SupportedAccommodation = new(nameof(SupportedAccommodation), 8, "Supported accommodation or supported lodgings");

    /// <summary>Temporary accommodation (including bail hostel).</summary>
    public static readonly AccommodationTypeGroup TemporaryAccommodation = new(nameof(TemporaryAccommodation), 9, "Temporary accommodation (including bail hostel)");

    /// <summary>Residential unit (secure, private or local authority).</summary>
    public static readonly AccommodationTypeGroup ResidentialUnit = new(nameof(ResidentialUnit), 10, "Residential unit (secure, private or local authority)");

    /// <summary>Independent living.</summary>
    public static readonly AccommodationTypeGroup IndependentLiving = new(nameof(IndependentLiving), 11, "Independent living");

    /// <summary>Other (including hospital and traveller site).</summary>
    public static readonly AccommodationTypeGroup Other = new(nameof(Other), 12, "Other (including hospital and traveller site)");

    /// <summary>Bed and breakfast.</summary>
    public static readonly AccommodationTypeGroup BedAndBreakfast = new(nameof(BedAndBreakfast), 13, "Bed and breakfast");

    /// <summary>No fixed abode.</summary>
    public static readonly AccommodationTypeGroup NoFixedAbode = new(nameof(NoFixedAbode), 14, "No fixed abode");

    /// <summary>Unknown.</summary>
    public static readonly AccommodationTypeGroup Unknown = new(nameof(Unknown), 15, "Unknown");

    private AccommodationTypeGroup(string name, int value, string label)
        : base(name, value)
    {
        Label = label;
    }

    /// <summary>A readable label for the group.</summary>
    public string Label { get; }

    /// <summary>Reads the name (<c>FosterCare</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>typeGroup</c>.</returns>
    public static OneOf<AccommodationTypeGroup, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<AccommodationTypeGroup>(text, "typeGroup", _ => null);
}
