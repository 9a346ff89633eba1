using YouthJustice.Domain.Education;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2d: the child counted under each provision, mainstream school split by the hours attended.</summary>
public class EteProvisionTest
{
    [Theory]
    [InlineData(SchoolAgeDob, "25", "SchoolFullTime")]
    [InlineData(SchoolAgeDob, "24", "SchoolPartTime")]
    [InlineData(SchoolAgeDob, "0", "MainstreamSchool")]
    [InlineData(SchoolAgeDob, null, "MainstreamSchool")]
    [InlineData(AboveSchoolAgeDob, "16", "SchoolFullTime")]
    [InlineData(AboveSchoolAgeDob, "15", "SchoolPartTime")]
    public void Mainstream_school_counts_as_school_full_or_part_time_by_the_hours_attended(string dob, string? attended, string reportedAs)
    {
        var child = ReferralOrderEndingInQ3("C1", dob)
            .Ete("2022-09-01", null, EteProvision.MainstreamSchool, Suitability.Suitable, offered: null, attended: Hours(attended))
            .Build();

        var result = Compute(child);

        var provisions = new[] { "MainstreamSchool", "SchoolFullTime", "SchoolPartTime" };
        foreach (var provision in provisions)
        {
            F(result, "kpi2.2d.atEnd." + provision).Should().Be(provision == reportedAs ? new Fraction(1, 1) : new Fraction(0, 0), provision);
        }

        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(0, 1), "2c reads hours offered only, and none were recorded");
    }

    [Theory]
    [InlineData("2023-02-28", 1)] // ended the day before custody began: in the custody window (kpi-rules §13.20)
    [InlineData("2023-02-27", 0)] // ended two days before
    public void A_record_that_ended_the_day_before_custody_began_gives_the_provision_at_the_start(string end, int inCollege)
    {
        var child = DtoLicenceAfterCustodyFrom20230301("C1", AboveSchoolAgeDob)
            .Ete("2022-09-01", end, EteProvision.College, Suitability.Suitable, offered: 16m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.2d.atStart.College").Should().Be(new Fraction(inCollege, inCollege));
        F(result, "kpi2.2d.atEnd.College").Should().Be(new Fraction(0, 0), "the record ended before the licence");
    }
}
