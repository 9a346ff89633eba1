using CsCheck;
using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

/// <summary>
/// Eligibility never returns <see cref="Eligible"/> when any single limit is breached: for random cases (convictions
/// 2021-2028, children aged 16 or 17, so both the DTO and curfew regimes are covered), a proposal that is allowed as
/// built is refused once exactly one limit is pushed past its bound by a random amount.
/// </summary>
public class DisposalEligibilityPropertyTest
{
    private const int Scenarios = 16;

    private static readonly Gen<(int Scenario, int Day, int Age, int Amount)> Cases =
        Gen.Select(Gen.Int[0, Scenarios - 1], Gen.Int[0, 2900], Gen.Int[16, 17], Gen.Int[0, 200]);

    [Fact]
    public void Baseline_proposals_are_eligible()
        => AssertEveryScenarioChecked(Sample(c => DisposalEligibility.Default.Check(FactsFor(c), Proposal(c, breach: false)).IsT0));

    [Fact]
    public void Eligibility_never_returns_eligible_when_a_single_limit_is_breached()
        => AssertEveryScenarioChecked(Sample(c => DisposalEligibility.Default.Check(FactsFor(c), Proposal(c, breach: true)).IsT1));

    /// <summary>Samples the property and counts the cases of each scenario it checked.</summary>
    private static long[] Sample(Func<(int Scenario, int Day, int Age, int Amount), bool> property)
    {
        var checkedCases = new long[Scenarios];
        Cases.Sample(c =>
        {
            System.Threading.Interlocked.Increment(ref checkedCases[c.Scenario]);
            return property(c);
        }, iter: 1_000);
        return checkedCases;
    }

    /// <summary>Guard: a scenario the generator never draws is a limit never breached (1,000 cases, about 62 of each).</summary>
    private static void AssertEveryScenarioChecked(long[] checkedCases)
        => checkedCases.Should().OnlyContain(n => n >= 20, string.Join(", ", checkedCases));

    private static LocalDate Conviction((int Scenario, int Day, int Age, int Amount) c) => new LocalDate(2021, 1, 1).PlusDays(c.Day);

    private static CaseFacts FactsFor((int Scenario, int Day, int Age, int Amount) c)
    {
        var conviction = Conviction(c);
        var age = c.Scenario == 14 ? 12 : c.Age;
        return new CaseFacts(
            conviction.PlusYears(-age).PlusDays(-1 - c.Amount),
            new OffenceFacts(conviction.PlusDays(-20), isImprisonable: true),
            conviction,
            conviction,
            SentencingCourt.YouthCourt,
            Plea.GuiltyToAllOffences,
            previousConvictions: 2,
            persistentOffenderFinding: true,
            custodyThresholdMet: true);
    }

    private static SentenceProposal Proposal((int Scenario, int Day, int Age, int Amount) c, bool breach)
    {
        var start = Conviction(c);
        var k = c.Amount;
        var monitored = ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring);
        SentenceProposal Yro(params ProposedRequirement[] requirements)
            => SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrder, start, start.PlusYears(1), requirements.Append(monitored));
        SentenceProposal Iss(int extendedDays)
            => SentenceProposal.YouthRehabilitationOrder(
                Disposal.YouthRehabilitationOrderWithIss, start, start.PlusYears(1),
                [ProposedRequirement.ExtendedActivity(extendedDays), ProposedRequirement.Of(YroRequirement.Supervision), ProposedRequirement.Curfew([8m]), monitored]);
        var curfewMax = LegalLimits.Default.For(LimitKind.CurfewHoursPerDay, start)!.Maximum!.Value;
        var extendedMax = LegalLimits.Default.For(LimitKind.ExtendedActivityDays, start)!.Maximum!.Value;
        var dtoTerms = LegalLimits.Default.For(LimitKind.DetentionAndTrainingOrderTerm, start)!.AllowedValues;

        return c.Scenario switch
        {
            0 => SentenceProposal.ReferralOrder(breach ? Period.FromMonths(12) + Period.FromDays(1 + k) : Period.FromMonths(3 + (k % 10))),
            1 => SentenceProposal.ReferralOrder(breach ? Period.FromMonths(2) + Period.FromDays(k % 28) : Period.FromMonths(12)),
            2 => SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(breach ? 25 + (k % 24) : 24)),
            3 => SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(breach ? 1 + (k % 3) : (dtoTerms.Count > 0 ? dtoTerms[k % dtoTerms.Count] : 4 + (k % 21)))),
            4 => Yro(ProposedRequirement.UnpaidWork(breach ? 241 + k : 40 + k)),
            5 => Yro(ProposedRequirement.UnpaidWork(breach ? k % 40 : 240 - k)),
            6 => Yro(ProposedRequirement.Curfew([breach ? Math.Min(24m, curfewMax + 0.5m + (k % 4)) : curfewMax])),
            7 => SentenceProposal.Fine(breach ? 1000.01m + k : 1000m - k),
            8 => SentenceProposal.ConditionalDischarge(breach ? Period.FromYears(3) + Period.FromDays(1 + k) : Period.FromYears(3)),
            9 => SentenceProposal.ReparationOrder(breach ? 25 + k : 24 - (k % 24), Period.FromMonths(3)),
            10 => Yro(ProposedRequirement.Activity(breach ? 91 + k : 90 - (k % 90))),
            11 => SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrder, start, breach ? start.PlusYears(3).PlusDays(1 + k) : start.PlusYears(3), [monitored, ProposedRequirement.Of(YroRequirement.Supervision)]),
            12 => Iss(breach ? extendedMax + 1 + k : 91 + (k % (extendedMax - 90))),
            13 => SentenceProposal.ReparationOrder(10, breach ? Period.FromMonths(3) + Period.FromDays(1 + (k % 60)) : Period.FromMonths(1 + (k % 3))),
            14 => DtoForChild(breach),
            _ => Yro(ProposedRequirement.AttendanceCentre(breach ? 37 + k : 12 + (k % 25))),
        };
    }

    // Scenario 14: a 12-year-old (persistent offender) can have a DTO; breach: the consecutive total passes 24 months.
    private static SentenceProposal DtoForChild(bool breach)
        => SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(12), breach ? [Period.FromMonths(12), Period.FromMonths(4)] : [Period.FromMonths(12)]);
}
