using YouthJustice.Domain.Education;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2a: suitability at the start and the end of the order, and the change between them.</summary>
public class EteSuitabilityAtStartAndEndTest
{
    [Fact]
    public void Change_measures_follow_the_children_unsuitable_or_suitable_at_the_start()
    {
        var improved = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", "2023-06-30", EteProvision.SchoolPartTime, Suitability.Unsuitable)
            .Ete("2023-07-01", null, EteProvision.SchoolFullTime, Suitability.Suitable)
            .Build();
        var stillUnsuitable = ReferralOrderEndingInQ3("C2")
            .Ete("2022-09-01", null, EteProvision.SchoolPartTime, Suitability.Unsuitable)
            .Build();
        var noStart = ReferralOrderEndingInQ3("C3")
            .Ete("2023-07-01", null, EteProvision.SchoolFullTime, Suitability.Suitable)
            .Build();

        var result = Compute(improved, stillUnsuitable, noStart);

        F(result, "kpi2.2a.unsuitableToSuitable").Should().Be(new Fraction(1, 2));
        F(result, "kpi2.2a.suitableToUnsuitable").Should().Be(new Fraction(0, 0));
        F(result, "kpi2.2a.unsuitableAtStart").Should().Be(new Fraction(2, 3));
    }

    [Fact]
    public void Custodial_order_judges_the_start_on_the_custody_start()
    {
        // DTO: custody from 2023-06-01 (school age, unsuitable ETE), licence from 2023-08-01 (above school age).
        var child = Child("C1", LeavesOn20230630Dob)
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-08-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-06-01")
            .Ete("2023-05-01", "2023-06-15", EteProvision.SchoolFullTime, Suitability.Unsuitable, offered: 25m)
            .Ete("2023-07-01", null, EteProvision.College, Suitability.Suitable, offered: 16m)
            .Build();

        foreach (var definitions in DefinitionSet.List)
        {
            var result = Compute(definitions, Q3, child);

            F(result, "kpi2.2a.unsuitableAtStart").Should().Be(new Fraction(1, 1));
            F(result, "kpi2.2b.atStart.schoolAgeUnsuitable").Should().Be(new Fraction(1, 1));
            F(result, "kpi2.2c.atStart.schoolAgeFullTime").Should().Be(new Fraction(1, 1));
            F(result, "kpi2.2b.atEnd.aboveSchoolAgeSuitable").Should().Be(new Fraction(1, 1));
            F(result, "kpi2.2a.unsuitableToSuitable").Should().Be(new Fraction(1, 1));
            result.Find("kpi2.2a.unsuitableToSuitable")!.ByTypeOfOrder[TypeOfOrder.CustodialSentence].Should().Be(new Fraction(1, 1));
        }
    }
}
