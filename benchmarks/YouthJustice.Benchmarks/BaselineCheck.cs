using System;
using System.Globalization;
using YouthJustice.Benchmarks.Baselines;
using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Benchmarks;

/// <summary>Checks that a baseline computes the same figure as the engine; a benchmark of a wrong answer is worthless.</summary>
public static class BaselineCheck
{
    /// <summary>Throws unless LINQ, DuckDB and the engine's return agree on <c>kpi1.headline</c>.</summary>
    /// <param name="service">The service.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="definitions">The definition set.</param>
    /// <param name="duckDb">The loaded DuckDB database.</param>
    /// <returns>The agreed numerator and denominator.</returns>
    public static (int Numerator, int Denominator) Kpi1(ServiceData service, ReportingQuarter quarter, DefinitionSet definitions, DuckDbKpi1 duckDb)
    {
        ArgumentNullException.ThrowIfNull(duckDb);
        var engine = new KpiEngine().Compute(service, quarter, definitions).Find("kpi1.headline")
            ?? throw new InvalidOperationException("The return has no kpi1.headline.");
        var expected = (checked((int)engine.Numerator), checked((int)engine.Denominator));
        var linq = LinqKpi1.Headline(service, quarter, KpiReferenceTables.Default, definitions);
        var sql = duckDb.Headline(quarter, definitions);
        if (linq != expected || sql != expected)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"kpi1.headline {quarter} ({definitions.Name}): engine {expected}, LINQ {linq}, DuckDB {sql}."));
        }

        return expected;
    }
}
