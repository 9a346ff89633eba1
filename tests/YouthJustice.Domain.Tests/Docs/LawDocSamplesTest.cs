using FluentAssertions;
using NodaTime;
using Xunit;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Disposals.Limits;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Gravity;

namespace YouthJustice.Domain.Tests.Docs;

/// <summary>The code samples of docs/domain/gravity.md, school-age.md and disposals-and-eligibility.md, compiled and checked.</summary>
public class LawDocSamplesTest
{
    [Fact]
    public void Gravity_samples()
    {
        var assessment = ChildGravityMatrix.Default.Assess(
            new ChildGravityScore(3),
            [GravityFactor.Aggravating("Offence against an emergency worker")]);
        assessment.BaseScore.Value.Should().Be(3);
        assessment.FinalScore.Value.Should().Be(4);
        assessment.IndicatedOutcome.Should().Be(GravityOutcome.YouthConditionalCaution);
        ChildGravityMatrix.Default.Assess(new ChildGravityScore(5), [GravityFactor.Aggravating("Weapon")]).WasClamped.Should().BeTrue();

        const string csv = """
            offence_code,description,npcc_cgm_base,acpo_2013,verified
            TH68010,Theft from a shop,2,1,true
            """;
        var table = GravityTable.Parse(csv, "Force copy of NPCC CGM 2023 v3", new LocalDate(2023, 10, 1), effectiveUntil: null).AsT0;
        table.Find("TH68010").Switch(
            entry => entry.ChildGravityBaseScore.ToString().Should().Be("CGM 2"),
            unknown => unknown.Should().BeNull());
        table.Find("XX00000").IsT1.Should().BeTrue();
    }

    [Fact]
    public void School_age_samples()
    {
        var csa = CompulsorySchoolAge.Default;
        csa.EndDate(new LocalDate(2007, 9, 23)).Should().Be(new LocalDate(2024, 6, 28));
        csa.EndDate(new LocalDate(2008, 8, 31)).Should().Be(new LocalDate(2024, 6, 28));
        csa.EndDate(new LocalDate(2008, 9, 1)).Should().Be(new LocalDate(2025, 6, 27));
        CompulsorySchoolAge.SchoolLeavingDate(2028).Should().Be(new LocalDate(2028, 6, 30));
        CompulsorySchoolAge.StartDate(new LocalDate(2019, 1, 15)).Should().Be(new LocalDate(2024, 3, 31));
        csa.IsOfCompulsorySchoolAge(new LocalDate(2007, 9, 23), new LocalDate(2024, 6, 28)).Should().BeTrue();
        csa.IsAboveCompulsorySchoolAge(new LocalDate(2007, 9, 23), new LocalDate(2024, 6, 29)).Should().BeTrue();
        new CompulsorySchoolAge(new AnnualDate(9, 4)).EndDate(new LocalDate(2008, 9, 3)).Should().Be(new LocalDate(2024, 6, 28));

        ParticipationAge.Default.DutyApplies(new LocalDate(2008, 9, 1), new LocalDate(2025, 9, 1), residentInEngland: true, hasLevel3Qualification: false).Should().BeTrue();
        ParticipationAge.Default.DutyApplies(new LocalDate(1996, 12, 1), new LocalDate(2014, 6, 28), residentInEngland: true, hasLevel3Qualification: false).Should().BeFalse();
    }

    [Fact]
    public void Disposals_and_eligibility_samples()
    {
        var limits = LegalLimits.Default;
        limits.For(LimitKind.DetentionAndTrainingOrderTerm, new LocalDate(2022, 6, 27))!.AllowedText.Should().Be("one of 4, 6, 8, 10, 12, 18, 24 months");
        limits.For(LimitKind.DetentionAndTrainingOrderTerm, new LocalDate(2022, 6, 28))!.AllowedText.Should().Be("4 to 24 months");
        limits.For(LimitKind.CurfewHoursPerDay, new LocalDate(2023, 7, 2))!.Maximum.Should().Be(16);
        limits.For(LimitKind.CurfewHoursPerDay, new LocalDate(2023, 7, 3))!.Maximum.Should().Be(20);
        limits.On(new LocalDate(2024, 6, 1), Disposal.ReferralOrder).Should().HaveCount(6);
        limits.History(LimitKind.ExtendedActivityDays).Should().HaveCount(2);

        var mine = new LegalLimits(new LegalTimeline(curfewChanges: new LocalDate(2022, 6, 28)));
        var checker = new DisposalEligibility(mine, CompulsorySchoolAge.Default);
        checker.Limits.Timeline.CurfewChanges.Should().Be(new LocalDate(2022, 6, 28));

        var dto = new DetentionAndTrainingOrderSchedule(new LocalDate(2024, 1, 1), Period.FromMonths(12));
        dto.End.Should().Be(new LocalDate(2024, 12, 31));
        dto.HalfwayPoint.Should().Be(new LocalDate(2024, 7, 2));
        (dto.EarlyReleaseWindow!.Start, dto.EarlyReleaseWindow.End).Should().Be((new LocalDate(2024, 6, 2), new LocalDate(2024, 7, 2)));
        dto.LateReleaseDates.Should().Equal(new LocalDate(2024, 8, 2));

        var facts = new CaseFacts(
            dateOfBirth: new LocalDate(2009, 11, 2),
            offence: new OffenceFacts(new LocalDate(2023, 12, 1), isImprisonable: true),
            sentenceDate: new LocalDate(2024, 1, 10),
            convictionDate: new LocalDate(2024, 1, 10),
            court: SentencingCourt.YouthCourt,
            plea: Plea.GuiltyToAllOffences,
            previousConvictions: 0);
        ReferralOrderRules.IsCompulsory(facts).Holds.Should().BeTrue();
        DisposalEligibility.Default.Check(facts, SentenceProposal.ReferralOrder(Period.FromMonths(13))).Switch(
            eligible => eligible.Should().BeNull(),
            refused => refused.Reasons[0].Message.Should().StartWith("RO-1: the term 13 months from 2024-01-10 to 2025-02-10 is not allowed; allowed: 3 to 12 months (Sentencing Act 2020"));
        var yro = SentenceProposal.YouthRehabilitationOrder(
            Disposal.YouthRehabilitationOrder, new LocalDate(2024, 1, 10), new LocalDate(2025, 1, 9),
            [ProposedRequirement.Of(YroRequirement.Supervision)]);
        DisposalEligibility.Default.Check(facts, yro).AsT1.Reasons[0].Should().BeOfType<MandatoryReferralOrderConditionsMet>();

        var second = new CaseFacts(
            new LocalDate(2007, 11, 2), new OffenceFacts(new LocalDate(2023, 12, 1), true), new LocalDate(2024, 1, 10),
            new LocalDate(2024, 1, 10), SentencingCourt.YouthCourt, Plea.GuiltyToSomeOffences, previousConvictions: 2);
        ReferralOrderRules.IsCompulsory(second).Holds.Should().BeFalse();
        ReferralOrderRules.IsAvailable(second).Holds.Should().BeTrue();
        ReferralOrderRules.IsCompulsory(second).Summary.Should().StartWith("RO-4 does not hold (Sentencing Act 2020 s.85");
    }
}
