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
}
