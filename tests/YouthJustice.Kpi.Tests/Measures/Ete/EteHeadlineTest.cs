using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2 headline: which ETE records open at the end of the order decide whether the child is in suitable ETE, and the explanation of that decision.</summary>
public class EteHeadlineTest
{
    [Fact]
    public void Unknown_record_beside_a_suitable_one_makes_the_child_unsuitable()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Ete("2023-11-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Unknown, offered: 5m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.unsuitableAtEnd").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2a.suitableAtStart").Should().Be(new Fraction(1, 1), "the Unknown record started after the start");
        F(result, "kpi2.2a.suitableToUnsuitable").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2d.atEnd.SchoolFullTime").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Child_with_no_record_at_the_end_is_in_the_denominator_only()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", "2023-11-29", EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.suitableAtEnd").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.unsuitableAtEnd").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.suitableToUnsuitable").Should().Be(new Fraction(0, 1), "suitable at the start, no data at the end");
        F(result, "kpi2.2b.atEnd.schoolAgeSuitable").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Record_ending_the_day_the_order_ends_counts_at_the_end()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", "2023-11-30", EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Build();

        F(Compute(child), "kpi2.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Record_starting_the_day_after_the_order_ends_does_not_count()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-12-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Build();

        F(Compute(child), "kpi2.headline").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Sentinel_end_date_means_the_record_is_still_open()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", "1900-01-01", EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Record_without_suitability_is_ignored_for_suitability_but_its_hours_count()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-01-01", null, EteProvision.SchoolPartTime, Suitability.Suitable, offered: 10m, attended: 10m)
            .Ete("2023-01-01", null, EteProvision.AlternativeProvisionPruPartTime, null, offered: 15m, attended: 15m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.schoolAgeFullTime").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2e.atEnd.attended25plusOfOffered25plus").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2d.atEnd.AlternativeProvisionPruPartTime").Should().Be(new Fraction(1, 1), "the child is in that provision; the child's ETE is suitable");
    }

    [Fact]
    public void Record_with_only_no_suitability_leaves_the_child_without_data()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-01-01", null, EteProvision.College, null, offered: 16m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.unsuitableAtEnd").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2d.atEnd.College").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void No_ETE_record_counts_with_the_suitability_the_practitioner_recorded()
    {
        // Decision KE13: suitability is never derived from the provision (kpi-rules §2.2).
        var child = ReferralOrderEndingInQ3("C1", AboveSchoolAgeDob)
            .Ete("2023-01-01", null, EteProvision.None, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2d.atEnd.None").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.aboveSchoolAgePartTime").Should().Be(new Fraction(0, 1), "no hours offered: denominator only");
    }

    [Fact]
    public void Explanation_names_the_record_and_date_that_decided()
    {
        var child = ReferralOrderEndingInQ3("C1", AboveSchoolAgeDob)
            .Ete("2023-11-01", null, EteProvision.College, Suitability.Unknown, offered: 16m)
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi2.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotMet);
        headline.Reasons.Should().Equal("unsuitable ETE at end: ETE period from 2023-11-01, open, College, suitability Unknown, hours offered 16, attended not recorded, open on 2023-11-30");
        var fullTime = explanation.Measures.Single(m => m.MeasureId == "kpi2.2c.atEnd.aboveSchoolAgeFullTime");
        fullTime.Status.Should().Be(ChildMeasureStatus.Met);
        fullTime.Reasons.Should().Equal("above compulsory school age on 2023-11-30; hours offered a week, summed over the ETE records open then, reach 16: full time (first record: ETE period from 2023-11-01, open, College, suitability Unknown, hours offered 16, attended not recorded)");
        explanation.Measures.Single(m => m.MeasureId == "kpi2.2c.atEnd.schoolAgeFullTime").Reasons
            .Should().Equal("above compulsory school age on 2023-11-30: not in the school-age group");
    }

    [Fact]
    public void Explanation_of_a_suitable_child_names_the_first_suitable_record_open_at_the_end()
    {
        // The child's records are the first rows of the service's ETE table: the first is named, not the later one.
        var child = ReferralOrderEndingInQ3("C1", AboveSchoolAgeDob)
            .Ete("2022-09-01", null, EteProvision.College, Suitability.Suitable, offered: 16m)
            .Ete("2023-10-01", null, EteProvision.Apprenticeship, Suitability.Suitable, offered: 5m)
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi2.headline");
        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal("suitable ETE at end: ETE period from 2022-09-01, open, College, suitability Suitable, hours offered 16, attended not recorded, open on 2023-11-30");
    }
}
