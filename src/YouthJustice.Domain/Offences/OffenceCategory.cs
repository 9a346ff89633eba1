namespace YouthJustice.Domain.Offences;

/// <summary>
/// The YJB offence category (<c>yjboffenceCategory</c>): the 19 "proven offences" groups of the Youth Justice
/// Statistics. Drugs, Robbery and Violence against the person are the serious-violence categories of KPI 9.
/// </summary>
/// <remarks>
/// The three serious-violence categories and their codes (<c>DRUGS</c>, <c>ROBBERY</c>,
/// <c>VIOLENCE_AGAINST_THE_PERSON</c>) are read in the YJB's own KPI code [H]; the other sixteen groups are the
/// statistics' groups [M/L] and their YJB codes were not found, so only their interchange names are accepted
/// (docs/decisions.md).
/// </remarks>
[Source("YJB KPI pipeline: yjboffenceCategory (kpi-rules §2.9, §4); Youth Justice Statistics offence groups (domain-rules §2.4)", Confidence = Confidence.Medium)]
public sealed class OffenceCategory : SmartEnum<OffenceCategory>
{
    /// <summary>Arson.</summary>
    public static readonly OffenceCategory Arson = new(nameof(Arson), 1, "Arson", null, false);

    /// <summary>Breach of bail.</summary>
    public static readonly OffenceCategory BreachOfBail = new(nameof(BreachOfBail), 2, "Breach of bail", null, false);

    /// <summary>Breach of conditional discharge.</summary>
    public static readonly OffenceCategory BreachOfConditionalDischarge = new(nameof(BreachOfConditionalDischarge), 3, "Breach of conditional discharge", null, false);

    /// <summary>Breach of statutory order.</summary>
    public static readonly OffenceCategory BreachOfStatutoryOrder = new(nameof(BreachOfStatutoryOrder), 4, "Breach of statutory order", null, false);

    /// <summary>Criminal damage.</summary>
    public static readonly OffenceCategory CriminalDamage = new(nameof(CriminalDamage), 5, "Criminal damage", null, false);

    /// <summary>Death or injury by dangerous driving.</summary>
    public static readonly OffenceCategory DeathOrInjuryByDangerousDriving = new(nameof(DeathOrInjuryByDangerousDriving), 6, "Death or injury by dangerous driving", null, false);

    /// <summary>Domestic burglary.</summary>
    public static readonly OffenceCategory DomesticBurglary = new(nameof(DomesticBurglary), 7, "Domestic burglary", null, false);

    /// <summary>Non-domestic burglary.</summary>
    public static readonly OffenceCategory NonDomesticBurglary = new(nameof(NonDomesticBurglary), 8, "Non-domestic burglary", null, false);

    /// <summary>Drugs (YJB code <c>DRUGS</c>; a serious-violence category).</summary>
    public static readonly OffenceCategory Drugs = new(nameof(Drugs), 9, "Drugs", "DRUGS", true);

    /// <summary>Fraud and forgery.</summary>
    public static readonly OffenceCategory FraudAndForgery = new(nameof(FraudAndForgery), 10, "Fraud and forgery", null, false);

    /// <summary>Motoring offences.</summary>
    public static readonly OffenceCategory MotoringOffences = new(nameof(MotoringOffences), 11, "Motoring offences", null, false);

    /// <summary>Public order.</summary>
    public static readonly OffenceCategory PublicOrder = new(nameof(PublicOrder), 12, "Public order", null, false);

    /// <summary>Racially aggravated.</summary>
    public static readonly OffenceCategory RaciallyAggravated = new(nameof(RaciallyAggravated), 13, "Racially aggravated", null, false);

    /// <summary>Robbery (YJB code <c>ROBBERY</c>; a serious-violence category).</summary>
    public static readonly OffenceCategory Robbery = new(nameof(Robbery), 14, "Robbery", "ROBBERY", true);

    /// <summary>Sexual offences.</summary>
    public static readonly OffenceCategory SexualOffences = new(nameof(SexualOffences), 15, "Sexual offences", null, false);

    /// <summary>Theft and handling stolen goods.</summary>
    public static readonly OffenceCategory TheftAndHandling = new(nameof(TheftAndHandling), 16, "Theft and handling stolen goods", null, false);

    /// <summary>Vehicle theft / unauthorised taking.</summary>
    public static readonly OffenceCategory VehicleTheft = new(nameof(VehicleTheft), 17, "Vehicle theft / unauthorised taking", null, false);

    /// <summary>Violence against the person (YJB code <c>VIOLENCE_AGAINST_THE_PERSON</c>; a serious-violence category).</summary>
    public static readonly OffenceCategory ViolenceAgainstThePerson = new(nameof(ViolenceAgainstThePerson), 18, "Violence against the person", "VIOLENCE_AGAINST_THE_PERSON", true);

    /// <summary>Other.</summary>
    public static readonly OffenceCategory Other = new(nameof(Other), 19, "Other", null, false);

    private OffenceCategory(string name, int value, string label, string? yjbCode, bool isSeriousViolenceCategory)
        : base(name, value)
    {
        Label = label;
        YjbCode = yjbCode;
        IsSeriousViolenceCategory = isSeriousViolenceCategory;
    }

    /// <summary>The group's name as the statistics write it ("Theft and handling stolen goods").</summary>
    public string Label { get; }

    /// <summary>The YJB code where it is known (<c>VIOLENCE_AGAINST_THE_PERSON</c>), otherwise <see langword="null"/>.</summary>
    public string? YjbCode { get; }

    /// <summary>Whether offences in this category are serious violence when their seriousness score is 5 or more: Drugs, Robbery, Violence against the person (kpi-rules §2.9).</summary>
    public bool IsSeriousViolenceCategory { get; }

    /// <summary>Reads the interchange name (<c>ViolenceAgainstThePerson</c>) or a known YJB code (<c>VIOLENCE_AGAINST_THE_PERSON</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The category, or an <see cref="UnknownValueError"/> for field <c>category</c>.</returns>
    public static OneOf<OffenceCategory, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<OffenceCategory>(text, "category", c => c.YjbCode);
}
