using System.Globalization;
using System.Text;
using YouthJustice.Sampling;

namespace YouthJustice.Kpi.Tests.EngineRules;

/// <summary>The national job's computing step gives, whatever the degree of parallelism, the returns one after another.</summary>
public sealed class ComputeManyTest
{
    private static readonly IReadOnlyList<ReportingQuarter> Quarters = QuartersFrom(new ReportingQuarter(2023, 2), 7);

    private static readonly IReadOnlyList<PreparedService> Services = Enumerable.Range(1, 5)
        .Select(i => KpiEngine.Prepare(SampleGenerator.Generate(new SampleOptions(150 * i, 100 + i, new ReportingQuarter(2023, 1), 8, $"YJS{i:D2}", $"Service {i}"))))
        .ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(-1)]
    public void Every_degree_of_parallelism_gives_the_serial_returns_byte_for_byte_in_service_then_quarter_order(int parallelism)
    {
        var engine = new KpiEngine();
        foreach (var definitions in new[] { DefinitionSet.Definitions2023, DefinitionSet.Definitions2024 })
        {
            var serial = Services.SelectMany(s => Quarters.Select(q => engine.Compute(s, q, definitions))).ToList();
            serial.Sum(r => r.Cohort.Members.Count).Should().BeGreaterThan(200, "the returns compared are not empty");

            var parallel = engine.ComputeMany(Services, Quarters, definitions, parallelism);

            parallel.Select(Bytes).Should().Equal(serial.Select(Bytes), (a, b) => a.AsSpan().SequenceEqual(b));
        }
    }

    [Fact]
    public void Progress_counts_every_return_once()
    {
        var reported = new List<int>();
        var progress = new SynchronousProgress(reported);

        var returns = new KpiEngine().ComputeMany(Services, Quarters, DefinitionSet.Default, 2, progress);

        returns.Should().HaveCount(Services.Count * Quarters.Count);
        reported.Order().Should().Equal(Enumerable.Range(1, returns.Count));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_degree_of_parallelism_of_zero_or_below_minus_one_is_refused(int parallelism)
    {
        var act = () => new KpiEngine().ComputeMany(Services, Quarters, DefinitionSet.Default, parallelism);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDegreeOfParallelism");
    }

    [Fact]
    public void No_services_or_no_quarters_give_no_returns()
    {
        var engine = new KpiEngine();

        engine.ComputeMany([], Quarters, DefinitionSet.Default).Should().BeEmpty();
        engine.ComputeMany(Services, [], DefinitionSet.Default).Should().BeEmpty();
    }

    // Every figure of a return as text: each measure with its split and provisional flag, then every member and
    // exclusion of the cohort with the fields that decide it. Two returns give the same bytes only if they agree.
    private static byte[] Bytes(KpiReturn kpiReturn)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{kpiReturn.Service}|{kpiReturn.Quarter}|{kpiReturn.Definitions.Name}\n");
        foreach (var measure in kpiReturn.Measures)
        {
            text.Append(CultureInfo.InvariantCulture, $"{measure.Id}={measure.Fraction.Numerator}/{measure.Fraction.Denominator}|{measure.Provisional}");
            foreach (var (type, cell) in measure.ByTypeOfOrder.OrderBy(p => p.Key.Value))
            {
                text.Append(CultureInfo.InvariantCulture, $"|{type.Name}={cell.Numerator}/{cell.Denominator}");
            }

            text.Append('\n');
        }

        foreach (var member in kpiReturn.Cohort.Members)
        {
            text.Append(CultureInfo.InvariantCulture, $"member {member}\n");
        }

        foreach (var exclusion in kpiReturn.Cohort.Exclusions)
        {
            text.Append(CultureInfo.InvariantCulture, $"excluded {exclusion}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static List<ReportingQuarter> QuartersFrom(ReportingQuarter first, int count)
    {
        var list = new List<ReportingQuarter> { first };
        while (list.Count < count)
        {
            list.Add(list[^1].Next());
        }

        return list;
    }

    // Progress<T> posts to the thread pool; this one records on the calling thread so the test sees every report.
    private sealed class SynchronousProgress(List<int> reported) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reported)
            {
                reported.Add(value);
            }
        }
    }
}
