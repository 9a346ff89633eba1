using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The job every benchmark here uses (one launch, 3 warm-ups, 10 measured iterations: the operations are long, so the
/// mean is stable) and a "Children/s" column: the benchmark's <c>Children</c> parameter divided by its mean time.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
        WithBuildTimeout(System.TimeSpan.FromMinutes(10)); // a loaded 2-core machine needs more than the default 2 minutes
        AddColumn(new PerSecondColumn("ChildrenPerSecondColumn", "Children/s", 0, "N0", "Children processed per second (Children / Mean)", static (_, children) => children));
    }
}
