namespace YouthJustice.Domain.Children;

/// <summary>
/// The YJB's ethnicity groups, which KPI sub-measures break figures down by (kpi-rules §6.1): White, Mixed, Asian or
/// Asian British, Black or Black British, Other Ethnic Group, and Information not obtainable. Each
/// <see cref="Ethnicity"/> (ONS 2021 category) maps to exactly one group.
/// </summary>
[Source("YJB case-level data: ethnicity group (kpi-rules §6.1, S22)", Confidence = Confidence.High)]
public sealed class EthnicityGroup : SmartEnum<EthnicityGroup>
{
    /// <summary>White.</summary>
    public static readonly EthnicityGroup White = new(nameof(White), 1, "White");

    /// <summary>Mixed (ONS: Mixed or Multiple ethnic groups).</summary>
    public static readonly EthnicityGroup Mixed = new(nameof(Mixed), 2, "Mixed");

    /// <summary>Asian or Asian British.</summary>
    public static readonly EthnicityGroup AsianOrAsianBritish = new(nameof(AsianOrAsianBritish), 3, "Asian or Asian British");

    /// <summary>Black or Black British (ONS: Black, Black British, Caribbean or African).</summary>
    public static readonly EthnicityGroup BlackOrBlackBritish = new(nameof(BlackOrBlackBritish), 4, "Black or Black British");

    /// <summary>Other Ethnic Group.</summary>
    public static readonly EthnicityGroup OtherEthnicGroup = new(nameof(OtherEthnicGroup), 5, "Other Ethnic Group");

    /// <summary>Information not obtainable: the ethnicity was not known.</summary>
    public static readonly EthnicityGroup InformationNotObtainable = new(nameof(InformationNotObtainable), 0, "Information not obtainable");

    private EthnicityGroup(string name, int value, string yjbLabel)
        : base(name, value)
    {
        YjbLabel = yjbLabel;
    }

    /// <summary>The group's label as the YJB writes it ("Asian or Asian British").</summary>
    public string YjbLabel { get; }

    /// <summary>Reads the name (<c>AsianOrAsianBritish</c>) or the YJB label ("Asian or Asian British"). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The group, or an <see cref="UnknownValueError"/> for field <c>ethnicityGroup</c>.</returns>
    public static OneOf<EthnicityGroup, UnknownValueError> Parse(string? text)
        => SmartEnumText.Parse<EthnicityGroup>(text, "ethnicityGroup", g => g.YjbLabel);
}
