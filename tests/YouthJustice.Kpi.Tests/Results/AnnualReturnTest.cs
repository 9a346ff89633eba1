using System.Globalization;
using CsCheck;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Services;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Testing.Dates;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Results;

public class AnnualReturnTest
{
    private static readonly FinancialYear Fy2024 = new(2024);

    // A: orders ending in Q1 (suitable at the end) and Q3 (bed and breakfast at the end); B: Q2 suitable; C: Q4 suitable.
    private static readonly ChildCase A = Child("A")
        .Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-05-31")
        .Order("I2", Disposal.ReferralOrder, "2024-06-01", "2024-11-30")
        .Accommodation("2020-01-01", "2024-09-30", AccommodationType.LivingWithParents, Suitability.Suitable)
        .Accommodation("2024-10-01", null, AccommodationType.BedAndBreakfast, Suitability.Suitable)
        .Build();

    private static readonly ChildCase B = Child("B")
        .Order("I1", Disposal.ReferralOrder, "2024-03-01", "2024-08-31")
        .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
        .Build();

    private static readonly ChildCase C = Child("C")
        .Order("I1", Disposal.YouthRehabilitationOrder, "2024-06-01", "2025-02-28")
        .Accommodation("2020-01-01", null, AccommodationType.LivingWithFamily, Suitability.Suitable)
        .Build();

    private static AnnualReturn Annual(AnnualMethod method, params ChildCase[] children)
        => new KpiEngine(new KpiOptions(D("2027-01-01"))).ComputeAnnual(KpiEngine.Prepare(Service(children)), Fy2024, DefinitionSet.Default, method);

    [Fact]
    public void Sum_of_quarters_equals_the_quarter_results_added()
    {
        var annual = Annual(AnnualMethod.SumOfQuarters, A, B, C);

        var headline = annual.Find("kpi1.headline")!;
        headline.Quarters.Select(q => q.Fraction).Should().Equal(new Fraction(1, 1), new Fraction(1, 1), new Fraction(0, 1), new Fraction(1, 1));
        headline.Year.Fraction.Should().Be(new Fraction(3, 4));
        headline.Value.Should().Be(75.0m);
        headline.Method.Should().Be(AnnualMethod.SumOfQuarters);
        headline.Year.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(2, 3));
        headline.Year.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Sum_of_quarters_holds_for_every_measure_that_is_not_a_rate_per_population_or_a_count()
    {
        var annual = Annual(AnnualMethod.SumOfQuarters, A, B, C);

        foreach (var measure in annual.Measures.Where(m => m.Definition.Unit.Name is not ("per1000" or "per10000" or "per100000" or "count")))
        {
            measure.Year.Fraction.Should().Be(measure.Quarters.Select(q => q.Fraction).Aggregate((x, y) => x + y), measure.Id);
        }
    }

    [Fact]
    public void Quarters_are_the_four_quarterly_returns_in_order()
    {
        var annual = Annual(AnnualMethod.SumOfQuarters, A, B, C);

        annual.Quarters.Select(q => q.Quarter.ToString()).Should().Equal("2024Q1", "2024Q2", "2024Q3", "2024Q4");
        annual.Year.Should().Be(Fy2024);
        annual.Measures.Select(m => m.Id).Should().Equal(new KpiEngine().Catalogue.Select(d => d.Id));
        annual.Find("kpi1.headline")!.Quarters[2].Should().BeSameAs(annual.Quarters[2].Find("kpi1.headline"));
    }

    [Fact]
    public void Distinct_children_counts_a_child_in_two_quarters_once_in_the_last_of_them()
    {
        var annual = Annual(AnnualMethod.DistinctChildren, A, B, C);

        var headline = annual.Find("kpi1.headline")!;
        headline.Method.Should().Be(AnnualMethod.DistinctChildren);
        headline.Year.Fraction.Should().Be(new Fraction(2, 3)); // A counts once, in Q3 (unsuitable)
        headline.Year.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(1, 2));
        headline.Year.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
        headline.Quarters.Select(q => q.Fraction).Should().Equal(new Fraction(1, 1), new Fraction(1, 1), new Fraction(0, 1), new Fraction(1, 1));
    }

    [Fact]
    public void Distinct_children_falls_back_to_sum_of_quarters_for_service_level_measures_and_says_so()
    {
        var child = Child("F").Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build();

        var annual = Annual(AnnualMethod.DistinctChildren, A, child);

        annual.Method.Should().Be(AnnualMethod.DistinctChildren);
        annual.Find("fte.count")!.Method.Should().Be(AnnualMethod.SumOfQuarters);
        annual.Find("fte.count")!.Year.Numerator.Should().Be(1);
        annual.Find("reoffending.cohort")!.Method.Should().Be(AnnualMethod.SumOfQuarters);
    }

    [Fact]
    public void Rate_per_population_adds_the_numerators_over_the_years_population()
    {
        // FTEs in Q1 and Q3; FY 2024/25 uses the 2023 estimate: 2 / 24,000 × 100,000 = 8.3 (not ÷ 96,000).
        var q1 = Child("F1").Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build();
        var q3 = Child("F2").Outcome("O1", Disposal.ReferralOrder, "2024-11-10").Build();

        var rate = Annual(AnnualMethod.SumOfQuarters, q1, q3).Find("fte.ratePer100k")!;

        rate.Quarters.Select(q => q.Fraction).Should().Equal(new Fraction(1, 24_000), new Fraction(0, 24_000), new Fraction(1, 24_000), new Fraction(0, 24_000));
        rate.Year.Fraction.Should().Be(new Fraction(2, 24_000));
        rate.Value.Should().Be(8.3m);
    }

    [Fact]
    public void Rate_per_population_has_no_value_without_the_estimate()
    {
        var child = Child("F1").Outcome("O1", Disposal.DetentionAndTrainingOrder, "2024-05-10").Build();
        var service = Service([child], [new PopulationEstimate(2024, 24_000)], []);

        var annual = new KpiEngine().ComputeAnnual(KpiEngine.Prepare(service), Fy2024);

        annual.Find("custody.ratePer1000")!.Value.Should().BeNull();
        annual.Find("custody.count")!.Value.Should().Be(1m);
    }

    [Fact]
    public void Year_is_provisional_when_any_quarter_is()
    {
        // Data as at 2025-12-31: Q1 (final from 2025-12-30) is final, Q2-Q4 are provisional.
        var child = Child("R").Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build();

        var annual = new KpiEngine(new KpiOptions(D("2025-12-31"))).ComputeAnnual(KpiEngine.Prepare(Service(child)), Fy2024, DefinitionSet.Default, AnnualMethod.SumOfQuarters);

        var binary = annual.Find("reoffending.binaryRate")!;
        binary.Quarters.Select(q => q.Provisional).Should().Equal(false, true, true, true);
        binary.Year.Provisional.Should().BeTrue();
        binary.Year.Fraction.Should().Be(new Fraction(0, 1));
    }

    private static readonly Disposal[] Outcomes =
    [
        Disposal.CommunityResolution, Disposal.YouthCaution, Disposal.YouthConditionalCaution, Disposal.ReferralOrder,
        Disposal.YouthRehabilitationOrder, Disposal.DetentionAndTrainingOrder, Disposal.Section250Detention,
    ];

    // A service of 1-6 children, each with 0-4 outcomes on days from 2023-04-01 over three years.
    private static readonly Gen<ChildCase[]> AnyChildren =
        Gen.Select(Gen.Int[0, 3000], Gen.Select(Gen.Int[0, Outcomes.Length - 1], Gen.Int[0, 1095]).Array[0, 4])
            .Array[1, 6]
            .Select(children => children.Select((c, i) =>
            {
                var builder = Child("C" + i, Iso(D("2004-01-01").PlusDays(c.Item1)));
                for (var o = 0; o < c.Item2.Length; o++)
                {
                    builder.Outcome("O" + o, Outcomes[c.Item2[o].Item1], Iso(D("2023-04-01").PlusDays(c.Item2[o].Item2)));
                }

                return builder.Build();
            }).ToArray());

    private static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Sum_of_quarters_adds_every_measure_keeps_the_population_of_rates_and_counts_over_1()
    {
        long measuresWithNumerators = 0;
        AnyChildren.Sample(
            children =>
            {
                var annual = Annual(AnnualMethod.SumOfQuarters, children);
                System.Threading.Interlocked.Add(ref measuresWithNumerators, annual.Measures.Count(m => m.Quarters.Count(q => q.Numerator > 0) > 1));
                return annual.Measures.All(m =>
                {
                    var numerators = m.Quarters.Sum(q => q.Numerator);
                    return m.Definition.Unit.Name switch
                    {
                        "per1000" or "per10000" or "per100000" => m.Year.Numerator == numerators && m.Year.Denominator == m.Quarters[0].Denominator,
                        "count" => m.Year.Fraction == new Fraction(numerators, 1) && m.Value == numerators,
                        _ => m.Year.Fraction == m.Quarters.Select(q => q.Fraction).Aggregate((x, y) => x + y),
                    };
                });
            },
            iter: 40);

        // Guard: the sums are only tested on measures counting children in more than one quarter.
        measuresWithNumerators.Should().BeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void A_child_is_a_first_time_entrant_in_at_most_one_quarter()
    {
        long servicesWithEntrants = 0;
        AnyChildren.Sample(
            children =>
            {
                var prepared = KpiEngine.Prepare(Service(children));
                var engine = new KpiEngine();
                long entrants = 0;
                for (var q = new ReportingQuarter(2023, 1); q <= new ReportingQuarter(2026, 1); q = q.Next())
                {
                    entrants += engine.Compute(prepared, q).Find("fte.count")!.Numerator;
                }

                System.Threading.Interlocked.Add(ref servicesWithEntrants, entrants > 0 ? 1 : 0);
                return entrants <= children.Length;
            },
            iter: 40);

        // Guard: the bound holds on nothing in services without a first-time entrant.
        servicesWithEntrants.Should().BeGreaterThanOrEqualTo(8);
    }

    [Theory]
    [InlineData("SumOfQuarters")]
    [InlineData("DistinctChildren")]
    public void Method_is_read_by_name(string name)
        => AnnualMethod.Parse(name).AsT0.Name.Should().Be(name);

    [Fact]
    public void Unknown_method_is_an_error_naming_the_text_and_the_allowed_values()
    {
        var error = AnnualMethod.Parse("Average").AsT1;

        error.Field.Should().Be("annualMethod");
        error.Value.Should().Be("Average");
        error.AllowedValues.Should().Equal("SumOfQuarters", "DistinctChildren");
    }

    [Fact]
    public void Annual_result_needs_four_quarters_of_its_own_measure()
    {
        var quarter = Returns.Of(Service(B), new ReportingQuarter(2024, 2));
        var headline = quarter.Find("kpi1.headline")!;

        var three = () => new AnnualMeasureResult(headline.Definition, [headline, headline, headline], headline, AnnualMethod.SumOfQuarters);
        var other = () => new AnnualMeasureResult(headline.Definition, [headline, headline, headline, quarter.Find("fte.count")!], headline, AnnualMethod.SumOfQuarters);

        three.Should().Throw<ArgumentException>().WithMessage("A financial year has 4 quarters; 3 were given.*").Which.ParamName.Should().Be("quarters");
        other.Should().Throw<ArgumentException>().WithMessage("Every quarter must be a result for 'kpi1.headline'.*");
    }
}
