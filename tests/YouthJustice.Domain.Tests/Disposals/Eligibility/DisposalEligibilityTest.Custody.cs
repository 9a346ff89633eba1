using YouthJustice.Domain.Disposals.Eligibility;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

public partial class DisposalEligibilityTest
{
    private static readonly LocalDate KnifeConviction = new(2024, 9, 2);

    [Fact]
    public void Section_250_detention_needs_the_Crown_Court()
    {
        var reason = Single<CourtNotEmpowered>(Refused(Court(KnifeConviction, age: 16, custodyThreshold: true), SentenceProposal.Of(Disposal.Section250Detention)));

        reason.RuleId.Should().Be("CC-1");
        Allowed(Court(KnifeConviction, age: 16, custodyThreshold: true, court: SentencingCourt.CrownCourt), SentenceProposal.Of(Disposal.Section250Detention));
    }

    [Fact]
    public void Detention_at_his_majestys_pleasure_needs_murder_committed_under_18()
    {
        var murderAt17 = Court(KnifeConviction, age: 17, fixedByLaw: true, court: SentencingCourt.CrownCourt);
        var robbery = Court(KnifeConviction, age: 17, court: SentencingCourt.CrownCourt);

        Allowed(murderAt17, SentenceProposal.Of(Disposal.DetentionAtHisMajestysPleasure));
        Refused(robbery, SentenceProposal.Of(Disposal.DetentionAtHisMajestysPleasure)).RuleIds.Should().Equal("DHMP-1");
    }

    [Fact]
    public void Detention_at_his_majestys_pleasure_takes_the_age_at_the_offence()
    {
        var facts = new CaseFacts(
            new LocalDate(2006, 9, 1),
            new OffenceFacts(new LocalDate(2024, 8, 31), isImprisonable: true, isFixedByLaw: true),
            new LocalDate(2025, 3, 1),
            new LocalDate(2025, 2, 1),
            SentencingCourt.CrownCourt);

        Allowed(facts, SentenceProposal.Of(Disposal.DetentionAtHisMajestysPleasure));
    }

    // Sentencing Act 2020 s.312 / s.315 (DTO-5): warnings, because the court may find exceptional circumstances.
    [Fact]
    public void Section_312_case_at_16_without_custody_is_a_warning_citing_exceptional_circumstances()
    {
        var facts = Court(KnifeConviction, age: 16, previousConvictions: 2, minimum: MinimumSentenceProvision.Section312ThreateningWithWeapon);

        var warning = Allowed(facts, SentenceProposal.Fine(100m)).Warnings.Should().ContainSingle().Subject;

        warning.RuleId.Should().Be("DTO-5");
        warning.Message.Should().Be("Sentencing Act 2020 s.312: for a 16- or 17-year-old the court must impose a detention and training order of at least 4 months unless it finds exceptional circumstances which justify not doing so; Fine does not meet the minimum.");
    }

    [Fact]
    public void Minimum_sentence_warning_uses_the_particular_circumstances_test_for_offences_before_28_June_2022()
    {
        var facts = new CaseFacts(
            new LocalDate(2006, 1, 1),
            new OffenceFacts(new LocalDate(2022, 6, 27), true, minimumSentence: MinimumSentenceProvision.Section315RepeatWeaponPossession),
            new LocalDate(2022, 8, 1),
            new LocalDate(2022, 8, 1),
            SentencingCourt.YouthCourt,
            Plea.GuiltyToAllOffences,
            previousConvictions: 1);

        Allowed(facts, SentenceProposal.Fine(100m)).Warnings.Should().ContainSingle(w => w.Message.Contains("particular circumstances which would make it unjust"));
    }

    [Fact]
    public void Minimum_sentence_is_met_by_a_dto_of_4_months_and_waived_by_an_exceptional_circumstances_finding()
    {
        var facts = Court(KnifeConviction, age: 16, custodyThreshold: true, minimum: MinimumSentenceProvision.Section312ThreateningWithWeapon);
        var excused = Court(KnifeConviction, age: 16, minimum: MinimumSentenceProvision.Section312ThreateningWithWeapon, exceptional: true);

        Allowed(facts, SentenceProposal.DetentionAndTrainingOrder(Period.FromMonths(4))).Warnings.Should().BeEmpty();
        Allowed(excused, SentenceProposal.Fine(100m)).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Section_312_does_not_apply_at_15()
        => Allowed(Court(KnifeConviction, age: 15, minimum: MinimumSentenceProvision.Section312ThreateningWithWeapon), SentenceProposal.Fine(100m)).Warnings.Should().BeEmpty();

    [Fact]
    public void Section_315_takes_the_age_at_the_offence_and_applies_from_17_July_2015()
    {
        LocalDate dob = new(2008, 5, 10);
        CaseFacts Facts(LocalDate offence, MinimumSentenceProvision provision)
            => new(dob, new OffenceFacts(offence, true, minimumSentence: provision), new LocalDate(2024, 9, 2), new LocalDate(2024, 9, 2), SentencingCourt.YouthCourt, Plea.GuiltyToAllOffences, previousConvictions: 1);

        Allowed(Facts(new LocalDate(2024, 5, 9), MinimumSentenceProvision.Section315RepeatWeaponPossession), SentenceProposal.Fine(10m)).Warnings.Should().BeEmpty();
        Allowed(Facts(new LocalDate(2024, 5, 10), MinimumSentenceProvision.Section315RepeatWeaponPossession), SentenceProposal.Fine(10m)).Warnings.Should().ContainSingle(w => w.RuleId == "DTO-5");
        Allowed(Facts(new LocalDate(2024, 5, 10), MinimumSentenceProvision.Section315RepeatCorrosiveSubstancePossession), SentenceProposal.Fine(10m)).Warnings.Should().ContainSingle(w => w.Message.Contains("s.315"));
    }
}
