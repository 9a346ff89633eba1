using System;
using FluentAssertions;
using Xunit;
using YouthJustice.Domain.Education;
using static YouthJustice.Domain.Tests.TestSupport.Dates;

namespace YouthJustice.Domain.Tests.Education;

public class ParticipationDutyTest
{
    // Born 2007-09-23: compulsory school age ends 2024-06-28 (domain-rules §3.1), 18 on 2025-09-23.
    private static readonly NodaTime.LocalDate Dob = D("2007-09-23");
    private static readonly NodaTime.LocalDate CsaEnd = D("2024-06-28");

    [Theory]
    [InlineData("2024-06-28", false)]
    [InlineData("2024-06-29", true)]
    [InlineData("2025-09-22", true)]
    [InlineData("2025-09-23", false)]
    public void Duty_runs_from_the_day_after_compulsory_school_age_to_the_day_before_18(string date, bool applies)
        => ParticipationDuty.Applies(Dob, CsaEnd, D(date), residentInEngland: true, attainedLevel3: false).Should().Be(applies);

    [Fact]
    public void No_duty_in_wales_or_after_level_3()
    {
        ParticipationDuty.Applies(Dob, CsaEnd, D("2024-09-01"), residentInEngland: false, attainedLevel3: false).Should().BeFalse();
        ParticipationDuty.Applies(Dob, CsaEnd, D("2024-09-01"), residentInEngland: true, attainedLevel3: true).Should().BeFalse();
    }

    // Born 1997-08-31: 16 on 2013-08-31 (summer holidays), so compulsory school age ended on 2013-06-28; 18 on 2015-08-31.
    [Theory]
    [InlineData("2013-06-28", false)]
    [InlineData("2013-06-29", true)]
    [InlineData("2014-06-28", true)]
    [InlineData("2014-06-29", false)]
    [InlineData("2015-06-25", false)]
    [InlineData("2015-06-26", true)]
    [InlineData("2015-08-30", true)]
    [InlineData("2015-08-31", false)]
    public void Before_26_june_2015_the_duty_lasted_to_the_first_anniversary_of_leaving_school(string date, bool applies)
        => ParticipationDuty.Applies(D("1997-08-31"), D("2013-06-28"), D(date), residentInEngland: true, attainedLevel3: false).Should().Be(applies);

    [Fact]
    public void No_duty_before_28_june_2013()
        => ParticipationDuty.Applies(D("1996-08-31"), D("2012-06-29"), D("2013-06-27"), residentInEngland: true, attainedLevel3: false).Should().BeFalse();

    [Fact]
    public void Compulsory_school_age_ending_before_birth_is_refused()
    {
        var act = () => ParticipationDuty.Applies(Dob, D("2007-01-01"), D("2024-09-01"), true, false);

        act.Should().Throw<ArgumentException>().WithParameterName("compulsorySchoolAgeEnd");
    }
}
