using YouthJustice.Domain.Services;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>KPI 9 headline: serious violence offences per 10,000 children, over the population estimate for the year before the financial year starts.</summary>
public class SeriousViolenceRateTest
{
    [Fact]
    public void Twelve_serious_violence_offences_in_a_population_of_24000_give_5_per_10000()
    {
        // kpi-rules §9.5: eleven violence offences scored 6 and a drugs offence scored 5 are serious violence; a robbery scored 4 is not.
        var children = new List<ChildCase>();
        for (var i = 0; i < 11; i++)
        {
            children.Add(Offence("V" + i, OffenceCategory.ViolenceAgainstThePerson, 6));
        }

        children.Add(Offence("D1", OffenceCategory.Drugs, 5));
        children.Add(Offence("R1", OffenceCategory.Robbery, 4));

        var result = Compute(Q1, children.ToArray());

        var headline = result.Find("kpi9.headline")!;
        headline.Fraction.Should().Be(new Fraction(12, 24_000));
        headline.Value.Should().Be(5.0m);
        headline.Definition.Unit.Should().Be(MeasureUnit.Per10000);
        headline.Fraction.Display(MeasureUnit.Per10000).Should().Be("5.0 per 10,000");
        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(12, 13));
        result.Find("kpi9.9b.childrenWithSeriousViolence")!.Fraction.Should().Be(new Fraction(12, 13));
        result.Find("kpi9.9c.Drugs")!.Fraction.Should().Be(new Fraction(1, 12));
        result.Find("kpi9.9c.Robbery")!.Fraction.Should().Be(new Fraction(0, 12));
        result.Find("kpi9.9d.score5")!.Fraction.Should().Be(new Fraction(1, 12));
        result.Find("kpi9.9d.score6")!.Fraction.Should().Be(new Fraction(11, 12));
    }

    [Fact]
    public void The_population_is_the_estimate_for_the_year_before_the_financial_year_starts()
    {
        var march = Offence("C1", OffenceCategory.ViolenceAgainstThePerson, 5, "2024-03-31");
        var april = Offence("C2", OffenceCategory.ViolenceAgainstThePerson, 5, "2024-04-01");

        var q4 = Compute(new ReportingQuarter(2023, 4), march, april).Find("kpi9.headline")!;
        var q1 = Compute(new ReportingQuarter(2024, 1), march, april).Find("kpi9.headline")!;

        q4.Fraction.Should().Be(new Fraction(1, 24_000)); // 2023Q4 is FY2023/24: the 2022 estimate
        q4.Value.Should().Be(0.4m);
        q1.Fraction.Should().Be(new Fraction(1, 20_000)); // 2024Q1 is FY2024/25: the 2023 estimate
        q1.Value.Should().Be(0.5m);
    }

    [Fact]
    public void Missing_population_gives_no_value_and_the_explanation_says_why()
    {
        var child = Offence("C1", OffenceCategory.ViolenceAgainstThePerson, 5, "2024-04-01");
        var prepared = KpiEngine.Prepare(Service([child], [new PopulationEstimate(2022, 24_000)], []));
        var engine = new KpiEngine();

        var headline = engine.Compute(prepared, new ReportingQuarter(2024, 1)).Find("kpi9.headline")!;
        var explanation = engine.Explain(prepared, new ChildId("C1"), new ReportingQuarter(2024, 1)).AsT0;

        headline.Fraction.Should().Be(new Fraction(1, 0));
        headline.Value.Should().BeNull();
        explanation.Measures.Single(m => m.MeasureId == "kpi9.headline").Reasons.Should().Contain(
            "no ONS population estimate of children aged 10-17 for the calendar year before the financial year starting 2024-04-01: the rate has no value");
    }
}
