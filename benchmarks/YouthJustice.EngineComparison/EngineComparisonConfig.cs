using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace YouthJustice.EngineComparison;

/// <summary>
/// Two jobs in one run, alike in everything but the engine they are built with: <c>before</c> (the baseline) builds
/// against the tree named by <c>YJ_ENGINE_BASELINE</c>, <c>after</c> against this one. One launch, 3 warm-ups and 10
/// measured iterations each, as <c>ThroughputConfig</c> in the main benchmarks; allocations measured.
/// </summary>
public sealed class EngineComparisonConfig : ManualConfig
{
    /// <summary>The environment variable naming the root of the older checkout.</summary>
    public const string BaselineVariable = "YJ_ENGINE_BASELINE";

    /// <summary>Creates the configuration.</summary>
    public EngineComparisonConfig()
    {
        var baseline = Environment.GetEnvironmentVariable(BaselineVariable);
        if (string.IsNullOrWhiteSpace(baseline))
        {
            throw new InvalidOperationException($"Set {BaselineVariable} to the root of the checkout to compare with (eng/compare-engine.sh does).");
        }

        var job = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10);
        AddJob(job.WithArguments([new MsBuildArgument($"/p:EngineBaseline={baseline}")]).WithId("before").AsBaseline());
        AddJob(job.WithId("after"));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithBuildTimeout(TimeSpan.FromMinutes(15)); // a loaded 2-core machine builds slowly
    }
}
