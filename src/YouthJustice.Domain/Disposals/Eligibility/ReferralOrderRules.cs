using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// The referral order rules that need an explanation rather than a yes/no: when a referral order is compulsory
/// (RO-4), when it is available, and whether an extension on referral back to court is allowed (RO-2).
/// </summary>
/// <remarks>
/// <para>
/// <strong>Compulsory</strong> (Sentencing Act 2020 s.85): the offence is imprisonable, the child pleaded guilty to it
/// and to every connected offence, and has never been convicted before (discharges and bind-overs aside); the court
/// (a youth court or other magistrates' court) must then make a referral order unless it imposes an absolute or
/// conditional discharge, a hospital order or custody.
/// </para>
/// <para>
/// <strong>Discretionary</strong> (s.86): a guilty plea to at least one of the offences, whatever the previous
/// convictions (since LASPO 2012).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var why = ReferralOrderRules.IsCompulsory(facts);
/// if (why.Holds) { Console.WriteLine(why.Summary); } // RO-4 holds: ... then each condition, met or not
/// </code>
/// </example>
[Source("Sentencing Act 2020 ss.83-86 (referral orders: availability, compulsory and discretionary referral)",
    Url = "https://www.legislation.gov.uk/cy/ukpga/2020/17/part/6/chapter/1/crossheading/making-referral-orders/data.xht?view=snippet&wrap=true",
    EffectiveFrom = "2020-12-01", Confidence = Confidence.High)]
[Source("Sentencing Council referral order pronouncement card", Url = "https://sentencingcouncil.org.uk/pronouncement-cards/card/referral-order", Confidence = Confidence.High)]
public static class ReferralOrderRules
{
    /// <summary>Whether the compulsory referral conditions hold (RO-4), condition by condition.</summary>
    /// <param name="facts">The case (a court case: conviction date and court given).</param>
    /// <returns>The explanation; <see cref="RuleExplanation.Holds"/> says whether a referral order is required.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static RuleExplanation IsCompulsory(CaseFacts facts)
    {
        Preconditions.CheckNotNull(facts, nameof(facts));
        var conditions = new List<RuleCondition>
        {
            new("The offence (or a connected offence) is imprisonable", facts.Offence.IsImprisonable, facts.Offence.IsImprisonable ? "imprisonable" : "not imprisonable"),
            new("The child pleaded guilty to the offence and to every connected offence", facts.Plea == Plea.GuiltyToAllOffences, "plea: " + facts.Plea),
            new(
                "The child has never been convicted of an offence in the United Kingdom (discharges and bind-overs do not count)",
                facts.PreviousConvictions == 0,
                string.Create(CultureInfo.InvariantCulture, $"{facts.PreviousConvictions} previous conviction(s)")),
        };
        conditions.AddRange(CommonConditions(facts));
        return new RuleExplanation(
            "RO-4",
            "Sentencing Act 2020 s.85 (compulsory referral conditions)",
            conditions,
            "the court must make a referral order unless it imposes an absolute or conditional discharge, a hospital order or a custodial sentence");
    }

    /// <summary>Whether a referral order is available at all (compulsory or discretionary), condition by condition.</summary>
    /// <param name="facts">The case.</param>
    /// <returns>The explanation; <see cref="RuleExplanation.Holds"/> says whether the court may make one.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static RuleExplanation IsAvailable(CaseFacts facts)
    {
        Preconditions.CheckNotNull(facts, nameof(facts));
        var conditions = new List<RuleCondition>
        {
            new("The child pleaded guilty to the offence or a connected offence", facts.Plea != Plea.NotGuilty, "plea: " + facts.Plea),
        };
        conditions.AddRange(CommonConditions(facts));
        return new RuleExplanation(
            "RO-5",
            "Sentencing Act 2020 ss.84, 86 (availability; discretionary referral)",
            conditions,
            "the court may make a referral order (it must if the compulsory conditions, RO-4, also hold)");
    }

    /// <summary>Checks an extension of a referral order's compliance period on referral back to court (RO-2).</summary>
    /// <param name="orderStart">The day the compliance period began (the youth offender contract took effect).</param>
    /// <param name="length">The compliance period as ordered (with any earlier extensions).</param>
    /// <param name="extension">The extension proposed.</param>
    /// <param name="extensionDate">The day of the court's decision (picks the law that applies).</param>
    /// <param name="limits">The legal limits; <see langword="null"/> for <see cref="LegalLimits.Default"/>.</param>
    /// <returns><see cref="Eligible"/>, or every reason the extension is refused (over 3 months; over 12 months in total).</returns>
    /// <exception cref="System.ArgumentException">A term is zero, negative or has a time component.</exception>
    public static OneOf<Eligible, IneligibilityReasons> CheckExtension(LocalDate orderStart, Period length, Period extension, LocalDate extensionDate, LegalLimits? limits = null)
    {
        var catalogue = limits ?? LegalLimits.Default;
        length = Terms.Normalize(Terms.CheckTerm(length, nameof(length)));
        extension = Terms.Normalize(Terms.CheckTerm(extension, nameof(extension)));
        var reasons = new List<IneligibilityReason>();
        var originalEnd = orderStart.Plus(length);
        if (catalogue.For(LimitKind.ReferralOrderExtension, extensionDate) is { Maximum: { } maxExtension } extensionLimit
            && originalEnd.Plus(extension) > originalEnd.PlusMonths(maxExtension))
        {
            reasons.Add(new TermNotAllowed(extensionLimit.RuleId, extensionLimit.Citation, originalEnd, originalEnd.Plus(extension), extension, extensionLimit, null));
        }

        var total = Terms.Normalize(length + extension);
        if (catalogue.For(LimitKind.ReferralOrderTotalLength, extensionDate) is { Maximum: { } maxTotal } totalLimit
            && orderStart.Plus(total) > orderStart.PlusMonths(maxTotal))
        {
            reasons.Add(new TermNotAllowed(totalLimit.RuleId, totalLimit.Citation, orderStart, orderStart.Plus(total), total, totalLimit, null));
        }

        if (extensionDate < LegalTimeline.SentencingCode)
        {
            reasons.Add(new LawNotInForce("SC-1", "Sentencing Act 2020 Sch 4", "The Sentencing Code", DateBasis.SentenceDate, extensionDate, LegalTimeline.SentencingCode, null));
        }

        return reasons.Count == 0
            ? new Eligible(Disposal.ReferralOrder, [], [])
            : new IneligibilityReasons(Disposal.ReferralOrder, reasons, []);
    }

    private static IEnumerable<RuleCondition> CommonConditions(CaseFacts facts)
    {
        var conviction = facts.ConvictionDate;
        yield return new RuleCondition("The child was convicted", conviction is not null, conviction is { } cd ? cd.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "no conviction date");
        var age = Age.On(facts.DateOfBirth, conviction ?? facts.SentenceDate).Years;
        yield return new RuleCondition("The child was under 18 when convicted", age < Age.AdultAge, string.Create(CultureInfo.InvariantCulture, $"aged {age}"));
        yield return new RuleCondition(
            "The court is a youth court or other magistrates' court",
            facts.Court is SentencingCourt.YouthCourt or SentencingCourt.MagistratesCourt,
            facts.Court?.ToString() ?? "no court");
        yield return new RuleCondition("The sentence is not fixed by law", !facts.Offence.IsFixedByLaw, facts.Offence.IsFixedByLaw ? "fixed by law" : "not fixed by law");
        yield return new RuleCondition(
            "The conviction falls under the Sentencing Code (on or after 2020-12-01)",
            conviction is { } c && c >= LegalTimeline.SentencingCode,
            conviction is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "no conviction date");
    }
}
