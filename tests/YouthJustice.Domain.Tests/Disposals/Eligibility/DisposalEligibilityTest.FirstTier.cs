using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

public partial class DisposalEligibilityTest
{
    private static readonly LocalDate FineDate = new(2024, 6, 3);

    // domain-rules §8 example 10.
    [Fact]
    public void Youth_court_fine_of_300_pounds_on_a_13_year_old_is_rejected()
    {
        var reason = Single<AmountOverLimit>(Refused(Court(FineDate, age: 13), SentenceProposal.Fine(300m)));

        reason.RuleId.Should().Be("FINE-2");
        reason.Amount.Should().Be(300m);
        reason.Limit.Maximum.Should().Be(250);
        reason.Message.Should().Be("FINE-2: a fine of GBP 300.00 is over the limit; allowed: at most 250 pounds (Sentencing Act 2020 s.123 (magistrates' court fine on an offender under 14: at most GBP 250)).");
    }

    [Fact]
    public void Fine_of_900_pounds_on_a_15_year_old_is_allowed_and_the_parent_must_pay()
    {
        var note = Allowed(Court(FineDate, age: 15), SentenceProposal.Fine(900m)).Notes.Should().ContainSingle().Subject;

        note.RuleId.Should().Be("FINE-3");
        note.IsMandatory.Should().BeTrue();
        note.Message.Should().Be("Aged 15: the court must order a parent or guardian to pay, unless they cannot be found or it would be unreasonable.");
    }

    [Fact]
    public void Fine_on_a_16_year_old_may_be_paid_by_the_parent()
        => Allowed(Court(FineDate, age: 16), SentenceProposal.Fine(900m)).Notes.Should().ContainSingle(n => n.RuleId == "FINE-3" && !n.IsMandatory);

    [Theory]
    [InlineData(13, 250, true)]
    [InlineData(13, 250.01, false)]
    [InlineData(14, 1000, true)]
    [InlineData(17, 1000.01, false)]
    public void Fine_limits_are_250_pounds_under_14_and_1000_pounds_under_18(int age, double amount, bool allowed)
        => Check(Court(FineDate, age: age), SentenceProposal.Fine((decimal)amount)).IsT0.Should().Be(allowed);

    [Fact]
    public void Fine_limit_turns_on_the_14th_birthday_of_a_child_born_on_29_February()
    {
        var dob = new LocalDate(2008, 2, 29);

        Refused(Court(new LocalDate(2022, 2, 28), dateOfBirth: dob), SentenceProposal.Fine(300m)).RuleIds.Should().Equal("FINE-2");
        Allowed(Court(new LocalDate(2022, 3, 1), dateOfBirth: dob), SentenceProposal.Fine(300m));
    }

    [Fact]
    public void Crown_Court_fine_has_no_youth_limit()
        => Allowed(Court(FineDate, age: 13, court: SentencingCourt.CrownCourt), SentenceProposal.Fine(5000m));

    // domain-rules §8 example 11.
    [Fact]
    public void Conditional_discharge_of_3_years_and_1_day_is_rejected()
    {
        var reason = Single<TermNotAllowed>(Refused(Court(FineDate), SentenceProposal.ConditionalDischarge(Period.FromYears(3) + Period.FromDays(1))));

        reason.RuleId.Should().Be("CD-1");
        reason.LatestEnd.Should().Be(new LocalDate(2027, 6, 3));
    }

    [Fact]
    public void Conditional_discharge_of_3_years_is_allowed()
        => Allowed(Court(FineDate), SentenceProposal.ConditionalDischarge(Period.FromYears(3)));

    // §7 #11: the bar after youth cautions is a warning, not a reason.
    [Fact]
    public void Conditional_discharge_after_two_youth_cautions_within_2_years_is_a_warning()
    {
        var facts = Court(FineDate, cautions: [new LocalDate(2022, 1, 5), new LocalDate(2023, 1, 5)]);

        var warning = Allowed(facts, SentenceProposal.ConditionalDischarge(Period.FromYears(1))).Warnings.Should().ContainSingle().Subject;

        warning.RuleId.Should().Be("CD-2");
        warning.Confidence.Should().Be(Confidence.Low);
    }

    [Fact]
    public void Conditional_discharge_more_than_2_years_after_the_last_caution_has_no_warning()
        => Allowed(Court(FineDate, cautions: [new LocalDate(2021, 1, 5), new LocalDate(2022, 6, 2)]), SentenceProposal.ConditionalDischarge(Period.FromYears(1))).Warnings.Should().BeEmpty();

    [Fact]
    public void Conditional_discharge_within_2_years_of_a_youth_conditional_caution_is_a_warning()
        => Allowed(Court(FineDate, lastYcc: new LocalDate(2022, 6, 3)), SentenceProposal.ConditionalDischarge(Period.FromYears(1))).Warnings.Should().ContainSingle(w => w.RuleId == "CD-2");

    [Fact]
    public void Reparation_of_24_hours_within_3_months_is_allowed()
        => Allowed(Court(FineDate), SentenceProposal.ReparationOrder(24, Period.FromMonths(3)));

    [Fact]
    public void Reparation_over_24_hours_or_beyond_3_months_is_rejected()
    {
        var refused = Refused(Court(FineDate), SentenceProposal.ReparationOrder(25, Period.FromMonths(3) + Period.FromDays(1)));

        refused.RuleIds.Should().Equal("REP-1", "REP-2");
        refused.Reasons[0].Message.Should().Be("REP-1: 25 hours is over the limit; allowed: at most 24 hours (Sentencing Act 2020 s.111 (at most 24 hours of reparation)).");
    }

    [Fact]
    public void Reparation_order_cannot_accompany_a_yro_or_a_dto()
        => Refused(Court(FineDate), new SentenceProposal(Disposal.ReparationOrder, term: Period.FromMonths(3), reparationHours: 10, accompanyingDisposals: [Disposal.YouthRehabilitationOrder, Disposal.DetentionAndTrainingOrder]))
            .Reasons.OfType<IncompatibleDisposals>().Select(r => r.Other).Should().Equal(Disposal.YouthRehabilitationOrder, Disposal.DetentionAndTrainingOrder);

    [Theory]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void Parenting_order_is_mandatory_if_desirable_under_16_and_discretionary_from_16(int age, bool mandatory)
        => Allowed(Court(FineDate, age: age), SentenceProposal.Of(Disposal.ParentingOrder)).Notes.Should().ContainSingle(n => n.RuleId == "PAR-1" && n.IsMandatory == mandatory);

    [Fact]
    public void Bind_over_of_a_parent_is_refused_with_a_referral_order()
        => Single<IncompatibleDisposals>(Refused(Court(FineDate), new SentenceProposal(Disposal.BindOverOfParent, accompanyingDisposals: [Disposal.ReferralOrder]))).RuleId.Should().Be("RO-6");

    [Fact]
    public void Absolute_discharge_is_available_on_any_conviction()
        => Allowed(Court(FineDate, age: 10, previousConvictions: 5, plea: Plea.NotGuilty), SentenceProposal.Of(Disposal.AbsoluteDischarge));

    [Fact]
    public void Court_disposal_without_a_conviction_is_refused()
    {
        var facts = new CaseFacts(new LocalDate(2009, 1, 1), new OffenceFacts(new LocalDate(2024, 1, 1), true), new LocalDate(2024, 2, 1));

        Single<ConvictionRequired>(Refused(facts, SentenceProposal.Fine(10m))).RuleId.Should().Be("CONV-1");
    }

    [Fact]
    public void Murder_allows_only_detention_at_his_majestys_pleasure()
        => Refused(Court(FineDate, fixedByLaw: true), SentenceProposal.Fine(10m)).RuleIds.Should().Equal("FBL-1");
}
