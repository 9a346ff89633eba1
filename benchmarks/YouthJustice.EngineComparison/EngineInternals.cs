using System;
using System.Linq.Expressions;
using System.Reflection;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.EngineComparison;

/// <summary>
/// The engine's internal stages (<c>BuildCohort</c>, <c>Accumulate</c>, <c>PreparedService.Table</c>), reached through
/// delegates compiled once: the engine shows its internals to <c>YouthJustice.Benchmarks</c> only, in every tree
/// this compares, and BenchmarkDotNet finds a project by its assembly name, so this project cannot take that name.
/// A compiled call costs a few nanoseconds and allocates nothing, against stages of milliseconds.
/// </summary>
internal sealed class EngineInternals
{
    private const BindingFlags Internal = BindingFlags.Instance | BindingFlags.NonPublic;

    private EngineInternals(
        Func<KpiEngine, PreparedService, ReportingQuarter, DefinitionSet, object> buildCohort,
        Func<KpiEngine, object, object, object> accumulate,
        Func<PreparedService, object> table)
    {
        BuildCohort = buildCohort;
        Accumulate = accumulate;
        Table = table;
    }

    /// <summary><c>engine.BuildCohort(service, quarter, definitions)</c>: the quarter's cohort.</summary>
    public Func<KpiEngine, PreparedService, ReportingQuarter, DefinitionSet, object> BuildCohort { get; }

    /// <summary><c>engine.Accumulate(table, cohort)</c>: every cohort measure counted.</summary>
    public Func<KpiEngine, object, object, object> Accumulate { get; }

    /// <summary><c>service.Table</c>: the columnar layout.</summary>
    public Func<PreparedService, object> Table { get; }

    /// <summary>Compiles the three calls against the engine this project was built with.</summary>
    /// <returns>The calls.</returns>
    public static EngineInternals Bind()
    {
        var build = typeof(KpiEngine).GetMethod("BuildCohort", Internal, [typeof(PreparedService), typeof(ReportingQuarter), typeof(DefinitionSet)])
            ?? throw new MissingMethodException(nameof(KpiEngine), "BuildCohort");
        var tableProperty = typeof(PreparedService).GetProperty("Table", Internal)
            ?? throw new MissingMemberException(nameof(PreparedService), "Table");
        var accumulate = typeof(KpiEngine).GetMethod("Accumulate", Internal, [tableProperty.PropertyType, build.ReturnType])
            ?? throw new MissingMethodException(nameof(KpiEngine), "Accumulate");

        var engine = Expression.Parameter(typeof(KpiEngine), "engine");
        var service = Expression.Parameter(typeof(PreparedService), "service");
        var quarter = Expression.Parameter(typeof(ReportingQuarter), "quarter");
        var definitions = Expression.Parameter(typeof(DefinitionSet), "definitions");
        var table = Expression.Parameter(typeof(object), "table");
        var cohort = Expression.Parameter(typeof(object), "cohort");

        return new EngineInternals(
            Expression.Lambda<Func<KpiEngine, PreparedService, ReportingQuarter, DefinitionSet, object>>(
                Expression.Call(engine, build, service, quarter, definitions), engine, service, quarter, definitions).Compile(),
            Expression.Lambda<Func<KpiEngine, object, object, object>>(
                Expression.Call(engine, accumulate, Expression.Convert(table, tableProperty.PropertyType), Expression.Convert(cohort, build.ReturnType)),
                engine, table, cohort).Compile(),
            Expression.Lambda<Func<PreparedService, object>>(Expression.Property(service, tableProperty), service).Compile());
    }
}
