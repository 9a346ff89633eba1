namespace YouthJustice.Domain.Assessments;

/// <summary>
/// A risk or vulnerability flag recorded with an AssetPlus assessment: risk to children, self-harm, suicide, a locally
/// defined risk, gang association, county lines, criminal exploitation, a National Referral Mechanism referral, or
/// risk of sexual exploitation. (Care status flags are <see cref="Children.CareStatus"/>.)
/// </summary>
/// <remarks><c>Value</c> is the position in this list.</remarks>
[Source("YJB case-level data: AssetPlus flags (risk to children, self-harm, suicide, local risk, gangs, county lines, exploitation, NRM, CSE)", Confidence = Confidence.High)]
public sealed class RiskFlag : SmartEnum<RiskFlag>
{
    /// <summary>Risk to children.</summary>
    public static readonly RiskFlag RiskToChildren = new(nameof(RiskToChildren), 1);

    /// <summary>Self-harm.</summary>
    public static readonly RiskFlag SelfHarm = new(nameof(SelfHarm), 2);

    /// <summary>Suicide.</summary>
    public static readonly RiskFlag Suicide = new(nameof(Suicide), 3);

    /// <summary>A locally defined risk.</summary>
    public static readonly RiskFlag LocallyDefinedRisk = new(nameof(LocallyDefinedRisk), 4);

    /// <summary>Gang association.</summary>
    public static readonly RiskFlag GangAssociation = new(nameof(GangAssociation), 5);

    /// <summary>County lines involvement.</summary>
    public static readonly RiskFlag CountyLines = new(nameof(CountyLines), 6);

    /// <summary>Criminal exploitation (including first identified).</summary>
    public static readonly RiskFlag CriminalExploitation = new(nameof(CriminalExploitation), 7);

    /// <summary>Referred to the National Referral Mechanism (modern slavery).</summary>
    public static readonly RiskFlag NrmReferral = new(nameof(NrmReferral), 8);

    /// <summary>Risk of sexual exploitation.</summary>
    public static readonly RiskFlag SexualExploitationRisk = new(nameof(SexualExploitationRisk), 9);

    private RiskFlag(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>The flags in list order.</summary>
    public static IReadOnlyList<RiskFlag> All => List.OrderBy(f => f.Value).ToArray();

    /// <summary>Reads a flag name case-insensitively, ignoring spaces, '_' and '-' ("COUNTY_LINES").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The flag, or an <see cref="UnknownValueError"/> for field <c>riskFlag</c>.</returns>
    public static OneOf<RiskFlag, UnknownValueError> Parse(string? text) => AssetPlusText.Parse<RiskFlag>(text, "riskFlag");
}
