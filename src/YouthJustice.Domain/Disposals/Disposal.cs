namespace YouthJustice.Domain.Disposals;

/// <summary>
/// A disposal (outcome) for an offence by a child aged 10–17: every rung of the ladder from no further action through
/// the out-of-court disposals and the court sentences to detention during His Majesty's pleasure, the two halves of a
/// detention and training order as intervention programmes, and the two orders on parents.
/// </summary>
/// <remarks>
/// <para>Each value carries its row of the ladder in domain-rules §1.1: <see cref="Venue"/>, <see cref="IsFormal"/>,
/// <see cref="CountsAsFirstTimeEntry"/>, <see cref="LegalOutcomeGroup"/>, <see cref="IsCustodial"/>,
/// <see cref="IsCommunitySentence"/>, <see cref="TypeOfOrder"/> and <see cref="Statute"/>, plus
/// <see cref="LadderRank"/> (the explicit order up the ladder; <c>Value</c> is only a stable
/// id) and the dates from which it was available (domain-rules §1.8).</para>
/// <para>Names are the interchange spellings (<c>spec/interchange.md</c>). Legal limits and eligibility live in
/// <c>YouthJustice.Domain.Disposals.Limits</c> and <c>.Eligibility</c>.</para>
/// </remarks>
[Source("Domain-rules §1.1 (the ladder), §1.8 (effective dates); kpi-rules §1.3, §13.2", Confidence = Confidence.High)]
public sealed class Disposal : SmartEnum<Disposal>
{
    /// <summary>No further action (NFA): the evidential or public-interest test is not met. Counted in no KPI.</summary>
    public static readonly Disposal NoFurtherAction = new(
        nameof(NoFurtherAction),
        1,
        DisposalVenue.OutOfCourt,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.None,
        isCustodial: false,
        isCommunitySentence: false,
        null,
        ladderRank: 1,
        "Home Office Counting Rules (police outcome codes)",
        statuteInForceFrom: null,
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Outcome 20: further action is taken by another body or agency. A diversion outcome.</summary>
    public static readonly Disposal Outcome20 = new(
        nameof(Outcome20),
        2,
        DisposalVenue.OutOfCourt,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Diversion,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.NonSubstantiveOutOfCourtDisposal,
        ladderRank: 2,
        "Home Office Counting Rules, Outcome 20",
        statuteInForceFrom: null,
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Outcome 21: further investigation is not in the public interest (a police decision); introduced January 2016 (taken as 1 January 2016).</summary>
    public static readonly Disposal Outcome21 = new(
        nameof(Outcome21),
        3,
        DisposalVenue.OutOfCourt,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Diversion,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.NonSubstantiveOutOfCourtDisposal,
        ladderRank: 3,
        "Home Office Counting Rules, Outcome 21",
        statuteInForceFrom: null,
        inForceFrom: new LocalDate(2016, 1, 1),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Outcome 22: diversionary, educational or intervention activity completed, no further action in the public interest; no admission needed; recorded only once the activity is complete. From 1 April 2019.</summary>
    public static readonly Disposal Outcome22 = new(
        nameof(Outcome22),
        4,
        DisposalVenue.OutOfCourt,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Diversion,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.NonSubstantiveOutOfCourtDisposal,
        ladderRank: 4,
        "Home Office Counting Rules, Outcome 22; NPCC Outcome 22 guidance",
        statuteInForceFrom: null,
        inForceFrom: new LocalDate(2019, 4, 1),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Outcome 22 given after a deferred prosecution or deferred caution scheme was completed. From 1 April 2019.</summary>
    public static readonly Disposal Outcome22DeferredProsecution = new(
        nameof(Outcome22DeferredProsecution),
        5,
        DisposalVenue.OutOfCourt,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Diversion,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.NonSubstantiveOutOfCourtDisposal,
        ladderRank: 5,
        "Home Office Counting Rules, Outcome 22 (deferred prosecution / deferred caution schemes)",
        statuteInForceFrom: null,
        inForceFrom: new LocalDate(2019, 4, 1),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Community resolution (Outcome 8): informal, needs an acceptance of responsibility, can be repeated, not cited in later proceedings.</summary>
    public static readonly Disposal CommunityResolution = new(
        nameof(CommunityResolution),
        6,
        DisposalVenue.OutOfCourt,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Diversion,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.NonSubstantiveOutOfCourtDisposal,
        ladderRank: 6,
        "Non-statutory police disposal; Home Office Counting Rules, Outcome 8",
        statuteInForceFrom: null,
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Youth caution: a formal out-of-court disposal given by a constable on an admission; a first time entry. From 8 April 2013.</summary>
    public static readonly Disposal YouthCaution = new(
        nameof(YouthCaution),
        7,
        DisposalVenue.OutOfCourt,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.PreCourt,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.YouthCaution,
        ladderRank: 7,
        "Crime and Disorder Act 1998 ss.66ZA-66ZB (inserted by LASPO 2012 s.135)",
        statuteInForceFrom: new LocalDate(2013, 4, 8),
        inForceFrom: new LocalDate(2013, 4, 8),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Youth conditional caution (YCC): a caution with conditions; a first time entry. Available to every 10–17-year-old from 8 April 2013 (pilots from 2009 were limited).</summary>
    public static readonly Disposal YouthConditionalCaution = new(
        nameof(YouthConditionalCaution),
        8,
        DisposalVenue.OutOfCourt,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.PreCourt,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.YouthConditionalCaution,
        ladderRank: 8,
        "Crime and Disorder Act 1998 ss.66A-66H",
        statuteInForceFrom: new LocalDate(2013, 4, 8),
        inForceFrom: new LocalDate(2013, 4, 8),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Absolute discharge: a conviction with no penalty.</summary>
    public static readonly Disposal AbsoluteDischarge = new(
        nameof(AbsoluteDischarge),
        9,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.FirstTier,
        isCustodial: false,
        isCommunitySentence: false,
        null,
        ladderRank: 9,
        "Sentencing Act 2020 s.79",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Conditional discharge: no penalty if no further offence is committed within the period (at most 3 years).</summary>
    public static readonly Disposal ConditionalDischarge = new(
        nameof(ConditionalDischarge),
        10,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.FirstTier,
        isCustodial: false,
        isCommunitySentence: false,
        null,
        ladderRank: 10,
        "Sentencing Act 2020 s.80",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Fine, with the rules on parents or guardians paying.</summary>
    public static readonly Disposal Fine = new(
        nameof(Fine),
        11,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.FirstTier,
        isCustodial: false,
        isCommunitySentence: false,
        null,
        ladderRank: 11,
        "Sentencing Act 2020 ss.118, 123, 128, 380",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Reparation order: up to 24 hours of reparation within 3 months; expressly not a community sentence.</summary>
    public static readonly Disposal ReparationOrder = new(
        nameof(ReparationOrder),
        12,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.FirstTier,
        isCustodial: false,
        isCommunitySentence: false,
        null,
        ladderRank: 12,
        "Sentencing Act 2020 ss.109-114",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Referral order (3–12 months) to a youth offender panel; first-tier in YJB statistics, its own type of order in the KPIs.</summary>
    public static readonly Disposal ReferralOrder = new(
        nameof(ReferralOrder),
        13,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.FirstTier,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.ReferralOrder,
        ladderRank: 13,
        "Sentencing Act 2020 Part 6 Chapter 1 (ss.83-104, Schs 3-4)",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Youth rehabilitation order (YRO), at most 3 years: the community sentence for children. From 30 November 2009.</summary>
    public static readonly Disposal YouthRehabilitationOrder = new(
        nameof(YouthRehabilitationOrder),
        14,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Community,
        isCustodial: false,
        isCommunitySentence: true,
        TypeOfOrder.YouthRehabilitationOrder,
        ladderRank: 14,
        "Sentencing Act 2020 Part 9 Chapter 1 (ss.173-198, Schs 6-8)",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: new LocalDate(2009, 11, 30),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>YRO with intensive supervision and surveillance (ISS): a direct alternative to custody, but not custodial.</summary>
    public static readonly Disposal YouthRehabilitationOrderWithIss = new(
        nameof(YouthRehabilitationOrderWithIss),
        15,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Community,
        isCustodial: false,
        isCommunitySentence: true,
        TypeOfOrder.YouthRehabilitationOrder,
        ladderRank: 15,
        "Sentencing Act 2020 ss.175, 180, 185; Sch 6 Part 1",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: new LocalDate(2009, 11, 30),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>YRO with a fostering requirement.</summary>
    public static readonly Disposal YouthRehabilitationOrderWithFostering = new(
        nameof(YouthRehabilitationOrderWithFostering),
        16,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Community,
        isCustodial: false,
        isCommunitySentence: true,
        TypeOfOrder.YouthRehabilitationOrder,
        ladderRank: 16,
        "Sentencing Act 2020 s.185(3); Sch 6 Part 11",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: new LocalDate(2009, 11, 30),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Detention and training order (DTO), 4–24 months: half in custody, half under YJS supervision. From 1 April 2000.</summary>
    public static readonly Disposal DetentionAndTrainingOrder = new(
        nameof(DetentionAndTrainingOrder),
        17,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: 17,
        "Sentencing Act 2020 ss.233-248, Sch 12",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: new LocalDate(2000, 4, 1),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Long-term detention under s.250 for grave crimes (formerly section 91).</summary>
    public static readonly Disposal Section250Detention = new(
        nameof(Section250Detention),
        18,
        DisposalVenue.CrownCourt,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: 18,
        "Sentencing Act 2020 ss.249-250 (formerly PCC(S)A 2000 s.91)",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Special sentence of detention for terrorist offenders of particular concern. From 29 June 2021 [L].</summary>
    public static readonly Disposal SpecialSentenceTerroristOffender = new(
        nameof(SpecialSentenceTerroristOffender),
        19,
        DisposalVenue.CrownCourt,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: 19,
        "Sentencing Act 2020 s.252A (inserted by Counter-Terrorism and Sentencing Act 2021)",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: new LocalDate(2021, 6, 29),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Extended sentence of detention (EDS): a custodial term plus an extended licence. In its LASPO form from 3 December 2012 [L].</summary>
    public static readonly Disposal ExtendedSentenceOfDetention = new(
        nameof(ExtendedSentenceOfDetention),
        20,
        DisposalVenue.CrownCourt,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: 20,
        "Sentencing Act 2020 ss.254-257",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: new LocalDate(2012, 12, 3),
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Detention for life.</summary>
    public static readonly Disposal DetentionForLife = new(
        nameof(DetentionForLife),
        21,
        DisposalVenue.CrownCourt,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: 21,
        "Sentencing Act 2020 s.250 via ss.258-258A",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Detention during His Majesty's pleasure (DHMP): the sentence for murder committed under 18.</summary>
    public static readonly Disposal DetentionAtHisMajestysPleasure = new(
        nameof(DetentionAtHisMajestysPleasure),
        22,
        DisposalVenue.CrownCourt,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: 22,
        "Sentencing Act 2020 s.259",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>The custodial half of a DTO, as an intervention programme (YJB disposal type <c>DTO_CUSTODY</c>); never a legal outcome.</summary>
    public static readonly Disposal DetentionAndTrainingOrderCustody = new(
        nameof(DetentionAndTrainingOrderCustody),
        30,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: 17,
        "Sentencing Act 2020 ss.233-248 (the detention and training period of a DTO)",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: new LocalDate(2000, 4, 1),
        isParentOrder: false,
        yjbCode: "DTO_CUSTODY",
        isInterventionOnly: true,
        inForceUntil: null);

    /// <summary>The community (supervision) half of a DTO, as an intervention programme (YJB disposal type <c>DTO_LICENCE</c>); never a legal outcome.</summary>
    public static readonly Disposal DetentionAndTrainingOrderLicence = new(
        nameof(DetentionAndTrainingOrderLicence),
        31,
        DisposalVenue.Court,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: 17,
        "Sentencing Act 2020 ss.233-248 (the supervision period of a DTO)",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: new LocalDate(2000, 4, 1),
        isParentOrder: false,
        yjbCode: "DTO_LICENCE",
        isInterventionOnly: true,
        inForceUntil: null);

    /// <summary>Parenting order: an order on the parent or guardian, not on the child.</summary>
    public static readonly Disposal ParentingOrder = new(
        nameof(ParentingOrder),
        40,
        DisposalVenue.Court,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Ancillary,
        isCustodial: false,
        isCommunitySentence: false,
        null,
        ladderRank: null,
        "Sentencing Act 2020 ss.366-369; Crime and Disorder Act 1998 s.8",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: true,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>Binding over of a parent or guardian to take proper care and exercise control: an order on the parent.</summary>
    public static readonly Disposal BindOverOfParent = new(
        nameof(BindOverOfParent),
        41,
        DisposalVenue.Court,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Ancillary,
        isCustodial: false,
        isCommunitySentence: false,
        null,
        ladderRank: null,
        "Sentencing Act 2020 s.376",
        statuteInForceFrom: new LocalDate(2020, 12, 1),
        inForceFrom: null,
        isParentOrder: true,
        yjbCode: null,
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>
    /// Outcome 20 or Outcome 21, with YJS involvement, as the YJB records it in one code
    /// (<c>NO_FURTHER_ACTION_OUTCOME_20_21_WITH_YJS_INVOLVEMENT</c>) without saying which: a diversion outcome, counted in
    /// KPI 6's "Outcome 20/21" column with the two it stands for. Not a rung of the ladder itself: it stands for one of two (decision YJ-19).
    /// </summary>
    [Source("spec/yjaf-case-level.md §8 (the YJB code); kpi-rules §2.6 (KPI 6's Outcome 20/21 column); its place is our choice (decision YJ-19)", Confidence = Confidence.Medium)]
    public static readonly Disposal Outcome20Or21 = new(
        nameof(Outcome20Or21),
        24,
        DisposalVenue.OutOfCourt,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Diversion,
        isCustodial: false,
        isCommunitySentence: false,
        TypeOfOrder.NonSubstantiveOutOfCourtDisposal,
        ladderRank: null,
        "Home Office Counting Rules, Outcome 20 or 21 (one YJB code for either)",
        statuteInForceFrom: null,
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: "NO_FURTHER_ACTION_OUTCOME_20_21_WITH_YJS_INVOLVEMENT",
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>
    /// Other informal action (with or without YOT involvement; YJB codes <c>OTHER_INFORMAL_ACTION_YOT_INVOLVEMENT</c> and
    /// <c>OTHER_INFORMAL_ACTION_NO_YOT_INVOLVEMENT</c>): a non-statutory diversion that is not a community resolution or a
    /// numbered outcome. KPI 6's template has no column for it, so no KPI counts it (decision YJ-19; replaceable
    /// through the reference tables).
    /// </summary>
    [Source("spec/yjaf-case-level.md §8 (the YJB codes); not counted in KPIs: our choice, kpi-rules §13.2 (decision YJ-19)", Confidence = Confidence.Low)]
    public static readonly Disposal OtherInformalAction = new(
        nameof(OtherInformalAction),
        25,
        DisposalVenue.OutOfCourt,
        isFormal: false,
        countsAsFirstTimeEntry: false,
        LegalOutcomeGroup.Diversion,
        isCustodial: false,
        isCommunitySentence: false,
        null,
        ladderRank: null,
        "Non-statutory informal action",
        statuteInForceFrom: null,
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: "OTHER_INFORMAL_ACTION_YOT_INVOLVEMENT",
        isInterventionOnly: false,
        inForceUntil: null);

    /// <summary>
    /// Detention under the Powers of Criminal Courts (Sentencing) Act 2000 ss.90-92, as the YJB records it in one code
    /// (<c>SECTION_90_91_DETENTION</c>, also <c>SECTION_90_92_DETENTION</c>) for both its sentences: detention during Her
    /// Majesty's pleasure (s.90, now Sentencing Act 2020 s.259) and long-term detention (s.91, now s.250). A custodial
    /// sentence of the Crown Court, repealed from 1 December 2020 by the Sentencing Act 2020. Not a rung of the ladder
    /// itself: it stands for one of two (decision YJ-19); the KPIs rank it as every custodial sentence.
    /// </summary>
    [Source("Powers of Criminal Courts (Sentencing) Act 2000 ss.90-92; Sentencing Act 2020 Sch. 28 (repeal); spec/yjaf-case-level.md §8 (the YJB codes); its place is our choice (decision YJ-19)", Confidence = Confidence.Medium)]
    public static readonly Disposal Section90To92Detention = new(
        nameof(Section90To92Detention),
        23,
        DisposalVenue.CrownCourt,
        isFormal: true,
        countsAsFirstTimeEntry: true,
        LegalOutcomeGroup.Custody,
        isCustodial: true,
        isCommunitySentence: false,
        TypeOfOrder.CustodialSentence,
        ladderRank: null,
        "Powers of Criminal Courts (Sentencing) Act 2000 ss.90-92 (repealed from 1 December 2020 by the Sentencing Act 2020)",
        statuteInForceFrom: new LocalDate(2000, 8, 25),
        inForceFrom: null,
        isParentOrder: false,
        yjbCode: "SECTION_90_91_DETENTION",
        isInterventionOnly: false,
        inForceUntil: new LocalDate(2020, 11, 30));

    private Disposal(
        string name,
        int value,
        DisposalVenue venue,
        bool isFormal,
        bool countsAsFirstTimeEntry,
        LegalOutcomeGroup legalOutcomeGroup,
        bool isCustodial,
        bool isCommunitySentence,
        TypeOfOrder? typeOfOrder,
        int? ladderRank,
        string statute,
        LocalDate? statuteInForceFrom,
        LocalDate? inForceFrom,
        bool isParentOrder,
        string? yjbCode,
        bool isInterventionOnly,
        LocalDate? inForceUntil)
        : base(name, value)
    {
        Venue = venue;
        IsFormal = isFormal;
        CountsAsFirstTimeEntry = countsAsFirstTimeEntry;
        LegalOutcomeGroup = legalOutcomeGroup;
        IsCustodial = isCustodial;
        IsCommunitySentence = isCommunitySentence;
        TypeOfOrder = typeOfOrder;
        LadderRank = ladderRank;
        Statute = statute;
        StatuteInForceFrom = statuteInForceFrom;
        InForceFrom = inForceFrom;
        IsParentOrder = isParentOrder;
        YjbCode = yjbCode;
        IsInterventionOnly = isInterventionOnly;
        InForceUntil = inForceUntil;
    }

    /// <summary>Where the disposal is decided: out of court, a court, or only the Crown Court.</summary>
    public DisposalVenue Venue { get; }

    /// <summary>
    /// Whether it is recorded on the Police National Computer as a caution or a conviction: the youth caution, the
    /// YCC and every court sentence on the child. Orders on parents are not.
    /// </summary>
    public bool IsFormal { get; }

    /// <summary>Whether a child's first such disposal makes them a first time entrant: a youth caution, a YCC or a court sentence (kpi-rules §3.1).</summary>
    public bool CountsAsFirstTimeEntry { get; }

    /// <summary>The YJB legal-outcome group (Diversion, Pre-court, First-tier, Community, Custody, Ancillary, None).</summary>
    public LegalOutcomeGroup LegalOutcomeGroup { get; }

    /// <summary>Whether it is a custodial sentence: the DTO (and its two halves) and the Crown Court sentences. A YRO with ISS is not.</summary>
    public bool IsCustodial { get; }

    /// <summary>Whether it is a community sentence under Part 9 of the Sentencing Code: the three YROs only (not a referral or reparation order).</summary>
    public bool IsCommunitySentence { get; }

    /// <summary>The KPI type of order (kpi-rules §1.3, §13.2), or <see langword="null"/> for disposals that no KPI counts (NFA, discharges, fines, reparation orders, orders on parents).</summary>
    public TypeOfOrder? TypeOfOrder { get; }

    /// <summary>
    /// The position up the ladder, 1 (no further action) to 22 (DHMP); the two halves of a DTO share the DTO's rank.
    /// <see langword="null"/> for orders on parents, which are not rungs of the child's ladder, and for the YJB's codes
    /// that stand for one of two rungs without saying which (<see cref="Outcome20Or21"/>, <see cref="Section90To92Detention"/>)
    /// or for informal action off the ladder (<see cref="OtherInformalAction"/>).
    /// </summary>
    public int? LadderRank { get; }

    /// <summary>The current statute or rule, as practitioners cite it ("Sentencing Act 2020 s.79").</summary>
    public string Statute { get; }

    /// <summary>The date from which <see cref="Statute"/> is the governing text (1 December 2020 for the Sentencing Code, which applies to convictions on or after it); <see langword="null"/> where not statutory.</summary>
    public LocalDate? StatuteInForceFrom { get; }

    /// <summary>The first day the disposal was available in its current form, or <see langword="null"/> when it predates any record this library reads.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The last day the disposal was available, or <see langword="null"/> while it is still available. No youth disposal has been withdrawn yet.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>Whether it is an order on a parent or guardian rather than on the child.</summary>
    public bool IsParentOrder { get; }

    /// <summary>The YJB disposal-type code where one is known (<c>DTO_CUSTODY</c>, <c>DTO_LICENCE</c>), otherwise <see langword="null"/>.</summary>
    public string? YjbCode { get; }

    /// <summary>Whether it can only be an intervention programme, never a legal outcome (the two halves of a DTO).</summary>
    public bool IsInterventionOnly { get; }

    /// <summary>Whether it was available on <paramref name="date"/>: on or after <see cref="InForceFrom"/> and on or before <see cref="InForceUntil"/>.</summary>
    /// <param name="date">The date of the decision.</param>
    /// <returns><see langword="true"/> when available.</returns>
    public bool IsAvailableOn(LocalDate date)
        => (InForceFrom is not { } from || date >= from) && (InForceUntil is not { } until || date <= until);

    /// <summary>Reads the interchange name (<c>ReferralOrder</c>) or the YJB code (<c>DTO_LICENCE</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <param name="field">The field being read, for the error: <c>disposal</c> (an intervention) or <c>outcome</c> (a legal outcome).</param>
    /// <returns>The disposal, or an <see cref="UnknownValueError"/> naming <paramref name="field"/>.</returns>
    public static OneOf<Disposal, UnknownValueError> Parse(string? text, string field = "disposal")
        => SmartEnumText.Parse<Disposal>(text, field, d => d.YjbCode);
}
