using YouthJustice.Domain.Education;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2c: hours offered a week, summed over the records open, against the full-time thresholds (25 at school age, 16 above).</summary>
public class EteHoursOfferedTest
{
    [Fact]
    public void School_age_child_offered_15_and_10_hours_is_offered_full_time()
    {
        // kpi-rules §9.3: two ETE records at the end offering 15 h and 10 h = 25 h a week.
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-09-01", null, EteProvision.SchoolPartTime, Suitability.Suitable, offered: 15m)
            .Ete("2023-09-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Suitable, offered: 10m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.partTime").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2c.atEnd.schoolAgeFullTime").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.aboveSchoolAgeFullTime").Should().Be(new Fraction(0, 0));
        F(result, "kpi2.2c.atStart.fullTime").Should().Be(new Fraction(0, 1), "no ETE record was open at the start: denominator only");
    }

    [Theory]
    [InlineData(AboveSchoolAgeDob, "15", false)] // kpi-rules §9.3
    [InlineData(AboveSchoolAgeDob, "15.5", false)]
    [InlineData(AboveSchoolAgeDob, "16", true)]
    [InlineData(SchoolAgeDob, "24", false)]
    [InlineData(SchoolAgeDob, "24.5", false)]
    [InlineData(SchoolAgeDob, "25", true)]
    [InlineData(SchoolAgeDob, "16", false)]
    public void Full_time_threshold_is_25_hours_at_school_age_and_16_above(string dob, string hours, bool fullTime)
    {
        var child = ReferralOrderEndingInQ3("C1", dob)
            .Ete("2023-01-01", null, EteProvision.College, Suitability.Suitable, offered: Hours(hours))
            .Build();
        var group = dob == SchoolAgeDob ? "schoolAge" : "aboveSchoolAge";

        var result = Compute(child);

        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(fullTime ? 1 : 0, 1));
        F(result, "kpi2.2c.atEnd.partTime").Should().Be(new Fraction(fullTime ? 0 : 1, 1));
        F(result, $"kpi2.2c.atEnd.{group}FullTime").Should().Be(new Fraction(fullTime ? 1 : 0, 1));
        F(result, $"kpi2.2c.atEnd.{group}PartTime").Should().Be(new Fraction(fullTime ? 0 : 1, 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    public void No_or_zero_hours_offered_is_no_hours_recorded(string? hours)
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-01-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: Hours(hours), attended: 20m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2c.atEnd.partTime").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2c.atEnd.schoolAgePartTime").Should().Be(new Fraction(0, 1));
        result.Measures.Where(m => m.Id.StartsWith("kpi2.2e.atEnd.", System.StringComparison.Ordinal)).Should().OnlyContain(m => m.Denominator == 0);
    }

    [Theory]
    [InlineData("2023-02-28", 1)] // ended the day before custody began: in the custody window (kpi-rules §13.20)
    [InlineData("2023-02-27", 0)] // ended two days before
    public void Hours_offered_by_a_record_that_ended_the_day_before_custody_began_count_at_the_start(string end, int fullTime)
    {
        var child = DtoLicenceAfterCustodyFrom20230301("C1", AboveSchoolAgeDob)
            .Ete("2022-09-01", end, EteProvision.College, Suitability.Suitable, offered: 16m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.2c.atStart.fullTime").Should().Be(new Fraction(fullTime, 1));
        F(result, "kpi2.2c.atStart.aboveSchoolAgeFullTime").Should().Be(new Fraction(fullTime, 1));
    }
}
