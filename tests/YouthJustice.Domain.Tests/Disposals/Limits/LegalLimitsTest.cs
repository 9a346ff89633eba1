using YouthJustice.Domain.Disposals.Limits;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Tests.Disposals.Limits;

public class LegalLimitsTest
{
    // Built afresh for each test, not the cached LegalLimits.Default: the table is then built while the test runs,
    // so a wrong row in it fails the test (mutation testing cannot change a static value made before the test).
    private LegalLimits Limits { get; } = new(LegalTimeline.Default);

    [Fact]
    public void Every_kind_of_limit_has_a_version_in_force_today_s_law()
    {
        var today = new LocalDate(2025, 1, 1);

        foreach (var kind in LimitKind.List)
        {
            Limits.For(kind, today).Should().NotBeNull($"{kind.Name} should be law on {today}");
        }

        Limits.On(today).Should().HaveCount(LimitKind.List.Count);
    }

    [Fact]
    public void Every_version_cites_its_source()
        => Limits.All.Should().OnlyContain(l => !string.IsNullOrWhiteSpace(l.Citation) && l.Url != null && l.Url.StartsWith("http", System.StringComparison.Ordinal));

    [Fact]
    public void Versions_of_a_limit_never_overlap()
    {
        foreach (var kind in LimitKind.List)
        {
            var versions = Limits.History(kind);
            for (var i = 1; i < versions.Count; i++)
            {
                // A later version starts the day after the earlier one ends (an earlier version that never ends fails too).
                versions[i].InForceFrom.Should().Be(versions[i - 1].InForceUntil?.PlusDays(1), $"{kind} version {i} starts the day after version {i - 1} ends")
                    .And.NotBeNull();
            }
        }
    }

    [Fact]
    public void Sentencing_Code_limits_are_not_law_before_1_December_2020()
    {
        Limits.For(LimitKind.ReferralOrderLength, new LocalDate(2020, 11, 30)).Should().BeNull();
        Limits.For(LimitKind.ReferralOrderLength, new LocalDate(2020, 12, 1))!.AllowedText.Should().Be("3 to 12 months");
        Limits.On(new LocalDate(2020, 11, 30)).Select(l => l.Kind)
            .Should().Equal(LimitKind.MinimumAgeOfCriminalResponsibility, LimitKind.YouthSentenceMaximumAge);
    }

    // domain-rules §7 #1: the DTO term regime changed on 28 June 2022 (sentence date).
    [Fact]
    public void Dto_term_is_a_fixed_list_until_27_June_2022_and_any_4_to_24_months_from_28_June_2022()
    {
        var before = Limits.For(LimitKind.DetentionAndTrainingOrderTerm, new LocalDate(2022, 6, 27))!;
        var after = Limits.For(LimitKind.DetentionAndTrainingOrderTerm, new LocalDate(2022, 6, 28))!;

        before.AllowedValues.Should().Equal(4, 6, 8, 10, 12, 18, 24);
        before.Allows(5).Should().BeFalse();
        before.Allows(6).Should().BeTrue();
        before.AllowedText.Should().Be("one of 4, 6, 8, 10, 12, 18, 24 months");
        after.AllowedValues.Should().BeEmpty();
        after.Allows(5).Should().BeTrue();
        after.Allows(3).Should().BeFalse();
        after.Allows(25).Should().BeFalse();
        after.Citation.Should().Contain("PCSC 2022 s.158");
    }

    // domain-rules §7 #2: curfew 16 h/day before PCSC Sch 17 para 19, 20 h/day and 112 h/7 days after (conviction date).
    [Fact]
    public void Curfew_is_16_hours_a_day_before_and_20_hours_and_112_a_week_from_the_default_commencement()
    {
        var dayBefore = new LocalDate(2023, 7, 2);
        var dayOf = new LocalDate(2023, 7, 3);

        Limits.For(LimitKind.CurfewHoursPerDay, dayBefore)!.Maximum.Should().Be(16);
        Limits.For(LimitKind.CurfewHoursPerSevenDays, dayBefore).Should().BeNull();
        Limits.For(LimitKind.CurfewHoursPerDay, dayOf)!.Maximum.Should().Be(20);
        Limits.For(LimitKind.CurfewHoursPerDay, dayOf)!.Minimum.Should().Be(2);
        Limits.For(LimitKind.CurfewHoursPerSevenDays, dayOf)!.Maximum.Should().Be(112);
    }

    // domain-rules §7 #3: extended activity 180 days before, 365 after.
    [Fact]
    public void Extended_activity_is_at_most_180_days_before_and_365_from_the_default_commencement()
    {
        Limits.For(LimitKind.ExtendedActivityDays, new LocalDate(2023, 7, 2))!.Maximum.Should().Be(180);
        Limits.For(LimitKind.ExtendedActivityDays, new LocalDate(2023, 7, 3))!.Maximum.Should().Be(365);
    }

    [Fact]
    public void Pcsc_schedule_17_commencement_is_configurable()
    {
        var limits = new LegalLimits(new LegalTimeline(curfewChanges: new LocalDate(2022, 6, 28)));

        limits.Timeline.CurfewChanges.Should().Be(new LocalDate(2022, 6, 28));
        limits.Timeline.ExtendedActivityChanges.Should().Be(LegalTimeline.DefaultPcscSchedule17Commencement);
        limits.For(LimitKind.CurfewHoursPerDay, new LocalDate(2022, 6, 27))!.Maximum.Should().Be(16);
        limits.For(LimitKind.CurfewHoursPerDay, new LocalDate(2022, 6, 28))!.Maximum.Should().Be(20);
    }

    [Fact]
    public void Fixed_statutory_dates_are_as_the_timeline_says()
    {
        LegalTimeline.SentencingCode.Should().Be(new LocalDate(2020, 12, 1));
        LegalTimeline.YouthCautions.Should().Be(new LocalDate(2013, 4, 8));
        LegalTimeline.DtoAnyTerm.Should().Be(new LocalDate(2022, 6, 28));
        LegalTimeline.Section315.Should().Be(new LocalDate(2015, 7, 17));
        LegalTimeline.Section315CorrosiveSubstances.Should().Be(new LocalDate(2022, 4, 6));
        LegalTimeline.DefaultPcscSchedule17Commencement.Should().Be(new LocalDate(2023, 7, 3));
    }

    [Theory]
    [InlineData("ReferralOrderLength", 3, 12)]
    [InlineData("ReferralOrderExtension", null, 3)]
    [InlineData("ReferralOrderTotalLength", null, 12)]
    [InlineData("YouthRehabilitationOrderLength", null, 36)]
    [InlineData("YouthRehabilitationOrderBreachExtension", null, 6)]
    [InlineData("YouthRehabilitationOrderWithIssMinimumLength", 6, null)]
    [InlineData("UnpaidWorkMinimumAge", 16, null)]
    [InlineData("UnpaidWorkHours", 40, 240)]
    [InlineData("CurfewPeriod", null, 12)]
    [InlineData("ActivityDays", null, 90)]
    [InlineData("FosteringPeriod", null, 12)]
    [InlineData("FosteringMaximumAge", null, 17)]
    [InlineData("AttendanceCentreHoursUnder14", null, 12)]
    [InlineData("AttendanceCentreHours14To15", 12, 24)]
    [InlineData("AttendanceCentreHours16AndOver", 12, 36)]
    [InlineData("ResidenceMinimumAge", 16, null)]
    [InlineData("DetentionAndTrainingOrderMinimumAge", 12, null)]
    [InlineData("DetentionAndTrainingOrderPersistentOffenderAge", 15, null)]
    [InlineData("DetentionAndTrainingOrderConsecutiveTotal", null, 24)]
    [InlineData("MinimumSentenceDetentionAndTrainingOrderTerm", 4, null)]
    [InlineData("ReparationHours", null, 24)]
    [InlineData("ReparationPeriod", null, 3)]
    [InlineData("ConditionalDischargePeriod", null, 36)]
    [InlineData("FineUnder18", null, 1000)]
    [InlineData("FineUnder14", null, 250)]
    [InlineData("ParentMustPayAge", null, 15)]
    [InlineData("MinimumAgeOfCriminalResponsibility", 10, null)]
    [InlineData("YouthSentenceMaximumAge", null, 17)]
    public void Current_limit_has_the_statutory_bounds(string kind, int? minimum, int? maximum)
    {
        var limit = Limits.For(LimitKind.FromName(kind), new LocalDate(2024, 6, 1))!;

        limit.Minimum.Should().Be(minimum);
        limit.Maximum.Should().Be(maximum);
    }

    [Fact]
    public void Limit_describes_itself()
    {
        var limit = Limits.For(LimitKind.ReparationHours, new LocalDate(2024, 6, 1))!;

        limit.RuleId.Should().Be("REP-1");
        limit.Unit.Should().Be(LimitUnit.Hours);
        limit.AllowedText.Should().Be("at most 24 hours");
        limit.Confidence.Should().Be(Confidence.High);
        limit.ToString().Should().Be("REP-1 ReparationHours: at most 24 hours (in force 2020-12-01 to -; Sentencing Act 2020 s.111 (at most 24 hours of reparation); High)");
        Limits.For(LimitKind.UnpaidWorkMinimumAge, new LocalDate(2024, 6, 1))!.AllowedText.Should().Be("at least 16 years of age");
        Limits.For(LimitKind.CurfewHoursPerSevenDays, new LocalDate(2024, 6, 1))!.AllowedText.Should().Be("at most 112 hours in any 7 days");
    }

    [Fact]
    public void Limit_refuses_inconsistent_data()
    {
        var noBound = () => new LegalLimit(LimitKind.ReparationHours, null, null, null, null, null, "s.111", null, Confidence.High);
        var reversed = () => new LegalLimit(LimitKind.ReparationHours, 5, 4, null, null, null, "s.111", null, Confidence.High);
        var outside = () => new LegalLimit(LimitKind.ReparationHours, 4, 24, [25], null, null, "s.111", null, Confidence.High);
        var dates = () => new LegalLimit(LimitKind.ReparationHours, null, 24, null, new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1), "s.111", null, Confidence.High);
        var blank = () => new LegalLimit(LimitKind.ReparationHours, null, 24, null, null, null, " ", null, Confidence.High);

        noBound.Should().Throw<ArgumentException>().WithParameterName("maximum");
        reversed.Should().Throw<ArgumentException>().WithParameterName("maximum");
        outside.Should().Throw<ArgumentException>().WithParameterName("allowedValues");
        dates.Should().Throw<ArgumentException>().WithParameterName("inForceUntil");
        blank.Should().Throw<ArgumentException>().WithParameterName("citation");
    }

    [Fact]
    public void Limits_with_the_same_data_are_equal()
        => new LegalLimits(LegalTimeline.Default).All.Should().Equal(Limits.All);

    [Fact]
    public void Rule_ids_follow_the_spec_numbering()
    {
        LimitKind.ReferralOrderLength.RuleId.Should().Be("RO-1");
        LimitKind.ReferralOrderExtension.RuleId.Should().Be("RO-2");
        LimitKind.YouthRehabilitationOrderLength.RuleId.Should().Be("YRO-1");
        LimitKind.YouthRehabilitationOrderWithIssMinimumLength.RuleId.Should().Be("YRO-2");
        LimitKind.UnpaidWorkMinimumAge.RuleId.Should().Be("YRO-3");
        LimitKind.UnpaidWorkHours.RuleId.Should().Be("YRO-4");
        LimitKind.CurfewHoursPerDay.RuleId.Should().Be("YRO-5");
        LimitKind.ExtendedActivityDays.RuleId.Should().Be("YRO-6");
        LimitKind.FosteringPeriod.RuleId.Should().Be("YRO-7");
        LimitKind.DetentionAndTrainingOrderMinimumAge.RuleId.Should().Be("DTO-1");
        LimitKind.DetentionAndTrainingOrderPersistentOffenderAge.RuleId.Should().Be("DTO-2");
        LimitKind.DetentionAndTrainingOrderTerm.RuleId.Should().Be("DTO-3");
        LimitKind.DetentionAndTrainingOrderConsecutiveTotal.RuleId.Should().Be("DTO-4");
        LimitKind.MinimumSentenceDetentionAndTrainingOrderTerm.RuleId.Should().Be("DTO-5");
        LimitKind.DetentionAndTrainingOrderTerm.DateBasis.Should().Be(DateBasis.SentenceDate);
        LimitKind.MinimumSentenceSection315Age.DateBasis.Should().Be(DateBasis.OffenceDate);
    }

    [Fact]
    public void Limits_on_a_referral_order_in_2024_are_its_length_extension_total_and_parental_attendance_plus_age_rules()
        => Limits.On(new LocalDate(2024, 6, 1), Disposal.ReferralOrder).Select(l => l.Kind.Name).Should().Equal(
            "MinimumAgeOfCriminalResponsibility",
            "YouthSentenceMaximumAge",
            "ReferralOrderLength",
            "ReferralOrderExtension",
            "ReferralOrderTotalLength",
            "ReferralOrderParentAttendanceAge");

    [Fact]
    public void Extended_activity_constrains_only_the_yro_with_iss()
    {
        LimitKind.ExtendedActivityDays.Constrains(Disposal.YouthRehabilitationOrderWithIss).Should().BeTrue();
        LimitKind.ExtendedActivityDays.Constrains(Disposal.YouthRehabilitationOrder).Should().BeFalse();
        LimitKind.MinimumAgeOfCriminalResponsibility.Constrains(Disposal.Fine).Should().BeTrue();
    }

    [Fact]
    public void A_missing_kind_or_disposal_is_refused_by_name_not_answered_with_nothing()
    {
        var day = new LocalDate(2024, 1, 1);

        ((System.Action)(() => Limits.For(null!, day))).Should().Throw<System.ArgumentNullException>().WithParameterName("kind");
        ((System.Action)(() => Limits.History(null!))).Should().Throw<System.ArgumentNullException>().WithParameterName("kind");
        ((System.Action)(() => Limits.On(day, null!))).Should().Throw<System.ArgumentNullException>().WithParameterName("disposal");
    }
}
