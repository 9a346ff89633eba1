using BenchmarkDotNet.Attributes;
using YouthJustice.Benchmarks.Baselines;
using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Measures;
using YouthJustice.Sampling;

namespace YouthJustice.Benchmarks;

/// <summary>
/// One measure three ways, like for like: KPI 1's headline for one quarter, cohort included, computed by LINQ over the
/// domain objects (the baseline), by one SQL query in DuckDB, and by the engine (cohort, then KPI 1 only). The setup
/// checks that all three give the engine's published figure before anything is timed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class Kpi1HeadlineBenchmarks
{
    private static readonly ReportingQuarter Quarter = new(2024, 1);
    private static readonly DefinitionSet Definitions = DefinitionSet.Definitions2024;
    private ServiceData _service = null!;
    private PreparedService _prepared = null!;
    private KpiEngine _engine = null!;
    private DuckDbKpi1 _duckDb = null!;

    /// <summary>Children in the synthetic service.</summary>
    [Params(100_000)]
    public int Children { get; set; }

    /// <summary>Generates the service, loads DuckDB and checks that the three implementations agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _service = SampleGenerator.Generate(BenchmarkData.Options(Children));
        _prepared = KpiEngine.Prepare(_service);
        _engine = new KpiEngine();
        _duckDb = DuckDbKpi1.Load(_service, KpiReferenceTables.Default);
        BaselineCheck.Kpi1(_service, Quarter, Definitions, _duckDb);
    }

    /// <summary>Closes the DuckDB database.</summary>
    [GlobalCleanup]
    public void Cleanup() => _duckDb.Dispose();

    /// <summary>Baseline: LINQ over the domain objects.</summary>
    [Benchmark(Baseline = true)]
    public int Linq() => LinqKpi1.Headline(_service, Quarter, KpiReferenceTables.Default, Definitions).Numerator;

    /// <summary>One SQL query over the same data in an in-memory DuckDB database (loaded in the setup, not timed).</summary>
    [Benchmark]
    public int DuckDb() => _duckDb.Headline(Quarter, Definitions).Numerator;

    /// <summary>The engine: the quarter's cohort, then KPI 1's measures only, from the prepared (columnar) service.</summary>
    [Benchmark]
    public long Engine()
    {
        var cohort = _engine.BuildCohort(_prepared, Quarter, Definitions);
        var (accumulator, first) = _engine.Accumulate(_prepared.Table, cohort, KpiArea.Accommodation);
        return accumulator.Numerators[first + AccommodationKpi.Headline];
    }
}
