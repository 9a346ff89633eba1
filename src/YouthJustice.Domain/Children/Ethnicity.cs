namespace YouthJustice.Domain.Children;

/// <summary>
/// A child's ethnicity: the 19 categories of the ONS 2021 Census classification for England and Wales, plus
/// <see cref="NotKnown"/>, each mapped to the YJB <see cref="EthnicityGroup"/> that KPI breakdowns use.
/// </summary>
/// <remarks>
/// Names are the interchange spellings (<c>spec/interchange.md</c>, "Enumerations"). The YJB case-level data carries
/// the group; YJB codes for the individual categories were not found, so only the names are accepted.
/// </remarks>
[Source("ONS 2021 Census ethnic group classification (England and Wales); YJB ethnicity groups (kpi-rules §6.1)", Url = "https://www.ons.gov.uk/census/census2021dictionary/variablesbytopic/ethnicgroupnationalidentitylanguageandreligionvariablescensus2021/ethnicgroup", Confidence = Confidence.High)]
public sealed class Ethnicity : SmartEnum<Ethnicity>
{
    /// <summary>ONS 2021: White: English, Welsh, Scottish, Northern Irish or British. YJB group: <see cref="EthnicityGroup.White"/>.</summary>
    public static readonly Ethnicity WhiteBritish = new(nameof(WhiteBritish), 1, EthnicityGroup.White, "White: English, Welsh, Scottish, Northern Irish or British");

    /// <summary>ONS 2021: White: Irish. YJB group: <see cref="EthnicityGroup.White"/>.</summary>
    public static readonly Ethnicity WhiteIrish = new(nameof(WhiteIrish), 2, EthnicityGroup.White, "White: Irish");

    /// <summary>ONS 2021: White: Gypsy or Irish Traveller. YJB group: <see cref="EthnicityGroup.White"/>.</summary>
    public static readonly Ethnicity WhiteGypsyOrIrishTraveller = new(nameof(WhiteGypsyOrIrishTraveller), 3, EthnicityGroup.White, "White: Gypsy or Irish Traveller");

    /// <summary>ONS 2021: White: Roma. YJB group: <see cref="EthnicityGroup.White"/>.</summary>
    public static readonly Ethnicity WhiteRoma = new(nameof(WhiteRoma), 4, EthnicityGroup.White, "White: Roma");

    /// <summary>ONS 2021: White: Any other White background. YJB group: <see cref="EthnicityGroup.White"/>.</summary>
    public static readonly Ethnicity WhiteOther = new(nameof(WhiteOther), 5, EthnicityGroup.White, "White: Any other White background");

    /// <summary>ONS 2021: Mixed or Multiple ethnic groups: White and Black Caribbean. YJB group: <see cref="EthnicityGroup.Mixed"/>.</summary>
    public static readonly Ethnicity WhiteAndBlackCaribbean = new(nameof(WhiteAndBlackCaribbean), 6, EthnicityGroup.Mixed, "Mixed or Multiple ethnic groups: White and Black Caribbean");

    /// <summary>ONS 2021: Mixed or Multiple ethnic groups: White and Black African. YJB group: <see cref="EthnicityGroup.Mixed"/>.</summary>
    public static readonly Ethnicity WhiteAndBlackAfrican = new(nameof(WhiteAndBlackAfrican), 7, EthnicityGroup.Mixed, "Mixed or Multiple ethnic groups: White and Black African");

    /// <summary>ONS 2021: Mixed or Multiple ethnic groups: White and Asian. YJB group: <see cref="EthnicityGroup.Mixed"/>.</summary>
    public static readonly Ethnicity WhiteAndAsian = new(nameof(WhiteAndAsian), 8, EthnicityGroup.Mixed, "Mixed or Multiple ethnic groups: White and Asian");

    /// <summary>ONS 2021: Mixed or Multiple ethnic groups: Any other Mixed or Multiple background. YJB group: <see cref="EthnicityGroup.Mixed"/>.</summary>
    public static readonly Ethnicity MixedOther = new(nameof(MixedOther), 9, EthnicityGroup.Mixed, "Mixed or Multiple ethnic groups: Any other Mixed or Multiple background");

    /// <summary>ONS 2021: Asian or Asian British: Indian. YJB group: <see cref="EthnicityGroup.AsianOrAsianBritish"/>.</summary>
    public static readonly Ethnicity Indian = new(nameof(Indian), 10, EthnicityGroup.AsianOrAsianBritish, "Asian or Asian British: Indian");

    /// <summary>ONS 2021: Asian or Asian British: Pakistani. YJB group: <see cref="EthnicityGroup.AsianOrAsianBritish"/>.</summary>
    public static readonly Ethnicity Pakistani = new(nameof(Pakistani), 11, EthnicityGroup.AsianOrAsianBritish, "Asian or Asian British: Pakistani");

    /// <summary>ONS 2021: Asian or Asian British: Bangladeshi. YJB group: <see cref="EthnicityGroup.AsianOrAsianBritish"/>.</summary>
    public static readonly Ethnicity Bangladeshi = new(nameof(Bangladeshi), 12, EthnicityGroup.AsianOrAsianBritish, "Asian or Asian British: Bangladeshi");

    /// <summary>ONS 2021: Asian or Asian British: Chinese. YJB group: <see cref="EthnicityGroup.AsianOrAsianBritish"/>.</summary>
    public static readonly Ethnicity Chinese = new(nameof(Chinese), 13, EthnicityGroup.AsianOrAsianBritish, "Asian or Asian British: Chinese");

    /// <summary>ONS 2021: Asian or Asian British: Any other Asian background. YJB group: <see cref="EthnicityGroup.AsianOrAsianBritish"/>.</summary>
    public static readonly Ethnicity AsianOther = new(nameof(AsianOther), 14, EthnicityGroup.AsianOrAsianBritish, "Asian or Asian British: Any other Asian background");

    /// <summary>ONS 2021: Black, Black British, Caribbean or African: African. YJB group: <see cref="EthnicityGroup.BlackOrBlackBritish"/>.</summary>
    public static readonly Ethnicity African = new(nameof(African), 15, EthnicityGroup.BlackOrBlackBritish, "Black, Black British, Caribbean or African: African");

    /// <summary>ONS 2021: Black, Black British, Caribbean or African: Caribbean. YJB group: <see cref="EthnicityGroup.BlackOrBlackBritish"/>.</summary>
    public static readonly Ethnicity Caribbean = new(nameof(Caribbean), 16, EthnicityGroup.BlackOrBlackBritish, "Black, Black British, Caribbean or African: Caribbean");

    /// <summary>ONS 2021: Black, Black British, Caribbean or African: Any other Black, Black British, or Caribbean background. YJB group: <see cref="EthnicityGroup.BlackOrBlackBritish"/>.</summary>
    public static readonly Ethnicity BlackOther = new(nameof(BlackOther), 17, EthnicityGroup.BlackOrBlackBritish, "Black, Black British, Caribbean or African: Any other Black, Black British, or Caribbean background");

    /// <summary>ONS 2021: Other ethnic group: Arab. YJB group: <see cref="EthnicityGroup.OtherEthnicGroup"/>.</summary>
    public static readonly Ethnicity Arab = new(nameof(Arab), 18, EthnicityGroup.OtherEthnicGroup, "Other ethnic group: Arab");

    /// <summary>ONS 2021: Other ethnic group: Any other ethnic group. YJB group: <see cref="EthnicityGroup.OtherEthnicGroup"/>.</summary>
    public static readonly Ethnicity OtherEthnicGroup = new(nameof(OtherEthnicGroup), 19, EthnicityGroup.OtherEthnicGroup, "Other ethnic group: Any other ethnic group");

    /// <summary>ONS 2021: Not known (information not obtainable). YJB group: <see cref="EthnicityGroup.InformationNotObtainable"/>.</summary>
    public static readonly Ethnicity NotKnown = new(nameof(NotKnown), 0, EthnicityGroup.InformationNotObtainable, "Not known (information not obtainable)");

    private Ethnicity(string name, int value, EthnicityGroup group, string onsLabel)
        : base(name, value)
    {
        Group = group;
        OnsLabel = onsLabel;
    }

    /// <summary>The YJB ethnicity group this category belongs to.</summary>
    public EthnicityGroup Group { get; }

    /// <summary>The ONS 2021 wording of the category ("Asian or Asian British: Indian").</summary>
    public string OnsLabel { get; }

    /// <summary>Reads the interchange name (<c>WhiteBritish</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The category, or an <see cref="UnknownValueError"/> for field <c>ethnicity</c>.</returns>
    public static OneOf<Ethnicity, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<Ethnicity>(text, "ethnicity", _ => null);
}
