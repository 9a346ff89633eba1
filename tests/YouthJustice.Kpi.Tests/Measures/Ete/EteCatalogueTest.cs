using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Measures;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2 as a whole: the worked example of the documentation page, the measure ids, and the two definition sets.</summary>
public class EteCatalogueTest
{
    [Fact]
    public void Worked_example_of_the_documentation_page()
    {
        // docs/kpis/kpi2-ete.md, "Worked example".
        var c1 = Child("C1", SchoolAgeDob).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30")
            .Ete("2022-09-01", null, EteProvision.SchoolPartTime, Suitability.Suitable, offered: 15m, attended: 15m)
            .Ete("2023-09-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Suitable, offered: 10m, attended: 5m)
            .Build();
        var c2 = Child("C2", AboveSchoolAgeDob).Order("I1", Disposal.YouthRehabilitationOrder, "2023-04-01", "2023-12-15")
            .Ete("2023-01-01", null, EteProvision.College, Suitability.Suitable, offered: 15m, attended: 12m)
            .Ete("2023-10-01", null, EteProvision.PartTimeEmployment, Suitability.Unknown, offered: 10m, attended: 10m)
            .Build();
        var c3 = Child("C3", SchoolAgeDob).Order("I1", Disposal.ReferralOrder, "2023-06-01", "2023-10-20")
            .Ete("2021-09-01", "2023-07-20", EteProvision.MainstreamSchool, Suitability.Unsuitable, offered: null, attended: 10m)
            .Build();
        var c4 = Child("C4", AboveSchoolAgeDob).Order("I1", Disposal.YouthConditionalCaution, "2023-08-01", "2023-10-31")
            .Ete("2023-06-01", null, EteProvision.Apprenticeship, Suitability.Suitable, offered: 30m, attended: 30m)
            .Build();

        var result = Compute(c1, c2, c3, c4);

        var headline = result.Find("kpi2.headline")!;
        headline.Fraction.Should().Be(new Fraction(2, 4));
        headline.Value.Should().Be(50.0m);
        headline.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(1, 2));
        headline.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(0, 1));
        headline.ByTypeOfOrder[TypeOfOrder.YouthConditionalCaution].Should().Be(new Fraction(1, 1));

        var expected = new Dictionary<string, Fraction>
        {
            ["kpi2.2a.suitableAtStart"] = new(3, 4),
            ["kpi2.2a.unsuitableAtStart"] = new(1, 4),
            ["kpi2.2a.suitableAtEnd"] = new(2, 4),
            ["kpi2.2a.unsuitableAtEnd"] = new(1, 4),
            ["kpi2.2a.unsuitableToSuitable"] = new(0, 1),
            ["kpi2.2a.suitableToUnsuitable"] = new(1, 3),
            ["kpi2.2b.atEnd.schoolAgeSuitable"] = new(1, 2),
            ["kpi2.2b.atEnd.schoolAgeUnsuitable"] = new(0, 2),
            ["kpi2.2b.atEnd.aboveSchoolAgeSuitable"] = new(1, 2),
            ["kpi2.2b.atEnd.aboveSchoolAgeUnsuitable"] = new(1, 2),
            ["kpi2.2c.atStart.fullTime"] = new(1, 4),
            ["kpi2.2c.atStart.partTime"] = new(2, 4),
            ["kpi2.2c.atEnd.fullTime"] = new(3, 4),
            ["kpi2.2c.atEnd.partTime"] = new(0, 4),
            ["kpi2.2c.atEnd.schoolAgeFullTime"] = new(1, 2),
            ["kpi2.2c.atEnd.aboveSchoolAgeFullTime"] = new(2, 2),
            ["kpi2.2d.atStart.SchoolPartTime"] = new(1, 2),
            ["kpi2.2d.atStart.MainstreamSchool"] = new(0, 0),
            ["kpi2.2d.atEnd.SchoolPartTime"] = new(1, 1),
            ["kpi2.2d.atEnd.AlternativeProvisionOtherPartTime"] = new(1, 1),
            ["kpi2.2d.atEnd.College"] = new(0, 1),
            ["kpi2.2d.atEnd.PartTimeEmployment"] = new(0, 1),
            ["kpi2.2d.atEnd.Apprenticeship"] = new(1, 1),
            ["kpi2.2e.atEnd.attended16-24OfOffered25plus"] = new(2, 3),
            ["kpi2.2e.atEnd.attended25plusOfOffered25plus"] = new(1, 3),
            ["kpi2.2e.atEnd.attended1-15OfOffered25plus"] = new(0, 3),
        };
        result.Measures.Where(m => expected.ContainsKey(m.Id)).ToDictionary(m => m.Id, m => m.Fraction).Should().Equal(expected);
    }

    [Fact]
    public void Both_definition_sets_compute_the_same_KPI_2_measures()
    {
        var children = new[]
        {
            ReferralOrderEndingInQ3("C1").Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m, attended: 20m).Build(),
            ReferralOrderEndingInQ3("C2", AboveSchoolAgeDob).Ete("2023-01-01", null, EteProvision.College, Suitability.Unknown, offered: 12m).Build(),
            ReferralOrderEndingInQ3("C3").Build(),
        };
        var prepared = KpiEngine.Prepare(Service(children));
        var engine = new KpiEngine();

        var a = engine.Compute(prepared, Q3, DefinitionSet.Definitions2023).Measures.Where(m => m.Id.StartsWith("kpi2.", System.StringComparison.Ordinal)).ToList();
        var b = engine.Compute(prepared, Q3, DefinitionSet.Definitions2024).Measures.Where(m => m.Id.StartsWith("kpi2.", System.StringComparison.Ordinal)).ToList();

        a.Should().HaveCount(93 + 6);
        a.Select(m => (m.Id, m.Fraction)).Should().Equal(b.Select(m => (m.Id, m.Fraction)));
        engine.Diff(prepared, Q3, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024).Where(d => d.MeasureId.StartsWith("kpi2.", System.StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Measure_ids_follow_the_interchange_naming()
    {
        var ids = new EteKpi().Measures.Select(m => m.Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().HaveCount(1 + 6 + 8 + 12 + (2 * 24) + 18 + 6);
        ids.Should().Contain(["kpi2.headline", "kpi2.2a.suitableAtStart", "kpi2.2a.unsuitableToSuitable", "kpi2.2b.atStart.schoolAgeSuitable", "kpi2.2c.atEnd.aboveSchoolAgePartTime", "kpi2.2d.atEnd.MainstreamSchool", "kpi2.2d.atStart.None", "kpi2.2e.atEnd.attended25plusOfOffered25plus"]);
        new EteKpi().Measures.Should().OnlyContain(m => m.SplitByTypeOfOrder && m.Area == KpiArea.Ete && m.Unit == MeasureUnit.Percent);
    }

    [Fact]
    public void Documentation_page_lists_every_measure_id()
    {
        var page = RepositoryFile.Read("docs/kpis/kpi2-ete.md");

        new EteKpi().Measures.Select(m => m.Id).Where(id => !page.Contains("`" + id + "`", System.StringComparison.Ordinal)).Should().BeEmpty();
    }
}
