namespace YouthJustice.Domain.Offences;

/// <summary>
/// The remand decision taken at a court hearing (YJB <c>hearing.remandDecision</c>, yjaf-case-level §2.10): the YJB's
/// seven remand codes, plus <see cref="NoRemand"/> (the child was not remanded) and <see cref="Unknown"/> (a hearing
/// recorded without a decision).
/// </summary>
/// <remarks>
/// The KPI 1 remand sub-measure reads a child's earliest hearing <em>with a remand decision</em>
/// (<see cref="IsRemand"/>): one of the seven YJB codes (kpi-rules §2.1, "children remanded 4+ weeks", S23). A hearing
/// with <see cref="NoRemand"/> or <see cref="Unknown"/> is ignored by it (decision K7-3).
/// </remarks>
[Source("YJB case-level data, hearing.remandDecision (yjaf-case-level §2.10); kpi-rules §2.1, §11 item 11", Confidence = Confidence.High)]
public sealed class RemandDecision : SmartEnum<RemandDecision>
{
    /// <summary>Not remanded (bail or no decision needed); no YJB code: written as the name.</summary>
    public static readonly RemandDecision NoRemand = new(nameof(NoRemand), 1, null);

    /// <summary>A hearing recorded without a known remand decision; no YJB code: written as the name.</summary>
    public static readonly RemandDecision Unknown = new(nameof(Unknown), 2, null);

    /// <summary>Remand in custody (YJB <c>REMAND_IN_CUSTODY</c>).</summary>
    public static readonly RemandDecision RemandInCustody = new(nameof(RemandInCustody), 3, "REMAND_IN_CUSTODY");

    /// <summary>Court-ordered secure remand (YJB <c>COURT_ORDERED_SECURE_REMAND</c>).</summary>
    public static readonly RemandDecision CourtOrderedSecureRemand = new(nameof(CourtOrderedSecureRemand), 4, "COURT_ORDERED_SECURE_REMAND");

    /// <summary>Remand to local authority accommodation (YJB <c>REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION</c>).</summary>
    public static readonly RemandDecision RemandToLocalAuthorityAccommodation = new(nameof(RemandToLocalAuthorityAccommodation), 5, "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION");

    /// <summary>Remand to local authority accommodation with a tag (YJB <c>REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_TAG</c>).</summary>
    public static readonly RemandDecision RemandToLocalAuthorityAccommodationAndTag = new(nameof(RemandToLocalAuthorityAccommodationAndTag), 6, "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_TAG");

    /// <summary>Remand to local authority accommodation with a GPS tag (YJB <c>REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_GPS_TAG</c>).</summary>
    public static readonly RemandDecision RemandToLocalAuthorityAccommodationAndGpsTag = new(nameof(RemandToLocalAuthorityAccommodationAndGpsTag), 7, "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_GPS_TAG");

    /// <summary>Remand to local authority accommodation with a radio tag (YJB <c>REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_RADIO_TAG</c>).</summary>
    public static readonly RemandDecision RemandToLocalAuthorityAccommodationAndRadioTag = new(nameof(RemandToLocalAuthorityAccommodationAndRadioTag), 8, "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_RADIO_TAG");

    /// <summary>Remand to local authority accommodation with a curfew (YJB <c>REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_CURFEW</c>).</summary>
    public static readonly RemandDecision RemandToLocalAuthorityAccommodationAndCurfew = new(nameof(RemandToLocalAuthorityAccommodationAndCurfew), 9, "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_CURFEW");

    private RemandDecision(string name, int value, string? yjbCode)
        : base(name, value)
    {
        YjbCode = yjbCode;
    }

    /// <summary>The YJB code, or <see langword="null"/> for <see cref="NoRemand"/> and <see cref="Unknown"/>.</summary>
    public string? YjbCode { get; }

    /// <summary>Whether this is a remand decision (one of the seven YJB codes), which the KPI 1 remand sub-measure reads (kpi-rules §2.1).</summary>
    public bool IsRemand => YjbCode is not null;

    /// <summary>Reads the interchange name (<c>RemandInCustody</c>) or the YJB code (<c>REMAND_IN_CUSTODY</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>remandDecision</c>.</returns>
    public static OneOf<RemandDecision, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<RemandDecision>(text, "remandDecision", r => r.YjbCode);
}
