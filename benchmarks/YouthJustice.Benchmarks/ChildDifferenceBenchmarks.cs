using BenchmarkDotNet.Attributes;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Sampling;

namespace YouthJustice.Benchmarks;

/// <summary>
/// What <c>yj diff</c> costs on a large service: every child whose standing moves between the two definition sets
/// (<see cref="KpiEngine.Diff"/>), and between the guidance and the YJB pipeline profile, each divergence then switched
/// alone to name what moved the child (<see cref="KpiEngine.DiffProfiles"/>). Both explain every cohort child, so they
/// cost far more per child than a return; measured beside the whole return of the same service.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ChildDifferenceBenchmarks
{
    private static readonly ReportingQuarter Quarter = new(2024, 1);
    private PreparedService _prepared = null!;
    private KpiEngine _engine = null!;

    /// <summary>Children in the synthetic service.</summary>
    [Params(10_000, 100_000)]
    public int Children { get; set; }

    /// <summary>Generates and prepares the service.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _prepared = KpiEngine.Prepare(SampleGenerator.Generate(BenchmarkData.Options(Children)));
        _engine = new KpiEngine();
    }

    /// <summary>The whole return, for scale.</summary>
    /// <returns>The number of measures.</returns>
    [Benchmark(Baseline = true)]
    public int FullReturn() => _engine.Compute(_prepared, Quarter, DefinitionSet.Definitions2024).Measures.Count;

    /// <summary>The children moved between the 2023 and 2024 definitions.</summary>
    /// <returns>The number of differences.</returns>
    [Benchmark]
    public int DiffDefinitions() => _engine.Diff(_prepared, Quarter, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024).Count;

    /// <summary>The children moved between the guidance and the YJB pipeline profile, with the divergences that move them.</summary>
    /// <returns>The number of differences.</returns>
    [Benchmark]
    public int DiffProfiles() => _engine.DiffProfiles(_prepared, Quarter).Count;
}
