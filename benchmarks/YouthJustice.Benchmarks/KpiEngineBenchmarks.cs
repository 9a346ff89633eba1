using BenchmarkDotNet.Attributes;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Sampling;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The engine's stages on a synthetic service (the built-in sample generator) of <see cref="Children"/> children with
/// orders ending over eight quarters: the cohort, every cohort measure, the whole return, and laying the data out.
/// <see cref="Kpi1HeadlineBenchmarks"/> sets the engine beside LINQ and DuckDB baselines.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class KpiEngineBenchmarks
{
    private static readonly ReportingQuarter Quarter = new(2024, 1);
    private ServiceData _service = null!;
    private PreparedService _prepared = null!;
    private KpiEngine _engine = null!;
    private QuarterCohort _cohort = null!;

    /// <summary>Children in the synthetic service.</summary>
    [Params(100_000, 1_000_000)]
    public int Children { get; set; }

    /// <summary>Generates the service, prepares it and builds the 2024Q1 cohort.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _service = SampleGenerator.Generate(BenchmarkData.Options(Children));
        _prepared = KpiEngine.Prepare(_service);
        _engine = new KpiEngine();
        _cohort = _engine.BuildCohort(_prepared, Quarter, DefinitionSet.Definitions2024);
    }

    /// <summary>The cohort of one quarter (candidates, checks, dedup).</summary>
    [Benchmark]
    public int Cohort() => _engine.BuildCohort(_prepared, Quarter, DefinitionSet.Definitions2024).MemberCount;

    /// <summary>Every per-child measure of every cohort KPI for one quarter: the hot path.</summary>
    [Benchmark]
    public long AllCohortMeasures() => _engine.Accumulate(_prepared.Table, _cohort).Denominators[0];

    /// <summary>The whole quarterly return: cohort, every KPI and sub-measure, national indicators, result objects.</summary>
    [Benchmark]
    public int FullReturn() => _engine.Compute(_prepared, Quarter, DefinitionSet.Definitions2024).Measures.Count;

    /// <summary>Laying the service out in columns (done once per service, reused for every quarter).</summary>
    [Benchmark]
    public int Prepare() => KpiEngine.Prepare(_service).Table.ChildCount;
}
