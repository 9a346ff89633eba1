using BenchmarkDotNet.Attributes;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
#if SAMPLER_IN_INTERCHANGE
using YouthJustice.Interchange.Sampling;
#else
using YouthJustice.Sampling;
#endif

namespace YouthJustice.EngineComparison;

/// <summary>
/// The engine's four stages, as <c>KpiEngineBenchmarks</c> measures them (same service: the sample generator, seed 7,
/// orders ending over 2023Q1–2024Q4; 2024Q1 under the 2024 definitions), run by <see cref="EngineComparisonConfig"/>
/// once with the engine of an older tree (the baseline job) and once with this tree's.
/// </summary>
[Config(typeof(EngineComparisonConfig))]
public class EngineStages
{
    private static readonly ReportingQuarter Quarter = new(2024, 1);
    private ServiceData _service = null!;
    private PreparedService _prepared = null!;
    private KpiEngine _engine = null!;
    private EngineInternals _internals = null!;
    private object _table = null!;
    private object _cohort = null!;

    /// <summary>Children in the synthetic service.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes measured: <c>YJ_BENCH_CHILDREN</c> (comma-separated), or 100,000 and 1,000,000.</summary>
    /// <returns>The sizes.</returns>
    public static System.Collections.Generic.IEnumerable<int> Sizes()
        => System.Linq.Enumerable.Select(
            (System.Environment.GetEnvironmentVariable("YJ_BENCH_CHILDREN") is { Length: > 0 } sizes ? sizes : "100000,1000000")
                .Split(',', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries),
            size => int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Generates the service, prepares it and builds the 2024Q1 cohort.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _service = SampleGenerator.Generate(new SampleOptions(Children, 7, new ReportingQuarter(2023, 1), 8, "BENCH", "Benchmark service"));
        _prepared = KpiEngine.Prepare(_service);
        _engine = new KpiEngine();
        _internals = EngineInternals.Bind();
        _table = _internals.Table(_prepared);
        _cohort = _internals.BuildCohort(_engine, _prepared, Quarter, DefinitionSet.Definitions2024);
    }

    /// <summary>The cohort of one quarter (candidates, checks, dedup).</summary>
    /// <returns>The cohort.</returns>
    [Benchmark]
    public object Cohort() => _internals.BuildCohort(_engine, _prepared, Quarter, DefinitionSet.Definitions2024);

    /// <summary>Every per-child measure of every cohort KPI for one quarter: the hot path.</summary>
    /// <returns>The counts.</returns>
    [Benchmark]
    public object AllCohortMeasures() => _internals.Accumulate(_engine, _table, _cohort);

    /// <summary>The whole quarterly return: cohort, every KPI and sub-measure, national indicators, result objects.</summary>
    /// <returns>The number of measures.</returns>
    [Benchmark]
    public int FullReturn() => _engine.Compute(_prepared, Quarter, DefinitionSet.Definitions2024).Measures.Count;

    /// <summary>Laying the service out in columns.</summary>
    /// <returns>The prepared service.</returns>
    [Benchmark]
    public PreparedService Prepare() => KpiEngine.Prepare(_service);
}
