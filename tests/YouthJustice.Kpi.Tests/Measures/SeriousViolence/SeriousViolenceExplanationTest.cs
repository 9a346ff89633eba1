using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>KPI 9 explanations of one child, and the two definition sets giving the same figures.</summary>
public class SeriousViolenceExplanationTest
{
    [Fact]
    public void Both_definition_sets_give_the_same_figures()
    {
        var prepared = KpiEngine.Prepare(Service([Offence("C1", OffenceCategory.Robbery, 6), Offence("C2", OffenceCategory.Drugs, 3)], Populations, []));
        var engine = new KpiEngine();

        var a = engine.Compute(prepared, Q1, DefinitionSet.Definitions2023).Measures.Where(m => m.Id.StartsWith("kpi9.", System.StringComparison.Ordinal)).Select(m => m.Fraction);
        var b = engine.Compute(prepared, Q1, DefinitionSet.Definitions2024).Measures.Where(m => m.Id.StartsWith("kpi9.", System.StringComparison.Ordinal)).Select(m => m.Fraction);

        a.Should().Equal(b);
        Engine.DefinitionRules.For(engine.Catalogue.Single(m => m.Id == "kpi9.headline")).Should().StartWith("KPI 9: the 2023 and 2024 definitions count serious violence the same way");
    }

    [Fact]
    public void Explanation_lists_each_counted_offence_and_why_it_is_or_is_not_serious_violence()
    {
        var child = Child("C1")
            .Order("I1", Disposal.ReferralOrder, "2023-06-15", null, category: OffenceCategory.Robbery, seriousness: 4, offenceDate: "2023-05-16")
            .Order("I2", Disposal.ReferralOrder, "2023-06-20", null, category: OffenceCategory.Drugs, seriousness: 5, offenceDate: "2023-05-20")
            .Order("I3", Disposal.ReferralOrder, "2023-06-25", null, category: OffenceCategory.TheftAndHandling, seriousness: 6, offenceDate: "2023-05-25")
            .Build();
        var prepared = KpiEngine.Prepare(Service([child], Populations, []));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q1).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi9.headline");
        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal(
            "offence O-I1 (Robbery, seriousness 4, offence date 2023-05-16), kept outcome on 2023-06-15: not serious violence (scored below 5)",
            "offence O-I2 (Drugs, seriousness 5, offence date 2023-05-20), kept outcome on 2023-06-20: serious violence (drugs, robbery or violence against the person scored 5 or more)",
            "offence O-I3 (TheftAndHandling, seriousness 6, offence date 2023-05-25), kept outcome on 2023-06-25: not serious violence (not drugs, robbery or violence against the person)");
        var robbery = explanation.Measures.Single(m => m.MeasureId == "kpi9.9c.Robbery");
        robbery.Status.Should().Be(ChildMeasureStatus.NotMet);
        explanation.Measures.Single(m => m.MeasureId == "kpi9.9e.ReferralOrder").Reasons.Should().Contain("kept legal outcome ReferralOrder on 2023-06-20: the offence is serious violence");
    }

    [Fact]
    public void Explanation_of_a_child_without_counted_offences_says_so()
    {
        var child = Child("C1").Order("I1", Disposal.CommunityResolution, "2023-05-01", "2023-08-01", category: OffenceCategory.Robbery, seriousness: 6).Build();
        var prepared = KpiEngine.Prepare(Service([child], Populations, []));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q1).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi9.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        headline.Reasons.Should().Equal("no offence with a caution or sentence in the quarter counts for serious violence");
    }
}
