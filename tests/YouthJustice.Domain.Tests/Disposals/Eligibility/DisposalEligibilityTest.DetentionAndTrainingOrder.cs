using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

public partial class DisposalEligibilityTest
{
    private static readonly LocalDate DtoConviction = new(2024, 5, 1);

    private static CaseFacts Custody(int age = 16, LocalDate? conviction = null, bool persistentOffender = false, LocalDate? dateOfBirth = null)
        => Court(conviction ?? DtoConviction, age: age, persistentOffender: persistentOffender, custodyThreshold: true, dateOfBirth: dateOfBirth, previousConvictions: 3);

    // domain-rules §8 example 4.
    [Fact]
    public void Detention_and_training_order_is_unavailable_to_a_child_convicted_at_11()
    {
        var refused = Refused(Custody(age: 11, persistentOffender: true), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(4)));

        var reason = Single<TooYoung>(refused);
        reason.RuleId.Should().Be("DTO-1");
        reason.Age.Should().Be(11);
        reason.MinimumAge.Should().Be(12);
        reason.Message.Should().Be("DTO-1: A detention and training order needs the child to be at least 12; aged 11 on the conviction date 2024-05-01 (Sentencing Act 2020 s.234(1)(a) (aged under 18, but at least 12, when convicted)).");
    }

    [Fact]
    public void Detention_and_training_order_for_a_child_convicted_at_13_without_a_persistent_offender_finding_is_rejected()
    {
        var reason = Single<PersistentOffenderFindingRequired>(Refused(Custody(age: 13), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(4))));

        reason.RuleId.Should().Be("DTO-2");
        reason.Age.Should().Be(13);
        reason.AgeFromWhichNoFindingIsNeeded.Should().Be(15);
    }

    [Fact]
    public void Detention_and_training_order_for_a_child_convicted_at_13_with_a_persistent_offender_finding_is_allowed()
        => Allowed(Custody(age: 13, persistentOffender: true), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(4)));

    [Fact]
    public void Child_born_on_29_February_turns_15_on_1_March_for_the_persistent_offender_rule()
    {
        var dob = new LocalDate(2008, 2, 29);
        var proposal = SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(4));

        Refused(Custody(conviction: new LocalDate(2023, 2, 28), dateOfBirth: dob), proposal).RuleIds.Should().Equal("DTO-2");
        Allowed(Custody(conviction: new LocalDate(2023, 3, 1), dateOfBirth: dob), proposal);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(24)]
    public void Detention_and_training_order_of_4_or_24_months_is_allowed(int months)
        => Allowed(Custody(), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(months)));

    [Theory]
    [InlineData(3)]
    [InlineData(25)]
    public void Detention_and_training_order_of_3_or_25_months_is_refused(int months)
    {
        var reason = Single<TermNotAllowed>(Refused(Custody(), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(months))));

        reason.RuleId.Should().Be("DTO-3");
        reason.Limit.AllowedText.Should().Be("4 to 24 months");
    }

    // domain-rules §8 example 5 and §7 #1: the term regime depends on the sentence date.
    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    public void Odd_month_dto_is_refused_when_sentenced_on_27_June_2022(int months)
    {
        var facts = Custody(conviction: new LocalDate(2022, 6, 27));

        var reason = Single<TermNotAllowed>(Refused(facts, SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(months))));

        reason.RuleId.Should().Be("DTO-3");
        reason.Limit.AllowedValues.Should().Equal(4, 6, 8, 10, 12, 18, 24);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    public void Odd_month_dto_is_allowed_when_sentenced_on_28_June_2022(int months)
        => Allowed(Custody(conviction: new LocalDate(2022, 6, 28)), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(months)));

    [Fact]
    public void Regime_follows_the_sentence_date_not_the_conviction_date()
    {
        var facts = Court(new LocalDate(2022, 6, 20), age: 16, custodyThreshold: true, sentence: new LocalDate(2022, 6, 28));

        Allowed(facts, SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(7)));
    }

    [Theory]
    [InlineData("2022-06-27")]
    [InlineData("2022-06-28")]
    public void Dto_of_25_months_is_refused_on_any_date(string sentenced)
    {
        var date = LocalDate.FromDateTime(System.DateTime.Parse(sentenced, System.Globalization.CultureInfo.InvariantCulture));

        Single<TermNotAllowed>(Refused(Custody(conviction: date), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(25)))).RuleId.Should().Be("DTO-3");
    }

    [Fact]
    public void Dto_with_days_is_refused_under_the_fixed_list_and_allowed_after()
    {
        var term = Period.FromMonths(4) + Period.FromDays(10);

        Refused(Custody(conviction: new LocalDate(2022, 6, 27)), SentenceProposal.DetentionAndTrainingOrder(term)).RuleIds.Should().Equal("DTO-3");
        Allowed(Custody(conviction: new LocalDate(2022, 6, 28)), SentenceProposal.DetentionAndTrainingOrder(term));
    }

    [Fact]
    public void Consecutive_dtos_over_24_months_in_total_are_refused()
    {
        var reason = Single<TermNotAllowed>(Refused(Custody(), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(12), [Period.FromMonths(8), Period.FromMonths(6)])));

        reason.RuleId.Should().Be("DTO-4");
        reason.Term.Should().Be(Period.FromMonths(26));
        Allowed(Custody(), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(12), [Period.FromMonths(12)]));
    }

    [Fact]
    public void Dto_needs_an_imprisonable_offence_and_the_custody_threshold()
    {
        var facts = Court(DtoConviction, age: 16, imprisonable: false, custodyThreshold: false);

        var refused = Refused(facts, SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(4)));

        refused.RuleIds.Should().Equal("DTO-6", "DTO-7");
        refused.Reasons[0].Should().BeOfType<OffenceNotImprisonable>();
        refused.Reasons[1].Should().BeOfType<FindingRequired>().Which.Message.Should().StartWith("DTO-7: the court must find that the offence is so serious");
    }

    [Fact]
    public void Every_reason_is_reported_not_only_the_first()
    {
        var facts = Court(DtoConviction, age: 11, imprisonable: false, custodyThreshold: false);

        Refused(facts, SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(25))).RuleIds
            .Should().Equal("DTO-1", "DTO-2", "DTO-6", "DTO-7", "DTO-3");
    }

    [Fact]
    public void Dto_cannot_accompany_detention_under_section_250()
        => Single<IncompatibleDisposals>(Refused(Custody(), new SentenceProposal(Disposal.DetentionAndTrainingOrder, term: Period.FromMonths(6), accompanyingDisposals: [Disposal.Section250Detention])))
            .RuleId.Should().Be("DTO-8");

    [Fact]
    public void Dto_for_a_child_aged_18_at_conviction_is_refused()
        => Single<TooOld>(Refused(Custody(age: 18), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(6)))).RuleId.Should().Be("AGE-2");

    [Fact]
    public void Conviction_before_the_Sentencing_Code_is_law_not_in_force()
    {
        var reason = Single<LawNotInForce>(Refused(Custody(conviction: new LocalDate(2020, 11, 30)), SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(6))));

        reason.RuleId.Should().Be("SC-1");
        reason.InForceFrom.Should().Be(new LocalDate(2020, 12, 1));
        reason.Message.Should().StartWith("SC-1: The Sentencing Code was not in force on the conviction date 2020-11-30; in force from 2020-12-01");
    }

    [Fact]
    public void Intervention_halves_of_a_dto_are_not_disposals()
        => Single<NotALegalOutcome>(Refused(Custody(), SentenceProposal.Of(Disposal.DetentionAndTrainingOrderCustody))).RuleId.Should().Be("DISP-1");

    [Fact]
    public void Limits_used_for_a_dto_come_from_the_catalogue()
        => LegalLimits.Default.For(LimitKind.DetentionAndTrainingOrderTerm, new LocalDate(2022, 6, 27))!.AllowedValues.Should().Contain(10);
}
