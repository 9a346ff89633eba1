using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Results;

/// <summary>
/// A return says what its figures count: under the 2023 definitions the KPI 4, 5 and wider-services headlines count
/// something else (kpi-rules §2.11), so their titles say so; every other title is the same under both sets.
/// </summary>
public class TitlesUnderDefinitionSetsTest
{
    private static readonly ReportingQuarter Q3 = new(2023, 3);
    private static readonly PreparedService Service1 = KpiEngine.Prepare(Service([Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30").Build()]));

    [Theory]
    [InlineData("kpi4.headline", "Proportion of children with an order ending who had an identified mental health or emotional wellbeing need")]
    [InlineData("kpi5.headline", "Proportion of children with an order ending who had an identified substance misuse need")]
    [InlineData("kpi8.headline", "Proportion of children supported by wider care services at the end of their order")]
    public void The_2023_return_titles_the_measures_whose_meaning_changed_as_they_were_first_collected(string id, string title2023)
    {
        var engine = new KpiEngine();

        engine.Compute(Service1, Q3, DefinitionSet.Definitions2023).Find(id)!.Definition.Title.Should().Be(title2023);
        engine.Compute(Service1, Q3, DefinitionSet.Definitions2024).Find(id)!.Definition.Title.Should().Be(engine.Catalogue.Single(m => m.Id == id).Title);
        engine.Catalogue.Single(m => m.Id == id).Title.Should().NotBe(title2023);
    }

    [Fact]
    public void Every_other_measure_has_the_same_title_under_both_sets()
    {
        var engine = new KpiEngine();
        var v1 = engine.Compute(Service1, Q3, DefinitionSet.Definitions2023).Measures;
        var v8 = engine.Compute(Service1, Q3, DefinitionSet.Definitions2024).Measures;

        var differing = v1.Zip(v8).Where(p => p.First.Definition.Title != p.Second.Definition.Title).Select(p => p.First.Id);
        differing.Should().Equal("kpi4.headline", "kpi5.headline", "kpi8.headline");
        v1.Select(m => m.Id).Should().Equal(v8.Select(m => m.Id));
    }

    [Fact]
    public void Explanations_and_annual_figures_carry_the_titles_of_their_set()
    {
        var engine = new KpiEngine();

        engine.Explain(Service1, new YouthJustice.Domain.Children.ChildId("C1"), Q3, DefinitionSet.Definitions2023).AsT0
            .Measures.Single(m => m.MeasureId == "kpi8.headline").Title.Should().EndWith("at the end of their order");
        engine.ComputeAnnual(Service1, new FinancialYear(2023), DefinitionSet.Definitions2023, AnnualMethod.SumOfQuarters)
            .Find("kpi4.headline")!.Definition.Title.Should().StartWith("Proportion of children with an order ending");
    }
}
