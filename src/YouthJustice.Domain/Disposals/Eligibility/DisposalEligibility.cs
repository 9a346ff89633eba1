using YouthJustice.Domain.Disposals.Limits;
using YouthJustice.Domain.Education;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// Whether a proposed disposal is available for a child: every reason it is not (each typed, with its rule id, the
/// value found and what is allowed), or the warnings and duties that come with it.
/// </summary>
/// <remarks>
/// <para>
/// The rules are those of domain-rules §1 (ids <c>AGE-</c>, <c>SC-</c>, <c>LAW-</c>, <c>OOCD-</c>, <c>RO-</c>,
/// <c>YRO-</c>, <c>DTO-</c>, <c>REP-</c>, <c>CD-</c>, <c>FINE-</c>, <c>CC-</c>, <c>DHMP-</c>, <c>PAR-</c>;
/// docs/domain/disposals-and-eligibility.md lists them all). Numeric limits come from <see cref="LegalLimits"/>, so the
/// law applied is the law on the date each rule looks at. Court disposals follow the Sentencing Code, which applies to
/// convictions from 1 December 2020; an earlier conviction gets <c>SC-1</c> <see cref="LawNotInForce"/>.
/// </para>
/// <para>
/// Rules from background knowledge ([L]) give warnings, never reasons (decision DL9): the conditional discharge bar
/// after cautions (§7 #11), the companions of a referral order other than a bind-over, and the exclusion, local
/// authority residence, education and drug testing requirement limits. The minimum sentences of ss.312/315 are warnings
/// too, because the court may find exceptional circumstances.
/// </para>
/// <para>
/// Judicial findings the law leaves to the court (seriousness, dangerousness, the grave-crime criteria of s.249, the
/// adult maximum for the offence) are not checked; the findings that gate a disposal are facts on <see cref="CaseFacts"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var facts = new CaseFacts(
///     dateOfBirth: new LocalDate(2010, 5, 1),
///     offence: new OffenceFacts(new LocalDate(2024, 1, 5), isImprisonable: true),
///     sentenceDate: new LocalDate(2024, 3, 1),
///     convictionDate: new LocalDate(2024, 2, 1),
///     court: SentencingCourt.YouthCourt,
///     plea: Plea.GuiltyToAllOffences);
/// var result = DisposalEligibility.Default.Check(facts, SentenceProposal.ReferralOrder(Period.FromMonths(13)));
/// // result.AsT1.Reasons[0] is TermNotAllowed { RuleId: "RO-1" }
/// </code>
/// </example>
[Source("Sentencing Act 2020 Parts 5-10 (the Sentencing Code)", Url = "https://www.legislation.gov.uk/ukpga/2020/17/contents", EffectiveFrom = "2020-12-01", Confidence = Confidence.High)]
[Source("Crime and Disorder Act 1998 ss.66ZA-66H (youth cautions)", Url = "http://www.legislation.gov.uk./ukpga/2012/10/part/3/chapter/7/crossheading/youth-cautions/data.html", EffectiveFrom = "2013-04-08", Confidence = Confidence.High)]
public sealed partial class DisposalEligibility
{
    /// <summary>The checker with the default legal limits and compulsory school age.</summary>
    public static readonly DisposalEligibility Default = new(LegalLimits.Default, CompulsorySchoolAge.Default);

    /// <summary>Creates a checker.</summary>
    /// <param name="limits">The legal limits (and commencement timeline) to apply.</param>
    /// <param name="compulsorySchoolAge">The compulsory school age rule (for the education requirement warning).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public DisposalEligibility(LegalLimits limits, CompulsorySchoolAge compulsorySchoolAge)
    {
        Limits = Preconditions.CheckNotNull(limits, nameof(limits));
        CompulsorySchoolAge = Preconditions.CheckNotNull(compulsorySchoolAge, nameof(compulsorySchoolAge));
    }

    /// <summary>The legal limits applied.</summary>
    public LegalLimits Limits { get; }

    /// <summary>The compulsory school age rule applied.</summary>
    public CompulsorySchoolAge CompulsorySchoolAge { get; }

    /// <summary>Checks a proposed disposal against the case.</summary>
    /// <param name="facts">The case.</param>
    /// <param name="proposal">The proposed disposal, with its term, requirements and companions.</param>
    /// <returns><see cref="Eligible"/> (with warnings and notes), or <see cref="IneligibilityReasons"/> with every reason.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public OneOf<Eligible, IneligibilityReasons> Check(CaseFacts facts, SentenceProposal proposal)
    {
        Preconditions.CheckNotNull(facts, nameof(facts));
        Preconditions.CheckNotNull(proposal, nameof(proposal));
        var c = new EligibilityContext(facts, proposal, Limits, CompulsorySchoolAge);

        if (c.Limit(LimitKind.MinimumAgeOfCriminalResponsibility) is { Minimum: { } min } limit && c.AgeOn(DateBasis.OffenceDate) < min)
        {
            c.Add(new TooYoung("AGE-1", limit.Citation, c.AgeOn(DateBasis.OffenceDate), min, DateBasis.OffenceDate, facts.Offence.OffenceDate, "any disposal for an offence"));
        }

        if (c.Disposal.IsInterventionOnly)
        {
            c.Add(new NotALegalOutcome("DISP-1", Citations.InterventionOnly));
        }
        else if (!c.Disposal.Venue.IsCourt)
        {
            CheckOutOfCourt(c);
        }
        else
        {
            CheckCourt(c);
        }

        return c.Result();
    }

    private static void CheckOutOfCourt(EligibilityContext c)
    {
        var d = c.Disposal;
        if (!d.IsAvailableOn(c.Facts.SentenceDate))
        {
            c.Add(new LawNotInForce("LAW-1", d.Statute, d.Name, DateBasis.SentenceDate, c.Facts.SentenceDate, d.InForceFrom, d.InForceUntil));
        }

        if (d == Disposal.YouthCaution || d == Disposal.YouthConditionalCaution)
        {
            c.CheckMaximumAge(LimitKind.YouthSentenceMaximumAge, d.Name, DateBasis.SentenceDate);
            if (!c.Facts.AdmitsOffence)
            {
                c.Add(new AdmissionRequired("OOCD-1", d == Disposal.YouthCaution ? Citations.YouthCaution : Citations.YouthConditionalCaution));
            }
        }
        else if (d == Disposal.CommunityResolution && !c.Facts.AdmitsOffence)
        {
            c.Add(new AdmissionRequired("OOCD-1", Citations.CommunityResolution));
        }
    }

    private static void CheckCourt(EligibilityContext c)
    {
        var d = c.Disposal;
        var facts = c.Facts;
        if (facts.ConvictionDate is not { } conviction)
        {
            c.Add(new ConvictionRequired("CONV-1", Citations.Conviction));
            return;
        }

        if (conviction < LegalTimeline.SentencingCode)
        {
            c.Add(new LawNotInForce("SC-1", Citations.SentencingCode, "The Sentencing Code", DateBasis.ConvictionDate, conviction, LegalTimeline.SentencingCode, null));
        }

        if (!d.IsAvailableOn(facts.SentenceDate))
        {
            c.Add(new LawNotInForce("LAW-1", d.Statute, d.Name, DateBasis.SentenceDate, facts.SentenceDate, d.InForceFrom, d.InForceUntil));
        }

        if (d.IsParentOrder)
        {
            CheckParentOrder(c);
            return;
        }

        if (facts.Offence.IsFixedByLaw && d != Disposal.DetentionAtHisMajestysPleasure)
        {
            c.Add(new OffenceFixedByLaw("FBL-1", Citations.FixedByLaw));
        }

        if (d.Venue == DisposalVenue.CrownCourt && facts.Court != SentencingCourt.CrownCourt)
        {
            c.Add(new CourtNotEmpowered("CC-1", Citations.CrownCourt, facts.Court, [SentencingCourt.CrownCourt]));
        }

        if (d == Disposal.ConditionalDischarge)
        {
            CheckConditionalDischarge(c);
        }
        else if (d == Disposal.Fine)
        {
            CheckFine(c);
        }
        else if (d == Disposal.ReparationOrder)
        {
            CheckReparationOrder(c);
        }
        else if (d == Disposal.ReferralOrder)
        {
            CheckReferralOrder(c);
        }
        else if (d.IsCommunitySentence)
        {
            CheckYouthRehabilitationOrder(c);
        }
        else if (d == Disposal.DetentionAndTrainingOrder)
        {
            CheckDetentionAndTrainingOrder(c);
        }
        else if (d.IsCustodial)
        {
            CheckCrownCourtCustody(c);
        }

        CheckCompulsoryReferral(c);
        WarnMinimumSentence(c);
    }

    private static void CheckCompulsoryReferral(EligibilityContext c)
    {
        var d = c.Disposal;
        if (d == Disposal.ReferralOrder || d == Disposal.AbsoluteDischarge || d == Disposal.ConditionalDischarge || d.IsCustodial)
        {
            return;
        }

        var compulsory = ReferralOrderRules.IsCompulsory(c.Facts);
        if (compulsory.Holds)
        {
            c.Add(new MandatoryReferralOrderConditionsMet("RO-4", Citations.ReferralCompulsory, compulsory));
        }
    }
}
