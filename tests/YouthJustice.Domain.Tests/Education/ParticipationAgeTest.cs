namespace YouthJustice.Domain.Tests.Education;

public class ParticipationAgeTest
{
    private static readonly ParticipationAge Rpa = ParticipationAge.Default;

    private static bool Applies(LocalDate dob, LocalDate date) => Rpa.DutyApplies(dob, date, residentInEngland: true, hasLevel3Qualification: false);

    [Fact]
    public void Duty_starts_the_day_after_compulsory_school_age_ends_and_ends_the_day_before_the_18th_birthday()
    {
        var dob = new LocalDate(2008, 9, 1); // CSA ends 2025-06-27

        Applies(dob, new LocalDate(2025, 6, 27)).Should().BeFalse();
        Applies(dob, new LocalDate(2025, 6, 28)).Should().BeTrue();
        Applies(dob, new LocalDate(2026, 8, 31)).Should().BeTrue();
        Applies(dob, new LocalDate(2026, 9, 1)).Should().BeFalse();
    }

    [Fact]
    public void Duty_does_not_apply_in_Wales_or_after_a_level_3_qualification()
    {
        var dob = new LocalDate(2008, 9, 1);
        var date = new LocalDate(2025, 9, 1);

        Rpa.DutyApplies(dob, date, residentInEngland: false, hasLevel3Qualification: false).Should().BeFalse();
        Rpa.DutyApplies(dob, date, residentInEngland: true, hasLevel3Qualification: true).Should().BeFalse();
    }

    [Fact]
    public void Duty_did_not_exist_before_28_June_2013()
    {
        var dob = new LocalDate(1996, 12, 1); // CSA ended 2013-06-28

        Applies(new LocalDate(1995, 12, 1), new LocalDate(2013, 6, 27)).Should().BeFalse();
        Applies(dob, new LocalDate(2013, 6, 28)).Should().BeFalse(); // still of compulsory school age that day
        Applies(dob, new LocalDate(2013, 6, 29)).Should().BeTrue();
    }

    [Fact]
    public void First_phase_duty_ends_before_the_first_anniversary_of_leaving_school_age()
    {
        var dob = new LocalDate(1996, 12, 1); // left 2013-06-28; 18 on 2014-12-01

        Applies(dob, new LocalDate(2014, 6, 27)).Should().BeTrue();
        Applies(dob, new LocalDate(2014, 6, 28)).Should().BeFalse();
    }

    [Fact]
    public void From_26_June_2015_the_duty_runs_to_the_18th_birthday()
    {
        var dob = new LocalDate(1998, 12, 1); // left 2015-06-26 (last Friday in June 2015)

        Applies(dob, new LocalDate(2016, 6, 27)).Should().BeTrue();
        Applies(dob, new LocalDate(2016, 11, 30)).Should().BeTrue();
        Applies(dob, new LocalDate(2016, 12, 1)).Should().BeFalse();
        ParticipationAge.FullFrom.Should().Be(new LocalDate(2015, 6, 26));
        ParticipationAge.FirstPhaseFrom.Should().Be(new LocalDate(2013, 6, 28));
    }

    [Fact]
    public void Null_compulsory_school_age_rule_is_rejected()
    {
        var act = () => new ParticipationAge(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("compulsorySchoolAge");
    }
}
