using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace YouthJustice.EngineComparison;

/// <summary>
/// One job, in this process (the in-process toolchain), so that both engines' stages are measured in the same
/// process, over services generated into the same heap: what the process does to a stage of a million children (its
/// memory layout, its pages) is then the same for both. 3 warm-ups and 15 measured iterations (YJ_ENGINE_ITERATIONS);
/// allocations measured; each stage's ratio is after ÷ before.
/// </summary>
public sealed class InProcessComparisonConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public InProcessComparisonConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3)
            .WithIterationCount(EngineComparisonConfig.Count(EngineComparisonConfig.IterationsVariable, 15)).WithId("in-process"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
    }
}
