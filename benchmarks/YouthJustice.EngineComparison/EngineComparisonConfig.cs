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

    /// <summary>The environment variable that, set to 1, runs the <c>before</c> job of each size first.</summary>
    public const string BeforeFirstVariable = "YJ_ENGINE_BEFORE_FIRST";

    /// <summary>The environment variable that sets the number of processes each job runs in (default 1).</summary>
    public const string LaunchesVariable = "YJ_ENGINE_LAUNCHES";

    /// <summary>The environment variable that sets the measured iterations per process (default 10).</summary>
    public const string IterationsVariable = "YJ_ENGINE_ITERATIONS";

    /// <summary>Creates the configuration.</summary>
    public EngineComparisonConfig()
    {
        var baseline = Environment.GetEnvironmentVariable(BaselineVariable);
        if (string.IsNullOrWhiteSpace(baseline))
        {
            throw new InvalidOperationException($"Set {BaselineVariable} to the root of the checkout to compare with (eng/compare-engine.sh does).");
        }

        // More processes average out what one process's memory layout does to a stage of a million children; more
        // iterations narrow the error bar on a noisy host.
        var job = Job.Default.WithLaunchCount(Count(LaunchesVariable, 1)).WithWarmupCount(3).WithIterationCount(Count(IterationsVariable, 10));
        // BenchmarkDotNet runs the jobs of one size in the order of their ids: "after" before "before". To see whether
        // running second favours a job, YJ_ENGINE_BEFORE_FIRST=1 renames "after" to "then-after" so that "before" runs first.
        var beforeFirst = Environment.GetEnvironmentVariable(BeforeFirstVariable) == "1";
        AddJob(job.WithArguments([new MsBuildArgument($"/p:EngineBaseline={baseline}")]).WithId("before").AsBaseline());
        AddJob(job.WithId(beforeFirst ? "then-after" : "after"));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithBuildTimeout(TimeSpan.FromMinutes(15)); // a loaded 2-core machine builds slowly
    }

    /// <summary>A positive count from <paramref name="variable"/>, or <paramref name="fallback"/>.</summary>
    /// <param name="variable">The environment variable.</param>
    /// <param name="fallback">The count when it is unset or not a positive number.</param>
    /// <returns>The count.</returns>
    internal static int Count(string variable, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(variable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0 ? count : fallback;
}
