namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The citations of the eligibility rules that are not numeric limits (those carry their own).</summary>
internal static class Citations
{
    internal const string CriminalResponsibility = "Children and Young Persons Act 1933 s.50";
    internal const string SentencingCode = "Sentencing Act 2020 s.2 and S.I. 2020/1236 (the Sentencing Code applies to convictions on or after 1 December 2020)";
    internal const string YouthCaution = "Crime and Disorder Act 1998 ss.66ZA-66ZB (youth caution: the child admits the offence)";
    internal const string YouthConditionalCaution = "Crime and Disorder Act 1998 s.66B (youth conditional caution: the child admits the offence)";
    internal const string CommunityResolution = "Community resolution (Outcome 8): non-statutory; needs an acceptance of responsibility";
    internal const string Conviction = "A court sentence follows a conviction (finding of guilt)";
    internal const string InterventionOnly = "YJB case-level data: DTO_CUSTODY and DTO_LICENCE are intervention programmes, the legal outcome is the DTO";
    internal const string FixedByLaw = "Sentencing Act 2020 s.259 (murder by a person under 18: detention during His Majesty's pleasure)";
    internal const string CrownCourt = "Sentencing Act 2020 ss.249-250, 252A, 254, 258-259 (Crown Court sentences)";
    internal const string CrownCustodyAvailability = "Sentencing Act 2020 ss.249-250, 252A, 254 (imprisonable offence, offender under 18)";
    internal const string CustodyThreshold = "Sentencing Act 2020 s.230 (threshold for a discretionary custodial sentence)";
    internal const string DtoAvailability = "Sentencing Act 2020 s.234(1)(b) (imprisonable offence)";
    internal const string DtoNotWith = "Sentencing Act 2020 ss.234(1)(c), 235(2) (not with detention under s.250 or s.252A, an extended sentence or DHMP)";
    internal const string ReferralAvailability = "Sentencing Act 2020 s.84 (referral order availability)";
    internal const string ReferralCourt = "Sentencing Act 2020 s.84(1)(a) (youth court or other magistrates' court)";
    internal const string ReferralCompulsory = "Sentencing Act 2020 s.85 (compulsory referral conditions)";
    internal const string ReferralIncompatible = "Sentencing Act 2020 s.89(4) (orders that may not accompany a referral order)";
    internal const string BindOverNotWithReferral = "Sentencing Act 2020 s.376(5) (no bind-over of a parent with a referral order)";
    internal const string ReparationAvailability = "Sentencing Act 2020 s.110 (not with custody, a YRO or a referral order)";
    internal const string YroRequirements = "Sentencing Act 2020 s.173 (a YRO imposes one or more requirements)";
    internal const string IssOrFostering = "Sentencing Act 2020 s.180 (YRO with ISS or fostering: imprisonable offence, custody otherwise appropriate, persistent offender if under 15)";
    internal const string IssContent = "Sentencing Act 2020 s.175 and Sch 6 (ISS: extended activity with supervision and curfew)";
    internal const string ExtendedActivityOnlyWithIss = "Sentencing Act 2020 s.185(1) (extended activity only in a YRO with ISS)";
    internal const string FosteringOnlyWithFostering = "Sentencing Act 2020 s.185(3) and Sch 6 Pt 11 (fostering only in a YRO with fostering)";
    internal const string FosteringConditions = "Sentencing Act 2020 Sch 6 Pt 11 (restrictions on imposing a fostering requirement)";
    internal const string MonitoringNeedsAnother = "Sentencing Act 2020 s.185(4) (electronic monitoring needs at least one other requirement)";
    internal const string WhereaboutsMonitoring = "Sentencing Act 2020 s.185(5) as amended by PCSC 2022 Sch 17 para 6 (electronic whereabouts monitoring)";
    internal const string CurfewMonitoring = "Sentencing Act 2020 Sch 6 Pt 7 (electronic monitoring of a curfew unless inappropriate or unavailable)";
    internal const string DhmpMurder = "Sentencing Act 2020 s.259 (DHMP: murder committed under 18)";
    internal const string ConditionalDischargeBar = "Sentencing Act 2020 s.80(3); Crime and Disorder Act 1998 ss.66ZB(6), 66F (trigger details are background knowledge)";
    internal const string MinimumSentences = "Sentencing Act 2020 ss.312, 315";
    internal const string ParentPays = "Sentencing Act 2020 ss.128, 380";
    internal const string ParentingOrder = "Sentencing Act 2020 s.366";
    internal const string BindOverUnder16 = "Sentencing Act 2020 s.376 (under 16: bind over if desirable, or say in open court why not)";
    internal const string LowConfidenceRequirement = "Sentencing Act 2020 Sch 6 (limit from background knowledge, not confirmed)";
}
