namespace YouthJustice.Domain.Disposals;

/// <summary>
/// The six "type of order" columns into which every YJB KPI template splits its counts: non-substantive out-of-court
/// disposals with YJS intervention, youth cautions with YJS intervention, youth conditional cautions, referral
/// orders, youth rehabilitation orders and custodial sentences.
/// </summary>
/// <remarks>
/// <para>Labels and YJAF column prefixes are the YJB's own (kpi-rules §1.3). The names are the interchange keys of
/// <c>byTypeOfOrder</c>.</para>
/// <para><see cref="DedupSeriousnessRank"/> orders the types for the one-row-per-child rule (kpi-rules §1.2, §13.3):
/// 1 = most serious. Rank 4 is left for court outcomes that have no type of order (discharges, fines, reparation
/// orders), which sit between referral orders and youth conditional cautions.</para>
/// </remarks>
[Source("YJB KPI templates: type-of-order columns (kpi-rules §1.3); dedup order (kpi-rules §13.3, our choice where the YJB table is not public)", Confidence = Confidence.High)]
public sealed class TypeOfOrder : SmartEnum<TypeOfOrder>
{
    /// <summary>Non-substantive out-of-court disposals with YJS intervention (community resolution, Outcomes 20, 21, 22, deferred prosecution).</summary>
    public static readonly TypeOfOrder NonSubstantiveOutOfCourtDisposal = new(
        nameof(NonSubstantiveOutOfCourtDisposal), 1, "Non-substantive out of court disposals with YJS intervention", "ns_", true, 7);

    /// <summary>Youth cautions with YJS intervention.</summary>
    public static readonly TypeOfOrder YouthCaution = new(nameof(YouthCaution), 2, "Youth Cautions with YJS intervention", "yjs_", true, 6);

    /// <summary>Youth conditional cautions.</summary>
    public static readonly TypeOfOrder YouthConditionalCaution = new(nameof(YouthConditionalCaution), 3, "Youth Conditional Cautions", "ycc_", true, 5);

    /// <summary>Referral orders.</summary>
    public static readonly TypeOfOrder ReferralOrder = new(nameof(ReferralOrder), 4, "Referral Orders", "ro_", false, 3);

    /// <summary>Youth rehabilitation orders (including YRO with ISS and YRO with fostering).</summary>
    public static readonly TypeOfOrder YouthRehabilitationOrder = new(nameof(YouthRehabilitationOrder), 5, "Youth Rehabilitation Orders", "yro_", false, 2);

    /// <summary>Custodial sentences (DTO custody and licence, s.250, s.252A, s.254, detention for life, s.259).</summary>
    public static readonly TypeOfOrder CustodialSentence = new(nameof(CustodialSentence), 6, "Custodial sentences", "cust_", false, 1);

    private TypeOfOrder(string name, int value, string yjbLabel, string yjafColumnPrefix, bool isOutOfCourt, int dedupSeriousnessRank)
        : base(name, value)
    {
        YjbLabel = yjbLabel;
        YjafColumnPrefix = yjafColumnPrefix;
        IsOutOfCourt = isOutOfCourt;
        DedupSeriousnessRank = dedupSeriousnessRank;
    }

    /// <summary>The column label exactly as the YJB templates write it.</summary>
    public string YjbLabel { get; }

    /// <summary>
    /// The prefix of this type's columns in YJAF return tables (<c>ro_total</c>, <c>ro_start</c>, <c>ro_end</c>). The
    /// wider-services return uses <c>ws_</c> instead of <c>ns_</c> for the non-substantive column.
    /// </summary>
    public string YjafColumnPrefix { get; }

    /// <summary>Whether this is an out-of-court type (the three KPI 6 columns).</summary>
    public bool IsOutOfCourt { get; }

    /// <summary>1 (custodial, most serious) to 7 (non-substantive OOCD); used to keep one row per child (kpi-rules §13.3).</summary>
    public int DedupSeriousnessRank { get; }

    /// <summary>Reads the interchange name (<c>ReferralOrder</c>) or the YJB label ("Referral Orders"). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The type, or an <see cref="UnknownValueError"/> for field <c>typeOfOrder</c>.</returns>
    public static OneOf<TypeOfOrder, UnknownValueError> Parse(string? text)
        => SmartEnumText.Parse<TypeOfOrder>(text, "typeOfOrder", t => t.YjbLabel);
}
