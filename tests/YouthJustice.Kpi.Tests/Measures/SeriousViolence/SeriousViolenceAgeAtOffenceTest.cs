using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>KPI 9: the age that places a child in or out of 10-17: at arrest, at the offence, at the first hearing or on the outcome date.</summary>
public class SeriousViolenceAgeAtOffenceTest
{
    [Theory]
    [InlineData("2023-06-09", 1)] // arrested the day before the 18th birthday
    [InlineData("2023-06-10", 0)] // arrested on the 18th birthday
    public void A_pre_court_outcome_takes_the_age_at_arrest(string arrest, int expected)
    {
        var child = Child("C1", "2005-06-10")
            .Order("I1", Disposal.YouthCaution, "2023-06-20", "2023-09-20", category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-06-01", arrestDate: arrest)
            .Build();

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(expected);
    }

    [Fact]
    public void A_pre_court_outcome_without_an_arrest_takes_the_age_at_the_offence()
    {
        // 17 on the offence date, 18 on the outcome date: counted.
        var child = Child("C1", "2005-06-10")
            .Order("I1", Disposal.YouthConditionalCaution, "2023-06-20", "2023-09-20", category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-06-01")
            .Build();

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(1);
    }

    [Fact]
    public void A_court_outcome_takes_the_age_at_first_hearing_else_on_the_outcome_date()
    {
        // Born 2005-06-10: 17 at the first hearing on 2023-06-01, 18 on the outcome date 2023-06-20.
        var withHearing = Child("C1", "2005-06-10")
            .Order("I1", Disposal.ReferralOrder, "2023-06-20", null, category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-05-01", firstHearing: "2023-06-01", arrestDate: "2023-05-02")
            .Build();
        var withoutHearing = Child("C2", "2005-06-10")
            .Order("I1", Disposal.ReferralOrder, "2023-06-20", null, category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-05-01", arrestDate: "2023-05-02")
            .Build();

        Compute(Q1, withHearing).Find("kpi9.headline")!.Numerator.Should().Be(1);
        Compute(Q1, withoutHearing).Find("kpi9.headline")!.Numerator.Should().Be(0);
    }
}
