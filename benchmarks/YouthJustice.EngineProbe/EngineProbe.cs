using System;
using System.Collections.Generic;
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
/// The engine's four stages over one synthetic service (the sample generator, seed 7, orders ending over
/// 2023Q1–2024Q4; 2024Q1 under the 2024 definitions), as <see cref="Func{TResult}"/>s keyed by stage name. The host
/// loads this assembly, built against each engine, into its own load context; only framework types cross, so the
/// host needs no reference to either engine.
/// </summary>
public static class EngineProbe
{
    /// <summary>Generates and prepares a service of <paramref name="children"/> children and returns its stages.</summary>
    /// <param name="children">Children in the service.</param>
    /// <returns>Each stage by name: the cohort, every cohort measure counted, the whole return, the layout.</returns>
    public static IReadOnlyDictionary<string, Func<object>> Stages(int children)
    {
        var quarter = new ReportingQuarter(2024, 1);
        var service = SampleGenerator.Generate(new SampleOptions(children, 7, new ReportingQuarter(2023, 1), 8, "BENCH", "Benchmark service"));
        var prepared = KpiEngine.Prepare(service);
        var engine = new KpiEngine();
        var internals = EngineInternals.Bind();
        var table = internals.Table(prepared);
        var cohort = internals.BuildCohort(engine, prepared, quarter, DefinitionSet.Definitions2024);
        return new Dictionary<string, Func<object>>(StringComparer.Ordinal)
        {
            ["Cohort"] = () => internals.BuildCohort(engine, prepared, quarter, DefinitionSet.Definitions2024),
            ["AllCohortMeasures"] = () => internals.Accumulate(engine, table, cohort),
            ["FullReturn"] = () => engine.Compute(prepared, quarter, DefinitionSet.Definitions2024).Measures.Count,
            ["Prepare"] = () => KpiEngine.Prepare(service),
        };
    }
}
