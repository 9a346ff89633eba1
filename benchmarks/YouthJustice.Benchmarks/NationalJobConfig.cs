using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The national job: DuckDB's operation takes minutes on this machine type, so the monitoring strategy (no overhead measurement), one launch, no warm-up (each operation
/// reads 150 services, long past the JIT's tiering) and three measured iterations, with the "Children/s" column.
/// </summary>
public sealed class NationalJobConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public NationalJobConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(3));
        WithBuildTimeout(System.TimeSpan.FromMinutes(10));
        foreach (var column in new ThroughputConfig().GetColumnProviders())
        {
            AddColumnProvider(column);
        }
    }
}
