namespace YouthJustice.Domain.Accommodation;

/// <summary>
/// The type of a child's accommodation (interchange <c>accommodation[].type</c>; YJB <c>kpi1AccommodationType</c>),
/// with the KPI 1 <see cref="AccommodationTypeGroup"/> it is reported under.
/// </summary>
/// <remarks>
/// Bed and breakfast, no fixed abode and unknown accommodation are always unsuitable, whatever suitability was
/// recorded (YJB recording guidance quoted in the KPI pipeline; kpi-rules §2.1, §13.7). YJB codes are accepted where
/// they were seen in the YJB's code (<c>LIVING_WITH_PARENT_S</c> and <c>AT_HOME</c> for living with parents,
/// <c>TEMPORARY_ACCOMMODATION</c>, <c>BAIL_HOSTEL</c>, <c>HOSPITAL</c>, <c>TRAVELLER_SITE</c>, <c>OTHER</c>); the other
/// types are read by name only.
/// </remarks>
[Source("YJB KPI pipeline: kpi1AccommodationType and the 'always unsuitable' recording guidance (kpi-rules §2.1, §13.7)", Confidence = Confidence.High)]
public sealed class AccommodationType : SmartEnum<AccommodationType>
{
    /// <summary>Secure training centre.</summary>
    public static readonly AccommodationType SecureTrainingCentre = new(nameof(SecureTrainingCentre), 1, "Secure training centre", [], AccommodationTypeGroup.SecureTrainingCentre, isAlwaysUnsuitable: false);

    /// <summary>Secure children's home.</summary>
    public static readonly AccommodationType SecureChildrensHome = new(nameof(SecureChildrensHome), 2, "Secure children's home", [], AccommodationTypeGroup.SecureChildrensHome, isAlwaysUnsuitable: false);

    /// <summary>Young offender institution.</summary>
    public static readonly AccommodationType YoungOffenderInstitution = new(nameof(YoungOffenderInstitution), 3, "Young offender institution", [], AccommodationTypeGroup.YoungOffenderInstitution, isAlwaysUnsuitable: false);

    /// <summary>Living with parent(s). YJB codes <c>LIVING_WITH_PARENT_S</c>, <c>AT_HOME</c>.</summary>
    public static readonly AccommodationType LivingWithParents = new(nameof(LivingWithParents), 4, "Living with parent(s)", ["LIVING_WITH_PARENT_S", "AT_HOME"], AccommodationTypeGroup.LivingWithParents, isAlwaysUnsuitable: false);

    /// <summary>Living with family (not parents).</summary>
    public static readonly AccommodationType LivingWithFamily = new(nameof(LivingWithFamily), 5, "Living with family (not parents)", [], AccommodationTypeGroup.LivingWithFamily, isAlwaysUnsuitable: false);

    /// <summary>Living with friends.</summary>
    public static readonly AccommodationType LivingWithFriends = new(nameof(LivingWithFriends), 6, "Living with friends", [], AccommodationTypeGroup.LivingWithFriends, isAlwaysUnsuitable: false);

    /// <summary>Foster care (local authority).</summary>
    public static readonly AccommodationType FosterCareLocalAuthority = new(nameof(FosterCareLocalAuthority), 7, "Foster care (local authority)", [], AccommodationTypeGroup.FosterCare, isAlwaysUnsuitable: false);

    /// <summary>Foster care (private).</summary>
    public static readonly AccommodationType FosterCarePrivate = new(nameof(FosterCarePrivate), 8, "Foster care (private)", [], AccommodationTypeGroup.FosterCare, isAlwaysUnsuitable: false);

    /// <summary>Supported accommodation.</summary>
    public static readonly AccommodationType SupportedAccommodation = new(nameof(SupportedAccommodation), 9, "Supported accommodation", [], AccommodationTypeGroup.SupportedAccommodation, isAlwaysUnsuitable: false);

    /// <summary>Supported lodgings.</summary>
    public static readonly AccommodationType SupportedLodgings = new(nameof(SupportedLodgings), 10, "Supported lodgings", [], AccommodationTypeGroup.SupportedAccommodation, isAlwaysUnsuitable: false);

    /// <summary>Temporary accommodation. YJB code <c>TEMPORARY_ACCOMMODATION</c>.</summary>
    public static readonly AccommodationType TemporaryAccommodation = new(nameof(TemporaryAccommodation), 11, "Temporary accommodation", ["TEMPORARY_ACCOMMODATION"], AccommodationTypeGroup.TemporaryAccommodation, isAlwaysUnsuitable: false);

    /// <summary>Bail hostel. YJB code <c>BAIL_HOSTEL</c>.</summary>
    public static readonly AccommodationType BailHostel = new(nameof(BailHostel), 12, "Bail hostel", ["BAIL_HOSTEL"], AccommodationTypeGroup.TemporaryAccommodation, isAlwaysUnsuitable: false);

    /// <summary>Residential unit (secure).</summary>
    public static readonly AccommodationType ResidentialUnitSecure = new(nameof(ResidentialUnitSecure), 13, "Residential unit (secure)", [], AccommodationTypeGroup.ResidentialUnit, isAlwaysUnsuitable: false);

    /// <summary>Residential unit (private).</summary>
    public static readonly AccommodationType ResidentialUnitPrivate = new(nameof(ResidentialUnitPrivate), 14, "Residential unit (private)", [], AccommodationTypeGroup.ResidentialUnit, isAlwaysUnsuitable: false);

    /// <summary>Residential unit (local authority).</summary>
    public static readonly AccommodationType ResidentialUnitLocalAuthority = new(nameof(ResidentialUnitLocalAuthority), 15, "Residential unit (local authority)", [], AccommodationTypeGroup.ResidentialUnit, isAlwaysUnsuitable: false);

    /// <summary>Independent living.</summary>
    public static readonly AccommodationType IndependentLiving = new(nameof(IndependentLiving), 16, "Independent living", [], AccommodationTypeGroup.IndependentLiving, isAlwaysUnsuitable: false);

    /// <summary>Bed and breakfast. Always unsuitable.</summary>
    public static readonly AccommodationType BedAndBreakfast = new(nameof(BedAndBreakfast), 17, "Bed and breakfast", [], AccommodationTypeGroup.BedAndBreakfast, isAlwaysUnsuitable: true);

    /// <summary>No fixed abode. Always unsuitable.</summary>
    public static readonly AccommodationType NoFixedAbode = new(nameof(NoFixedAbode), 18, "No fixed abode", [], AccommodationTypeGroup.NoFixedAbode, isAlwaysUnsuitable: true);

    /// <summary>Hospital. YJB code <c>HOSPITAL</c>.</summary>
    public static readonly AccommodationType Hospital = new(nameof(Hospital), 19, "Hospital", ["HOSPITAL"], AccommodationTypeGroup.Other, isAlwaysUnsuitable: false);

    /// <summary>Traveller site. YJB code <c>TRAVELLER_SITE</c>.</summary>
    public static readonly AccommodationType TravellerSite = new(nameof(TravellerSite), 20, "Traveller site", ["TRAVELLER_SITE"], AccommodationTypeGroup.Other, isAlwaysUnsuitable: false);

    /// <summary>Other. YJB code <c>OTHER</c>.</summary>
    public static readonly AccommodationType Other = new(nameof(Other), 21, "Other", ["OTHER"], AccommodationTypeGroup.Other, isAlwaysUnsuitable: false);

    /// <summary>Unknown. Always unsuitable.</summary>
    public static readonly AccommodationType Unknown = new(nameof(Unknown), 22, "Unknown", [], AccommodationTypeGroup.Unknown, isAlwaysUnsuitable: true);

    private readonly string[] _yjbCodes;

    private AccommodationType(string name, int value, string label, string[] yjbCodes, AccommodationTypeGroup group, bool isAlwaysUnsuitable)
        : base(name, value)
    {
        Label = label;
        _yjbCodes = yjbCodes;
        Group = group;
        IsAlwaysUnsuitable = isAlwaysUnsuitable;
    }

    /// <summary>A readable label ("Bail hostel").</summary>
    public string Label { get; }

    /// <summary>The YJB codes that mean this type, first the main one; empty where none was seen.</summary>
    public IReadOnlyList<string> YjbCodes => _yjbCodes;

    /// <summary>The KPI 1 group the type is reported under.</summary>
    public AccommodationTypeGroup Group { get; }

    /// <summary>Whether this accommodation is unsuitable whatever was recorded: bed and breakfast, no fixed abode, unknown.</summary>
    public bool IsAlwaysUnsuitable { get; }

    /// <summary>Reads the interchange name (<c>LivingWithParents</c>) or a YJB code (<c>LIVING_WITH_PARENT_S</c>, <c>AT_HOME</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The type, or an <see cref="UnknownValueError"/> for field <c>type</c>.</returns>
    public static OneOf<AccommodationType, UnknownValueError> Parse(string? text)
        => SmartEnumText.ParseWithCodes<AccommodationType>(text, "type", t => t._yjbCodes);
}
