using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

public partial class DisposalEligibilityTest
{
    private static readonly LocalDate RoConviction = new(2024, 1, 10);

    // domain-rules §8 example 1: child 14, first conviction, guilty plea to theft (imprisonable).
    private static CaseFacts FirstTimeTheft() => Court(RoConviction, age: 14, previousConvictions: 0);

    [Fact]
    public void Referral_order_of_3_months_is_allowed()
        => Allowed(FirstTimeTheft(), SentenceProposal.ReferralOrder(Period.FromMonths(3)));

    [Fact]
    public void Referral_order_of_12_months_is_allowed()
        => Allowed(FirstTimeTheft(), SentenceProposal.ReferralOrder(Period.FromMonths(12)));

    [Fact]
    public void Referral_order_longer_than_12_months_is_rejected()
    {
        var reason = Single<TermNotAllowed>(Refused(FirstTimeTheft(), SentenceProposal.ReferralOrder(Period.FromMonths(13))));

        reason.RuleId.Should().Be("RO-1");
        reason.Term.Should().Be(Period.FromMonths(13));
        reason.Limit.Minimum.Should().Be(3);
        reason.Limit.Maximum.Should().Be(12);
        reason.LatestEnd.Should().Be(new LocalDate(2025, 1, 10));
        reason.Message.Should().Be(
            "RO-1: the term 13 months from 2024-01-10 to 2025-02-10 is not allowed; allowed: 3 to 12 months (Sentencing Act 2020 Part 6 Ch 1 (ss.83-89): compliance period of 3 to 12 months).");
    }

    [Fact]
    public void Referral_order_shorter_than_3_months_is_rejected()
        => Single<TermNotAllowed>(Refused(FirstTimeTheft(), SentenceProposal.ReferralOrder(Period.FromMonths(2) + Period.FromDays(30))))
            .EarliestEnd.Should().Be(new LocalDate(2024, 4, 10));

    [Fact]
    public void Referral_order_of_12_months_and_1_day_is_rejected()
        => Single<TermNotAllowed>(Refused(FirstTimeTheft(), SentenceProposal.ReferralOrder(Period.FromMonths(12) + Period.FromDays(1)))).RuleId.Should().Be("RO-1");

    [Fact]
    public void First_conviction_with_guilty_pleas_to_an_imprisonable_offence_requires_a_referral_order()
    {
        var explanation = ReferralOrderRules.IsCompulsory(FirstTimeTheft());

        explanation.Holds.Should().BeTrue();
        explanation.RuleId.Should().Be("RO-4");
        explanation.Conditions.Should().OnlyContain(c => c.IsMet);
        explanation.Summary.Should().StartWith("RO-4 holds: the court must make a referral order unless it imposes an absolute or conditional discharge, a hospital order or a custodial sentence");
    }

    [Fact]
    public void When_a_referral_order_is_required_a_youth_rehabilitation_order_is_refused()
    {
        var proposal = SentenceProposal.YouthRehabilitationOrder(
            Disposal.YouthRehabilitationOrder, RoConviction, RoConviction.PlusMonths(6), [ProposedRequirement.Of(YroRequirement.Supervision)]);

        var reason = Single<MandatoryReferralOrderConditionsMet>(Refused(FirstTimeTheft(), proposal));

        reason.RuleId.Should().Be("RO-4");
        reason.Explanation.Holds.Should().BeTrue();
    }

    [Theory]
    [InlineData("Fine")]
    [InlineData("ReparationOrder")]
    public void When_a_referral_order_is_required_other_first_tier_sentences_are_refused(string disposal)
    {
        var proposal = disposal == "Fine" ? SentenceProposal.Fine(100m) : SentenceProposal.ReparationOrder(10, Period.FromMonths(3));

        Refused(FirstTimeTheft(), proposal).RuleIds.Should().Equal("RO-4");
    }

    [Theory]
    [InlineData("AbsoluteDischarge")]
    [InlineData("ConditionalDischarge")]
    public void When_a_referral_order_is_required_a_discharge_is_still_allowed(string disposal)
        => Allowed(FirstTimeTheft(), SentenceProposal.Of(Disposal.FromName(disposal)));

    [Fact]
    public void When_a_referral_order_is_required_custody_is_still_allowed()
        => Allowed(Court(RoConviction, age: 14, previousConvictions: 0, persistentOffender: true, custodyThreshold: true), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(4)));

    // domain-rules §8 example 2.
    [Fact]
    public void Referral_order_is_available_but_not_required_after_two_previous_convictions_and_a_guilty_plea_to_one_of_two_offences()
    {
        var facts = Court(RoConviction, age: 16, previousConvictions: 2, plea: Plea.GuiltyToSomeOffences);

        var compulsory = ReferralOrderRules.IsCompulsory(facts);
        compulsory.Holds.Should().BeFalse();
        compulsory.UnmetConditions.Should().HaveCount(2);
        compulsory.UnmetConditions[0].Detail.Should().Be("plea: GuiltyToSomeOffences");
        compulsory.UnmetConditions[1].Detail.Should().Be("2 previous conviction(s)");
        ReferralOrderRules.IsAvailable(facts).Holds.Should().BeTrue();
        Allowed(facts, SentenceProposal.ReferralOrder(Period.FromMonths(6)));
        Allowed(facts, SentenceProposal.Fine(100m));
    }

    [Fact]
    public void Referral_order_needs_a_guilty_plea()
    {
        var facts = Court(RoConviction, plea: Plea.NotGuilty);

        var reason = Single<GuiltyPleaRequired>(Refused(facts, SentenceProposal.ReferralOrder(Period.FromMonths(6))));
        reason.RuleId.Should().Be("RO-5");
        reason.Required.Should().Be(Plea.GuiltyToSomeOffences);
        ReferralOrderRules.IsAvailable(facts).Holds.Should().BeFalse();
    }

    [Fact]
    public void Referral_order_cannot_be_made_by_the_Crown_Court()
    {
        var reason = Single<CourtNotEmpowered>(Refused(Court(RoConviction, court: SentencingCourt.CrownCourt), SentenceProposal.ReferralOrder(Period.FromMonths(6))));

        reason.RuleId.Should().Be("RO-3");
        reason.AllowedCourts.Should().Equal(SentencingCourt.YouthCourt, SentencingCourt.MagistratesCourt);
        reason.Message.Should().Be("RO-3: CrownCourt cannot make it; only YouthCourt or MagistratesCourt (Sentencing Act 2020 s.84(1)(a) (youth court or other magistrates' court)).");
    }

    [Fact]
    public void Referral_order_is_refused_for_a_child_aged_18_at_conviction()
    {
        var reason = Single<TooOld>(Refused(Court(RoConviction, age: 18), SentenceProposal.ReferralOrder(Period.FromMonths(6))));

        reason.RuleId.Should().Be("AGE-2");
        reason.Age.Should().Be(18);
        reason.MaximumAge.Should().Be(17);
        reason.Basis.Should().Be(DateBasis.ConvictionDate);
    }

    [Fact]
    public void Referral_order_cannot_accompany_a_parental_bind_over_or_a_discharge_and_warns_for_a_fine()
    {
        var proposal = new SentenceProposal(
            Disposal.ReferralOrder,
            term: Period.FromMonths(6),
            accompanyingDisposals: [Disposal.BindOverOfParent, Disposal.ConditionalDischarge, Disposal.Fine]);

        var refused = Refused(Court(RoConviction), proposal);

        refused.RuleIds.Should().Equal("RO-6", "RO-6");
        refused.Reasons[0].Should().BeOfType<IncompatibleDisposals>().Which.Other.Should().Be(Disposal.BindOverOfParent);
        refused.Warnings.Should().ContainSingle(w => w.RuleId == "RO-6" && w.Confidence == YouthJustice.Domain.Sources.Confidence.Low);
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void Parent_must_attend_panel_meetings_under_16_and_may_from_16(int age, bool mandatory)
        => Allowed(Court(RoConviction, age: age), SentenceProposal.ReferralOrder(Period.FromMonths(6)))
            .Notes.Should().ContainSingle(n => n.RuleId == "RO-7" && n.IsMandatory == mandatory);

    // domain-rules §8 example 3.
    [Fact]
    public void Referral_order_of_10_months_extended_by_3_is_rejected_as_13_in_total()
    {
        var refused = ReferralOrderRules.CheckExtension(new LocalDate(2024, 1, 1), Period.FromMonths(10), Period.FromMonths(3), new LocalDate(2024, 9, 1)).AsT1;

        var reason = Single<TermNotAllowed>(refused);
        reason.RuleId.Should().Be("RO-2");
        reason.Limit.Kind.Should().Be(LimitKind.ReferralOrderTotalLength);
        reason.Term.Should().Be(Period.FromMonths(13));
    }

    [Fact]
    public void Referral_order_of_9_months_extended_by_3_is_accepted()
        => ReferralOrderRules.CheckExtension(new LocalDate(2024, 1, 1), Period.FromMonths(9), Period.FromMonths(3), new LocalDate(2024, 9, 1)).IsT0.Should().BeTrue();

    [Fact]
    public void Referral_order_extension_of_more_than_3_months_is_rejected()
    {
        var refused = ReferralOrderRules.CheckExtension(new LocalDate(2024, 1, 1), Period.FromMonths(6), Period.FromMonths(4), new LocalDate(2024, 5, 1)).AsT1;

        var reason = Single<TermNotAllowed>(refused);
        reason.RuleId.Should().Be("RO-2");
        reason.Limit.Kind.Should().Be(LimitKind.ReferralOrderExtension);
        reason.Start.Should().Be(new LocalDate(2024, 7, 1));
        reason.End.Should().Be(new LocalDate(2024, 11, 1));
    }

    [Fact]
    public void Compulsory_referral_does_not_hold_before_the_Sentencing_Code()
    {
        var explanation = ReferralOrderRules.IsCompulsory(Court(new LocalDate(2020, 11, 30), age: 14, previousConvictions: 0));

        explanation.Holds.Should().BeFalse();
        explanation.UnmetConditions.Should().ContainSingle().Which.Description.Should().Contain("Sentencing Code");
    }
}
