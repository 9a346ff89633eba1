using OneOf;
using YouthJustice.Domain.Disposals.Eligibility;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

/// <summary>Shared builders; the tests are in partial files by disposal.</summary>
public partial class DisposalEligibilityTest
{
    private static readonly DisposalEligibility Checker = DisposalEligibility.Default;

    /// <summary>A child aged <paramref name="age"/> (birthday long past) convicted and sentenced on <paramref name="conviction"/> in a youth court.</summary>
    private static CaseFacts Court(
        LocalDate conviction,
        int age = 15,
        bool imprisonable = true,
        Plea plea = Plea.GuiltyToAllOffences,
        int previousConvictions = 1,
        bool persistentOffender = false,
        bool custodyThreshold = false,
        SentencingCourt court = SentencingCourt.YouthCourt,
        MinimumSentenceProvision minimum = MinimumSentenceProvision.None,
        bool exceptional = false,
        LocalDate? sentence = null,
        LocalDate? dateOfBirth = null,
        bool fixedByLaw = false,
        IEnumerable<LocalDate>? cautions = null,
        LocalDate? lastYcc = null,
        bool fosteringConditions = false)
        => new(
            dateOfBirth ?? conviction.PlusYears(-age).PlusMonths(-3),
            new OffenceFacts(conviction.PlusDays(-30), imprisonable, fixedByLaw, minimum),
            sentence ?? conviction,
            conviction,
            court,
            plea,
            previousConvictions,
            persistentOffender,
            custodyThreshold,
            exceptional,
            youthCautionDates: cautions,
            lastYouthConditionalCautionDate: lastYcc,
            fosteringConditionsMet: fosteringConditions);

    private static OneOf<Eligible, IneligibilityReasons> Check(CaseFacts facts, SentenceProposal proposal) => Checker.Check(facts, proposal);

    private static IneligibilityReasons Refused(CaseFacts facts, SentenceProposal proposal)
    {
        var result = Check(facts, proposal);
        result.IsT1.Should().BeTrue("the proposal should be refused");
        return result.AsT1;
    }

    private static Eligible Allowed(CaseFacts facts, SentenceProposal proposal)
    {
        var result = Check(facts, proposal);
        result.IsT0.Should().BeTrue(result.IsT1 ? "the proposal should be allowed, but: " + result.AsT1 : "allowed");
        return result.AsT0;
    }

    private static T Single<T>(IneligibilityReasons refused)
        where T : IneligibilityReason
    {
        refused.Reasons.Should().ContainSingle();
        return refused.Reasons[0].Should().BeOfType<T>().Subject;
    }

    private static List<string> RuleIds(OneOf<Eligible, IneligibilityReasons> result)
        => result.Match(_ => new List<string>(), r => r.RuleIds.ToList());
}
