using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

public partial class DisposalEligibilityTest
{
    private static CaseFacts OutOfCourt(LocalDate given, int age = 14, bool admits = true, LocalDate? dateOfBirth = null)
        => new(dateOfBirth ?? given.PlusYears(-age).PlusMonths(-2), new OffenceFacts(given.PlusDays(-10), isImprisonable: true), given, admitsOffence: admits);

    [Theory]
    [InlineData("YouthCaution")]
    [InlineData("YouthConditionalCaution")]
    public void Youth_cautions_are_available_from_8_April_2013(string disposal)
    {
        var d = Disposal.FromName(disposal);

        var reason = Single<LawNotInForce>(Refused(OutOfCourt(new LocalDate(2013, 4, 7)), SentenceProposal.Of(d)));
        reason.RuleId.Should().Be("LAW-1");
        reason.InForceFrom.Should().Be(new LocalDate(2013, 4, 8));
        Allowed(OutOfCourt(new LocalDate(2013, 4, 8)), SentenceProposal.Of(d));
    }

    [Fact]
    public void Youth_caution_needs_an_admission()
        => Single<AdmissionRequired>(Refused(OutOfCourt(new LocalDate(2024, 1, 1), admits: false), SentenceProposal.Of(Disposal.YouthCaution))).RuleId.Should().Be("OOCD-1");

    [Fact]
    public void Youth_caution_is_refused_once_the_child_is_18_on_the_day_it_would_be_given()
    {
        var reason = Single<TooOld>(Refused(OutOfCourt(new LocalDate(2024, 1, 1), age: 18), SentenceProposal.Of(Disposal.YouthConditionalCaution)));

        reason.Basis.Should().Be(DateBasis.SentenceDate);
        reason.Message.Should().Be("AGE-2: YouthConditionalCaution needs the child to be at most 17; aged 18 on the sentence date 2024-01-01 (Sentencing Act 2020 ss.84, 110, 179, 234 (aged under 18 when convicted); Crime and Disorder Act 1998 ss.66ZA, 66A (a child or young person)).");
    }

    [Fact]
    public void Outcome_22_needs_no_admission_and_exists_from_1_April_2019()
    {
        Allowed(OutOfCourt(new LocalDate(2019, 4, 1), admits: false), SentenceProposal.Of(Disposal.Outcome22));
        Refused(OutOfCourt(new LocalDate(2019, 3, 31)), SentenceProposal.Of(Disposal.Outcome22)).RuleIds.Should().Equal("LAW-1");
    }

    [Fact]
    public void Community_resolution_needs_an_acceptance_of_responsibility()
        => Refused(OutOfCourt(new LocalDate(2024, 1, 1), admits: false), SentenceProposal.Of(Disposal.CommunityResolution)).RuleIds.Should().Equal("OOCD-1");

    [Fact]
    public void Child_under_10_at_the_offence_cannot_receive_any_disposal()
    {
        var dob = new LocalDate(2014, 1, 11);
        var facts = new CaseFacts(dob, new OffenceFacts(new LocalDate(2024, 1, 10), true), new LocalDate(2024, 2, 1), admitsOffence: true);

        var reason = Single<TooYoung>(Refused(facts, SentenceProposal.Of(Disposal.YouthCaution)));
        reason.RuleId.Should().Be("AGE-1");
        reason.Age.Should().Be(9);
        reason.Basis.Should().Be(DateBasis.OffenceDate);
    }

    [Fact]
    public void Offence_on_the_10th_birthday_is_within_criminal_responsibility()
        => Allowed(new CaseFacts(new LocalDate(2014, 1, 10), new OffenceFacts(new LocalDate(2024, 1, 10), true), new LocalDate(2024, 2, 1), admitsOffence: true), SentenceProposal.Of(Disposal.YouthCaution));

    [Fact]
    public void No_further_action_is_always_available()
        => Allowed(OutOfCourt(new LocalDate(2010, 1, 1), admits: false), SentenceProposal.Of(Disposal.NoFurtherAction));
}
