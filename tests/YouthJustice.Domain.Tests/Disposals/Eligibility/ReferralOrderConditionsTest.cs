using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

/// <summary>
/// The referral order's conditions (Sentencing Act 2020 ss.84-86) as <see cref="ReferralOrderRules"/> explains them:
/// each condition, whether it is met and the fact that decides it, at the boundaries (18th birthday between
/// conviction and sentence, conviction on the day the Sentencing Code began).
/// </summary>
public partial class DisposalEligibilityTest
{
    private static string[] Conditions(RuleExplanation explanation) => explanation.Conditions.Select(c => c.ToString()).ToArray();

    [Fact]
    public void Compulsory_referral_explains_every_condition_with_the_fact_that_decides_it()
    {
        Conditions(ReferralOrderRules.IsCompulsory(FirstTimeTheft())).Should().Equal(
            "[met] The offence (or a connected offence) is imprisonable: imprisonable",
            "[met] The child pleaded guilty to the offence and to every connected offence: plea: GuiltyToAllOffences",
            "[met] The child has never been convicted of an offence in the United Kingdom (discharges and bind-overs do not count): 0 previous conviction(s)",
            "[met] The child was convicted: 2024-01-10",
            "[met] The child was under 18 when convicted: aged 14",
            "[met] The court is a youth court or other magistrates' court: YouthCourt",
            "[met] The sentence is not fixed by law: not fixed by law",
            "[met] The conviction falls under the Sentencing Code (on or after 2020-12-01): 2024-01-10");
    }

    [Fact]
    public void Availability_needs_a_guilty_plea_to_one_offence_then_the_same_common_conditions()
    {
        var facts = Court(RoConviction, age: 17, imprisonable: false, plea: Plea.NotGuilty, court: SentencingCourt.CrownCourt, fixedByLaw: true);

        Conditions(ReferralOrderRules.IsAvailable(facts)).Should().Equal(
            "[not met] The child pleaded guilty to the offence or a connected offence: plea: NotGuilty",
            "[met] The child was convicted: 2024-01-10",
            "[met] The child was under 18 when convicted: aged 17",
            "[not met] The court is a youth court or other magistrates' court: CrownCourt",
            "[not met] The sentence is not fixed by law: fixed by law",
            "[met] The conviction falls under the Sentencing Code (on or after 2020-12-01): 2024-01-10");
        // An offence fixed by law is imprisonable whatever is given; a summary-only offence is not.
        ReferralOrderRules.IsCompulsory(Court(RoConviction, imprisonable: false, previousConvictions: 0)).UnmetConditions.Select(c => c.ToString())
            .Should().Equal("[not met] The offence (or a connected offence) is imprisonable: not imprisonable");
    }

    [Fact]
    public void Age_is_taken_at_conviction_so_an_18th_birthday_before_sentence_does_not_count()
    {
        var convicted = new LocalDate(2024, 1, 10);
        var facts = Court(convicted, dateOfBirth: new LocalDate(2006, 2, 1), sentence: new LocalDate(2024, 3, 1));

        ReferralOrderRules.IsAvailable(facts).Conditions.Single(c => c.Description.StartsWith("The child was under 18", StringComparison.Ordinal))
            .Should().Match<RuleCondition>(c => c.IsMet && c.Detail == "aged 17");
        var adult = Court(convicted, dateOfBirth: new LocalDate(2006, 1, 10));
        ReferralOrderRules.IsAvailable(adult).UnmetConditions.Select(c => c.ToString()).Should().Equal("[not met] The child was under 18 when convicted: aged 18");
    }

    [Fact]
    public void A_conviction_on_the_day_the_Sentencing_Code_began_falls_under_it()
    {
        ReferralOrderRules.IsCompulsory(Court(new LocalDate(2020, 12, 1), age: 14, previousConvictions: 0)).Holds.Should().BeTrue();
        ReferralOrderRules.IsCompulsory(Court(new LocalDate(2020, 11, 30), age: 14, previousConvictions: 0)).Holds.Should().BeFalse();
    }

    [Fact]
    public void An_extension_decided_before_the_Sentencing_Code_is_refused_as_law_not_in_force()
    {
        var before = ReferralOrderRules.CheckExtension(new LocalDate(2020, 6, 1), Period.FromMonths(6), Period.FromMonths(1), new LocalDate(2020, 11, 30), LegalLimits.Default);
        var onTheDay = ReferralOrderRules.CheckExtension(new LocalDate(2020, 6, 1), Period.FromMonths(6), Period.FromMonths(1), new LocalDate(2020, 12, 1), LegalLimits.Default);

        before.AsT1.Reasons.Should().ContainSingle().Which.Should().BeOfType<LawNotInForce>().Which.RuleId.Should().Be("SC-1");
        onTheDay.IsT0.Should().BeTrue();
    }

    [Fact]
    public void The_referral_rules_refuse_missing_facts_by_name()
    {
        ((Action)(() => ReferralOrderRules.IsCompulsory(null!))).Should().Throw<ArgumentNullException>().WithParameterName("facts");
        ((Action)(() => ReferralOrderRules.IsAvailable(null!))).Should().Throw<ArgumentNullException>().WithParameterName("facts");
    }
}
