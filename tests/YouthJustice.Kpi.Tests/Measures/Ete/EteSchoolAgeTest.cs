using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Engine;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2b: the split by compulsory school age at the start and the end of the order.</summary>
public class EteSchoolAgeTest
{
    [Fact]
    public void School_age_ends_on_the_last_Friday_in_June_inclusive()
    {
        // Born 2007-08-31: 16 on 2023-08-31, in the summer holiday, so compulsory school age ends on 2023-06-30.
        SchoolAgeDays.EndDay(Dates.D(LeavesOn20230630Dob), CompulsorySchoolAge.Default).Should().Be(Days.Of(Dates.D("2023-06-30")));
        ChildCase Ending(string id, string end) => Child(id, LeavesOn20230630Dob).Order("I1", Disposal.ReferralOrder, "2023-01-01", end)
            .Ete("2022-09-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Suitable, offered: 20m).Build();

        // Ends 2023-06-30 (2023Q1): of school age that day, so 20 hours is part time.
        var onTheDay = Compute(DefinitionSet.Definitions2024, new ReportingQuarter(2023, 1), Ending("C1", "2023-06-30"));
        F(onTheDay, "kpi2.2b.atEnd.schoolAgeSuitable").Should().Be(new Fraction(1, 1));
        F(onTheDay, "kpi2.2b.atEnd.aboveSchoolAgeSuitable").Should().Be(new Fraction(0, 0));
        F(onTheDay, "kpi2.2c.atEnd.schoolAgePartTime").Should().Be(new Fraction(1, 1));

        // Ends 2023-07-01 (2023Q2): above school age, so the same 20 hours is full time.
        var dayAfter = Compute(DefinitionSet.Definitions2024, new ReportingQuarter(2023, 2), Ending("C1", "2023-07-01"));
        F(dayAfter, "kpi2.2b.atEnd.schoolAgeSuitable").Should().Be(new Fraction(0, 0));
        F(dayAfter, "kpi2.2b.atEnd.aboveSchoolAgeSuitable").Should().Be(new Fraction(1, 1));
        F(dayAfter, "kpi2.2c.atEnd.aboveSchoolAgeFullTime").Should().Be(new Fraction(1, 1));
        F(dayAfter, "kpi2.2b.atStart.schoolAgeSuitable").Should().Be(new Fraction(1, 1), "on 2023-01-01 the child was of school age");
    }

    [Fact]
    public void Child_who_left_school_age_before_1998_is_above_school_age_from_the_16th_birthday()
    {
        // Decision KE4: the pre-1998 leaving dates are not modelled; the 16th birthday is the last day of school age.
        SchoolAgeDays.EndDay(Dates.D("1980-01-15"), CompulsorySchoolAge.Default).Should().Be(Days.Of(Dates.D("1996-01-15")));
        var child = Child("C1", "1980-01-15")
            .Order("I1", Disposal.ReferralOrder, "1996-06-01", "2023-11-30")
            .Ete("1996-01-01", null, EteProvision.College, Suitability.Suitable, offered: 16m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.2b.atStart.aboveSchoolAgeSuitable").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atStart.aboveSchoolAgeFullTime").Should().Be(new Fraction(1, 1));
    }
}
