using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace YouthJustice.EngineComparison;

/// <summary>
/// The engine's four stages, an older engine's (<c>Before_…</c>, the baseline of each stage) and this tree's
/// (<c>After_…</c>), measured in one process: <c>eng/compare-engine.sh --in-process &lt;commit&gt;</c> builds
/// <c>YouthJustice.EngineProbe</c> against each and names the two builds in <c>YJ_ENGINE_PROBE_BEFORE</c> and
/// <c>YJ_ENGINE_PROBE_AFTER</c>. Each service is generated once per size and kept for every stage.
/// </summary>
[Config(typeof(InProcessComparisonConfig))]
[CategoriesColumn]
public class EngineStagesInProcess
{
    /// <summary>The variable naming the probe built against the older engine.</summary>
    public const string BeforeVariable = "YJ_ENGINE_PROBE_BEFORE";

    /// <summary>The variable naming the probe built against this tree's engine.</summary>
    public const string AfterVariable = "YJ_ENGINE_PROBE_AFTER";

    private IReadOnlyDictionary<string, Func<object>> _before = null!;
    private IReadOnlyDictionary<string, Func<object>> _after = null!;

    /// <summary>Children in the synthetic service (<see cref="EngineStages.Sizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes measured.</summary>
    /// <returns>The sizes.</returns>
    public static IEnumerable<int> Sizes() => EngineStages.Sizes();

    /// <summary>Loads both probes and generates their services (once per size and side).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _before = Load("before", BeforeVariable);
        _after = Load("after", AfterVariable);
    }

    /// <summary>The cohort, older engine.</summary>
    /// <returns>The cohort.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Cohort")]
    public object Before_Cohort() => _before["Cohort"]();

    /// <summary>The cohort, this engine.</summary>
    /// <returns>The cohort.</returns>
    [Benchmark, BenchmarkCategory("Cohort")]
    public object After_Cohort() => _after["Cohort"]();

    /// <summary>Every cohort measure, older engine.</summary>
    /// <returns>The counts.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("AllCohortMeasures")]
    public object Before_AllCohortMeasures() => _before["AllCohortMeasures"]();

    /// <summary>Every cohort measure, this engine.</summary>
    /// <returns>The counts.</returns>
    [Benchmark, BenchmarkCategory("AllCohortMeasures")]
    public object After_AllCohortMeasures() => _after["AllCohortMeasures"]();

    /// <summary>The whole return, older engine.</summary>
    /// <returns>The number of measures.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("FullReturn")]
    public object Before_FullReturn() => _before["FullReturn"]();

    /// <summary>The whole return, this engine.</summary>
    /// <returns>The number of measures.</returns>
    [Benchmark, BenchmarkCategory("FullReturn")]
    public object After_FullReturn() => _after["FullReturn"]();

    /// <summary>The layout, older engine.</summary>
    /// <returns>The prepared service.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Prepare")]
    public object Before_Prepare() => _before["Prepare"]();

    /// <summary>The layout, this engine.</summary>
    /// <returns>The prepared service.</returns>
    [Benchmark, BenchmarkCategory("Prepare")]
    public object After_Prepare() => _after["Prepare"]();

    private IReadOnlyDictionary<string, Func<object>> Load(string side, string variable) => ProbeLoadContext.Stages(side, variable, Children);
}
