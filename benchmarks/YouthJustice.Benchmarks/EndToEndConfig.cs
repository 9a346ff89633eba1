using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The end-to-end job: each operation takes seconds, so one launch, one warm-up and five measured iterations, with the
/// <see cref="ThroughputConfig"/> "Children/s" column.
/// </summary>
public sealed class EndToEndConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public EndToEndConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
        WithBuildTimeout(System.TimeSpan.FromMinutes(10)); // a loaded 2-core machine needs more than the default 2 minutes
        foreach (var column in new ThroughputConfig().GetColumnProviders())
        {
            AddColumnProvider(column);
        }
    }
}
