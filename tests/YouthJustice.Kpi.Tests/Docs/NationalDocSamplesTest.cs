using FluentAssertions;
using NodaTime;
using Xunit;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Results;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Docs;

/// <summary>The code samples of docs/kpis/national-indicators.md and docs/kpis/annual.md, compiled and checked.</summary>
public class NationalDocSamplesTest
{
    private static readonly Domain.Services.ServiceData ExampleService = Service(
        Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10")
            .Outcome("O2", Disposal.Fine, "2024-09-01", offenceDate: "2024-08-01", category: OffenceCategory.BreachOfStatutoryOrder)
            .Build());

    [Fact]
    public void National_indicators_samples()
    {
        var service = ExampleService;

        var engine = new KpiEngine();
        KpiReturn q1 = engine.Compute(KpiEngine.Prepare(service), new ReportingQuarter(2024, 1));
        decimal? fteRate = q1.Find("fte.ratePer100k")?.Value;        // per 100,000 children aged 10-17
        bool provisional = q1.Find("reoffending.binaryRate")!.Provisional;

        fteRate.Should().Be(4.2m); // 1 / 24,000 × 100,000
        provisional.Should().BeTrue(); // the latest date in the data is 2024-09-01

        var options = new KpiOptions(dataAsAt: new LocalDate(2026, 1, 31), excludedReoffenceCategories: KpiOptions.BreachCategories);
        var withoutBreaches = new KpiEngine(options);

        var result = withoutBreaches.Compute(KpiEngine.Prepare(service), new ReportingQuarter(2024, 1));
        result.Find("reoffending.binaryRate")!.Fraction.Should().Be(new Fraction(0, 1));
        result.Find("reoffending.binaryRate")!.Provisional.Should().BeFalse();
        q1.Find("reoffending.binaryRate")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Annual_samples()
    {
        var service = ExampleService;

        var engine = new KpiEngine();
        var prepared = KpiEngine.Prepare(service);
        AnnualReturn year = engine.ComputeAnnual(prepared, new FinancialYear(2024));          // 2024/25, sum of quarters
        AnnualReturn distinct = engine.ComputeAnnual(prepared, new FinancialYear(2024), DefinitionSet.Default, AnnualMethod.DistinctChildren);

        AnnualMeasureResult headline = year.Find("kpi1.headline")!;
        Fraction q3 = headline.Quarters[2].Fraction;     // October–December 2024
        Fraction all = headline.Year.Fraction;           // the year
        AnnualMethod used = headline.Method;             // the method that produced the year

        q3.Should().Be(new Fraction(0, 0));
        all.Should().Be(new Fraction(0, 0));
        used.Should().Be(AnnualMethod.SumOfQuarters);
        distinct.Find("fte.count")!.Method.Should().Be(AnnualMethod.SumOfQuarters);
        distinct.Find("kpi1.headline")!.Method.Should().Be(AnnualMethod.DistinctChildren);
        year.Find("fte.count")!.Year.Numerator.Should().Be(1);
        AnnualMethod.Parse("DistinctChildren").AsT0.Should().Be(AnnualMethod.DistinctChildren);
    }
}
