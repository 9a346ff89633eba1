using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Tests.Disposals.Eligibility;

public partial class DisposalEligibilityTest
{
    private static readonly LocalDate YroMade = new(2024, 3, 1);

    private static SentenceProposal Yro(LocalDate end, params ProposedRequirement[] requirements)
        => SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrder, YroMade, end, requirements.Length == 0 ? [ProposedRequirement.Of(YroRequirement.Supervision)] : requirements);

    private static SentenceProposal Iss(LocalDate end, params ProposedRequirement[] extra)
        => SentenceProposal.YouthRehabilitationOrder(
            Disposal.YouthRehabilitationOrderWithIss,
            YroMade,
            end,
            new[] { ProposedRequirement.ExtendedActivity(120), ProposedRequirement.Of(YroRequirement.Supervision), ProposedRequirement.Curfew([8m, 8m, 8m, 8m, 8m, 8m, 8m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring) }.Concat(extra));

    private static CaseFacts YroCase(int age = 16, LocalDate? conviction = null, LocalDate? dateOfBirth = null, bool custodyThreshold = true, bool persistentOffender = false)
        => Court(conviction ?? YroMade, age: age, previousConvictions: 2, custodyThreshold: custodyThreshold, persistentOffender: persistentOffender, dateOfBirth: dateOfBirth);

    // domain-rules §8 example 7.
    [Fact]
    public void Yro_ending_3_years_after_it_is_made_is_allowed()
        => Allowed(YroCase(), Yro(new LocalDate(2027, 3, 1)));

    [Fact]
    public void Yro_ending_3_years_and_1_day_after_it_is_made_is_rejected()
    {
        var reason = Single<TermNotAllowed>(Refused(YroCase(), Yro(new LocalDate(2027, 3, 2))));

        reason.RuleId.Should().Be("YRO-1");
        reason.LatestEnd.Should().Be(new LocalDate(2027, 3, 1));
        reason.Message.Should().Be("YRO-1: the term from 2024-03-01 to 2027-03-02 is not allowed; allowed: at most 36 months (Sentencing Act 2020 s.187 (end date at most 3 years after the order takes effect)).");
    }

    [Fact]
    public void Yro_with_iss_ending_within_6_months_is_rejected()
    {
        var reason = Single<TermNotAllowed>(Refused(YroCase(), Iss(new LocalDate(2024, 8, 31))));

        reason.RuleId.Should().Be("YRO-2");
        reason.EarliestEnd.Should().Be(new LocalDate(2024, 9, 1));
        Allowed(YroCase(), Iss(new LocalDate(2024, 9, 1)));
    }

    [Fact]
    public void Breach_extension_of_up_to_6_months_may_take_the_order_past_3_years()
    {
        var withSix = new SentenceProposal(Disposal.YouthRehabilitationOrder, endDate: new LocalDate(2027, 3, 1), takesEffect: YroMade, requirements: [ProposedRequirement.Of(YroRequirement.Supervision)], breachExtension: Period.FromMonths(6));
        var withSeven = new SentenceProposal(Disposal.YouthRehabilitationOrder, endDate: new LocalDate(2027, 3, 1), takesEffect: YroMade, requirements: [ProposedRequirement.Of(YroRequirement.Supervision)], breachExtension: Period.FromMonths(7));

        Allowed(YroCase(), withSix);
        var reason = Single<TermNotAllowed>(Refused(YroCase(), withSeven));
        reason.RuleId.Should().Be("YRO-1");
        reason.Limit.Kind.Should().Be(LimitKind.YouthRehabilitationOrderBreachExtension);
    }

    [Fact]
    public void Yro_needs_at_least_one_requirement()
        => Single<RequirementMissing>(Refused(YroCase(), SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrder, YroMade, YroMade.PlusMonths(6), []))).RuleId.Should().Be("YRO-13");

    // domain-rules §8 example 8.
    [Fact]
    public void Unpaid_work_for_a_child_convicted_the_day_before_the_16th_birthday_is_rejected()
    {
        var dob = new LocalDate(2008, 3, 2);

        var reason = Single<RequirementNotAvailable>(Refused(YroCase(dateOfBirth: dob, conviction: new LocalDate(2024, 3, 1)), Yro(new LocalDate(2025, 3, 1), ProposedRequirement.UnpaidWork(100))));

        reason.RuleId.Should().Be("YRO-3");
        reason.Requirement.Should().Be(YroRequirement.UnpaidWork);
        reason.Message.Should().Be("YRO-3: UnpaidWork is not available: only for a child aged 16 or over when convicted; aged 15 on 2024-03-01 (Sentencing Act 2020 s.185(2) (unpaid work only if aged 16 or 17 when convicted)).");
    }

    [Fact]
    public void Unpaid_work_for_a_child_convicted_on_the_16th_birthday_is_allowed()
        => Allowed(YroCase(dateOfBirth: new LocalDate(2008, 3, 1), conviction: new LocalDate(2024, 3, 1)), Yro(new LocalDate(2025, 3, 1), ProposedRequirement.UnpaidWork(100)));

    [Fact]
    public void Unpaid_work_for_a_child_born_on_29_February_turns_on_the_leap_day_birthday()
    {
        var dob = new LocalDate(2008, 2, 29);
        var proposal = Yro(new LocalDate(2025, 2, 28), ProposedRequirement.UnpaidWork(100));

        Refused(YroCase(dateOfBirth: dob, conviction: new LocalDate(2024, 2, 28)), proposal).RuleIds.Should().Equal("YRO-3");
        Allowed(YroCase(dateOfBirth: dob, conviction: new LocalDate(2024, 2, 29)), proposal);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(240)]
    public void Unpaid_work_of_40_or_240_hours_is_allowed(int hours)
        => Allowed(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.UnpaidWork(hours)));

    [Fact]
    public void Unpaid_work_of_39_hours_is_rejected()
    {
        var reason = Single<RequirementUnderLimit>(Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.UnpaidWork(39))));

        reason.RuleId.Should().Be("YRO-4");
        reason.Value.Should().Be(39m);
        reason.Message.Should().Be("YRO-4: UnpaidWork of 39 hours is under the limit; allowed: 40 to 240 hours (Sentencing Act 2020 Sch 6 Pt 3 (40 to 240 hours in aggregate)).");
    }

    [Fact]
    public void Unpaid_work_of_241_hours_is_rejected()
    {
        var reason = Single<RequirementOverLimit>(Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.UnpaidWork(241))));

        reason.RuleId.Should().Be("YRO-4");
        reason.Value.Should().Be(241m);
        reason.Limit.Maximum.Should().Be(240);
    }

    // domain-rules §8 example 9 and §7 #2.
    [Fact]
    public void Curfew_of_17_hours_a_day_is_rejected_for_a_conviction_before_the_pcsc_change()
    {
        var facts = YroCase(conviction: new LocalDate(2023, 7, 2));
        var proposal = SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrder, new LocalDate(2023, 7, 2), new LocalDate(2024, 7, 1), [ProposedRequirement.Curfew([17m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring)]);

        var reason = Single<RequirementOverLimit>(Refused(facts, proposal));

        reason.RuleId.Should().Be("YRO-5");
        reason.Value.Should().Be(17m);
        reason.Limit.Maximum.Should().Be(16);
    }

    [Fact]
    public void Curfew_of_16_hours_a_day_is_allowed_before_the_pcsc_change()
        => Allowed(YroCase(conviction: new LocalDate(2023, 7, 2)), SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrder, new LocalDate(2023, 7, 2), new LocalDate(2024, 7, 1), [ProposedRequirement.Curfew([16m, 16m, 16m, 16m, 16m, 16m, 16m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring)]));

    [Fact]
    public void Curfew_of_20_hours_on_5_days_a_week_is_allowed_after_the_pcsc_change()
        => Allowed(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.Curfew([20m, 20m, 20m, 20m, 20m, 0m, 0m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring)));

    [Fact]
    public void Curfew_of_20_hours_on_6_days_a_week_is_rejected_after_the_pcsc_change()
    {
        var reason = Single<RequirementOverLimit>(Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.Curfew([20m, 20m, 20m, 20m, 20m, 20m, 0m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring))));

        reason.RuleId.Should().Be("YRO-5");
        reason.Value.Should().Be(120m);
        reason.Limit.Kind.Should().Be(LimitKind.CurfewHoursPerSevenDays);
    }

    [Fact]
    public void Curfew_weeks_are_checked_as_any_7_consecutive_days()
    {
        var fortnight = new[] { 20m, 20m, 20m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 20m, 20m, 20m, 20m, 20m, 20m, 0m };

        Single<RequirementOverLimit>(Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.Curfew(fortnight), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring)))).Value.Should().Be(120m);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(1)]
    public void Curfew_day_outside_2_to_20_hours_is_rejected_after_the_pcsc_change(int hours)
        => Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.Curfew([hours]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring))).RuleIds.Should().Equal("YRO-5");

    [Fact]
    public void Curfew_regime_follows_a_configured_commencement_date()
    {
        var checker = new DisposalEligibility(new LegalLimits(new LegalTimeline(curfewChanges: new LocalDate(2024, 3, 2))), YouthJustice.Domain.Education.CompulsorySchoolAge.Default);
        var proposal = Yro(YroMade.PlusYears(1), ProposedRequirement.Curfew([18m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring));

        checker.Check(YroCase(), proposal).AsT1.RuleIds.Should().Equal("YRO-5");
        checker.Check(YroCase(conviction: new LocalDate(2024, 3, 2)), proposal).IsT0.Should().BeTrue();
    }

    [Fact]
    public void Curfew_running_past_12_months_is_rejected()
    {
        var days = Enumerable.Repeat(8m, 367).ToArray();

        var reason = Single<TermNotAllowed>(Refused(YroCase(), Yro(YroMade.PlusYears(2), ProposedRequirement.Curfew(days), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring))));

        reason.RuleId.Should().Be("YRO-5");
        reason.Requirement.Should().Be(YroRequirement.Curfew);
    }

    [Fact]
    public void Curfew_without_electronic_monitoring_gives_a_warning()
        => Allowed(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.Curfew([10m]))).Warnings.Should().ContainSingle(w => w.RuleId == "YRO-14");

    [Fact]
    public void Activity_over_90_days_without_iss_is_rejected()
        => Single<RequirementOverLimit>(Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.Activity(91)))).RuleId.Should().Be("YRO-6");

    [Fact]
    public void Extended_activity_without_iss_is_rejected()
        => Single<RequirementNotAvailable>(Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.ExtendedActivity(120)))).RuleId.Should().Be("YRO-6");

    // §7 #3: extended activity 180 days before the PCSC change, 365 after.
    [Fact]
    public void Extended_activity_of_181_days_is_rejected_before_and_allowed_after_the_pcsc_change()
    {
        var before = new LocalDate(2023, 7, 2);
        var proposal = SentenceProposal.YouthRehabilitationOrder(
            Disposal.YouthRehabilitationOrderWithIss, before, before.PlusYears(1),
            [ProposedRequirement.ExtendedActivity(181), ProposedRequirement.Of(YroRequirement.Supervision), ProposedRequirement.Curfew([8m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring)]);

        Single<RequirementOverLimit>(Refused(YroCase(conviction: before), proposal)).Limit.Maximum.Should().Be(180);
        Allowed(YroCase(), Iss(YroMade.PlusYears(1)));
        Allowed(YroCase(), SentenceProposal.YouthRehabilitationOrder(
            Disposal.YouthRehabilitationOrderWithIss, YroMade, YroMade.PlusYears(1),
            [ProposedRequirement.ExtendedActivity(365), ProposedRequirement.Of(YroRequirement.Supervision), ProposedRequirement.Curfew([8m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring)]));
        Single<RequirementOverLimit>(Refused(YroCase(), SentenceProposal.YouthRehabilitationOrder(
            Disposal.YouthRehabilitationOrderWithIss, YroMade, YroMade.PlusYears(1),
            [ProposedRequirement.ExtendedActivity(366), ProposedRequirement.Of(YroRequirement.Supervision), ProposedRequirement.Curfew([8m]), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring)]))).Limit.Maximum.Should().Be(365);
    }

    [Fact]
    public void Iss_needs_an_imprisonable_offence_the_custody_opinion_and_a_persistent_offender_finding_under_15()
    {
        var facts = Court(YroMade, age: 14, imprisonable: false, custodyThreshold: false, previousConvictions: 2);

        var refused = Refused(facts, Iss(YroMade.PlusYears(1)));

        refused.RuleIds.Should().Equal("YRO-11", "YRO-11", "YRO-11");
        refused.Reasons.Select(r => r.GetType().Name).Should().Equal("OffenceNotImprisonable", "FindingRequired", "PersistentOffenderFindingRequired");
    }

    [Fact]
    public void Iss_needs_extended_activity_supervision_and_curfew()
    {
        var proposal = SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrderWithIss, YroMade, YroMade.PlusYears(1), [ProposedRequirement.Of(YroRequirement.Programme)]);

        Refused(YroCase(), proposal).Reasons.OfType<RequirementMissing>().Select(r => r.Requirement!.Name)
            .Should().Equal("ExtendedActivity", "Supervision", "Curfew");
    }

    // §7 #13: weekly ISS hours are not validated.
    [Fact]
    public void Iss_is_not_checked_for_weekly_hours()
        => Allowed(YroCase(), Iss(YroMade.PlusYears(1)));

    [Fact]
    public void Fostering_requirement_is_only_for_a_yro_with_fostering()
        => Single<RequirementNotAvailable>(Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.ForPeriod(YroRequirement.Fostering, YroMade, YroMade.PlusMonths(6))))).RuleId.Should().Be("YRO-7");

    [Fact]
    public void Fostering_over_12_months_or_past_the_18th_birthday_is_rejected()
    {
        var facts = new CaseFacts(
            new LocalDate(2007, 1, 1),
            new OffenceFacts(new LocalDate(2024, 1, 1), true),
            YroMade,
            YroMade,
            SentencingCourt.YouthCourt,
            Plea.GuiltyToAllOffences,
            previousConvictions: 2,
            custodyThresholdMet: true,
            fosteringConditionsMet: true);
        SentenceProposal Fostering(LocalDate end)
            => SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrderWithFostering, YroMade, YroMade.PlusYears(1), [ProposedRequirement.ForPeriod(YroRequirement.Fostering, YroMade, end)]);

        Allowed(facts, Fostering(new LocalDate(2024, 12, 31)));
        Single<RequirementOverLimit>(Refused(facts, Fostering(new LocalDate(2025, 1, 1)))).Value.Should().Be(18m);
        var tooLong = Refused(facts, SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrderWithFostering, YroMade, YroMade.PlusYears(2), [ProposedRequirement.ForPeriod(YroRequirement.Fostering, YroMade, new LocalDate(2025, 3, 2))]));
        tooLong.Reasons.OfType<TermNotAllowed>().Should().ContainSingle(r => r.RuleId == "YRO-7" && r.Requirement == YroRequirement.Fostering);
    }

    [Fact]
    public void Yro_with_fostering_needs_the_fostering_conditions_and_a_fostering_requirement()
    {
        var refused = Refused(YroCase(), SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrderWithFostering, YroMade, YroMade.PlusYears(1), [ProposedRequirement.Of(YroRequirement.Supervision)]));

        refused.RuleIds.Should().Equal("YRO-7", "YRO-7");
        refused.Reasons[0].Should().BeOfType<RequirementMissing>();
        refused.Reasons[1].Should().BeOfType<FindingRequired>();
    }

    [Fact]
    public void Electronic_monitoring_alone_is_rejected()
        => Single<RequirementNotAvailable>(Refused(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.Of(YroRequirement.ElectronicComplianceMonitoring)))).RuleId.Should().Be("YRO-8");

    [Fact]
    public void Whereabouts_monitoring_is_only_for_convictions_after_the_pcsc_change()
    {
        var before = new LocalDate(2023, 7, 2);
        var proposal = SentenceProposal.YouthRehabilitationOrder(Disposal.YouthRehabilitationOrder, before, before.PlusYears(1), [ProposedRequirement.Of(YroRequirement.Supervision), ProposedRequirement.Of(YroRequirement.ElectronicWhereaboutsMonitoring)]);

        Single<RequirementNotAvailable>(Refused(YroCase(conviction: before), proposal)).RuleId.Should().Be("YRO-12");
        Allowed(YroCase(), Yro(YroMade.PlusYears(1), ProposedRequirement.Of(YroRequirement.Supervision), ProposedRequirement.Of(YroRequirement.ElectronicWhereaboutsMonitoring)));
    }

    [Theory]
    [InlineData(13, 12, true)]
    [InlineData(13, 13, false)]
    [InlineData(14, 24, true)]
    [InlineData(14, 25, false)]
    [InlineData(15, 11, false)]
    [InlineData(16, 36, true)]
    [InlineData(16, 37, false)]
    public void Attendance_centre_hours_depend_on_age_at_conviction(int age, int hours, bool allowed)
        => Check(YroCase(age: age, persistentOffender: true), Yro(YroMade.PlusYears(1), ProposedRequirement.AttendanceCentre(hours))).IsT0.Should().Be(allowed);

    [Fact]
    public void Residence_requirement_needs_the_child_to_be_16()
    {
        Single<RequirementNotAvailable>(Refused(YroCase(age: 15), Yro(YroMade.PlusYears(1), ProposedRequirement.Of(YroRequirement.Residence)))).RuleId.Should().Be("YRO-10");
        Allowed(YroCase(age: 16), Yro(YroMade.PlusYears(1), ProposedRequirement.Of(YroRequirement.Residence)));
    }

    [Fact]
    public void Low_confidence_requirement_limits_are_warnings_not_reasons()
    {
        var facts = YroCase(age: 17);
        var proposal = Yro(
            YroMade.PlusYears(1),
            ProposedRequirement.ForPeriod(YroRequirement.Exclusion, YroMade, YroMade.PlusMonths(4)),
            ProposedRequirement.ForPeriod(YroRequirement.LocalAuthorityResidence, YroMade, YroMade.PlusMonths(7)),
            ProposedRequirement.Of(YroRequirement.Education),
            ProposedRequirement.Of(YroRequirement.DrugTesting));

        Allowed(facts, proposal).Warnings.Select(w => w.RuleId).Should().Equal("YRO-15", "YRO-16", "YRO-17", "YRO-18");
    }
}
