using YouthJustice.Domain.Education;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2 cohort edges and 2f (by type of order): which orders and ages put a child in the quarter, and under which order the child is counted.</summary>
public class EteCohortAndTypeOfOrderTest
{
    [Fact]
    public void Orders_ending_on_the_first_and_last_day_of_the_quarter_count_and_those_either_side_do_not()
    {
        ChildCase Ending(string id, string end) => Child(id).Order("I1", Disposal.ReferralOrder, "2023-05-01", end)
            .Ete("2023-01-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m).Build();

        var result = Compute(Ending("C1", "2023-09-30"), Ending("C2", "2023-10-01"), Ending("C3", "2023-12-31"), Ending("C4", "2024-01-01"));

        F(result, "kpi2.headline").Should().Be(new Fraction(2, 2));
        result.Cohort.Members.Select(m => m.ChildId.Value).Should().Equal("C2", "C3");
    }

    [Fact]
    public void Two_orders_in_one_quarter_count_the_child_once_under_the_more_serious_order()
    {
        var child = Child("C1")
            .Order("I1", Disposal.YouthConditionalCaution, "2023-08-01", "2023-10-31")
            .Order("I2", Disposal.YouthRehabilitationOrder, "2023-01-01", "2023-12-01")
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable)
            .Build();

        var headline = Compute(child).Find("kpi2.headline")!;

        headline.Fraction.Should().Be(new Fraction(1, 1));
        headline.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
        headline.ByTypeOfOrder[TypeOfOrder.YouthConditionalCaution].Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("2005-05-02", 1)] // 17 on the start day 2023-05-01
    [InlineData("2005-05-01", 0)] // 18 on the start day: not in the cohort
    public void Child_aged_17_at_the_start_is_counted_and_18_is_not(string dob, int children)
    {
        var child = ReferralOrderEndingInQ3("C1", dob)
            .Ete("2022-09-01", null, EteProvision.Apprenticeship, Suitability.Suitable, offered: 30m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(children, children));
        F(result, "kpi2.2b.atEnd.aboveSchoolAgeSuitable").Should().Be(new Fraction(children, children));
    }
}
