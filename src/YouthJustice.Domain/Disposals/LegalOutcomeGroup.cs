namespace YouthJustice.Domain.Disposals;

/// <summary>
/// The YJB legal-outcome group used in youth justice statistics: Pre-court (youth caution, YCC), First-tier
/// (discharges, fine, reparation order, referral order), Community (YROs) and Custody; diversion outcomes (Outcomes
/// 20–22, community resolution) sit outside these four, and orders on parents are ancillary.
/// </summary>
[Source("YJB case-level data: legalOutcomeGroup (kpi-rules §6.3); domain-rules §1.1 (Group column)", Confidence = Confidence.High)]
public sealed class LegalOutcomeGroup : SmartEnum<LegalOutcomeGroup>
{
    /// <summary>Diversion: informal out-of-court outcomes (Outcomes 20, 21, 22, community resolution).</summary>
    public static readonly LegalOutcomeGroup Diversion = new(nameof(Diversion), 1, "Diversion", false);

    /// <summary>Pre-court: youth caution and youth conditional caution.</summary>
    public static readonly LegalOutcomeGroup PreCourt = new(nameof(PreCourt), 2, "Pre-Court", true);

    /// <summary>First-tier: absolute and conditional discharge, fine, reparation order, referral order.</summary>
    public static readonly LegalOutcomeGroup FirstTier = new(nameof(FirstTier), 3, "First-tier", true);

    /// <summary>Community: the youth rehabilitation orders.</summary>
    public static readonly LegalOutcomeGroup Community = new(nameof(Community), 4, "Community", true);

    /// <summary>Custody: detention and training orders and the Crown Court custodial sentences.</summary>
    public static readonly LegalOutcomeGroup Custody = new(nameof(Custody), 5, "Custody", true);

    /// <summary>Ancillary: orders on a parent or guardian, not on the child.</summary>
    public static readonly LegalOutcomeGroup Ancillary = new(nameof(Ancillary), 6, "Ancillary", false);

    /// <summary>None: no outcome group (no further action).</summary>
    public static readonly LegalOutcomeGroup None = new(nameof(None), 0, "None", false);

    private LegalOutcomeGroup(string name, int value, string yjbLabel, bool isCautionOrSentence)
        : base(name, value)
    {
        YjbLabel = yjbLabel;
        IsCautionOrSentence = isCautionOrSentence;
    }

    /// <summary>The label as the YJB writes it ("Pre-Court", "First-tier").</summary>
    public string YjbLabel { get; }

    /// <summary>
    /// Whether outcomes in this group are a caution or a sentence: Pre-court, First-tier, Community and Custody, the
    /// groups the serious-violence KPI counts (kpi-rules §2.9).
    /// </summary>
    public bool IsCautionOrSentence { get; }

    /// <summary>Reads the name (<c>PreCourt</c>) or the YJB label (<c>Pre-Court</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The group, or an <see cref="UnknownValueError"/> for field <c>legalOutcomeGroup</c>.</returns>
    public static OneOf<LegalOutcomeGroup, UnknownValueError> Parse(string? text)
        => SmartEnumText.Parse<LegalOutcomeGroup>(text, "legalOutcomeGroup", g => g.YjbLabel);
}
