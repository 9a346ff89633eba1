using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using YouthJustice.Baselines;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The scaling series of issue 10: the path <c>yj kpi</c> takes from a CSV table set to the 2024Q1 return (read
/// prepared, child by child: decisions NJ5, NJ6) at 100,000, 1,000,000 and 3,000,000 children, with DuckDB reading the
/// same files and computing the cohort and ten headlines as the baseline of each size. Only these two methods, so
/// that the largest size runs in minutes; <see cref="EndToEndBenchmarks"/> has the other paths.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EndToEndConfig))]
public class ScalingBenchmarks
{
    private static readonly ReportingQuarter Quarter = new(2024, 1);
    private string _csv = string.Empty;

    /// <summary>Children in the synthetic service: <c>YJ_BENCH_SCALING</c> (comma-separated), or 100,000, 1,000,000 and 3,000,000.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes to run.</summary>
    /// <returns>The sizes.</returns>
    public static IEnumerable<int> Sizes()
        => (Environment.GetEnvironmentVariable("YJ_BENCH_SCALING") is { Length: > 0 } sizes ? sizes : "100000,1000000,3000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(size => int.Parse(size, CultureInfo.InvariantCulture));

    /// <summary>Writes (once) the service's files, and checks that the library and DuckDB agree on KPI 1.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _csv = BenchmarkFiles.For(Children).Csv;
        var library = LibraryCsv();
        var sql = DuckDbCsv();
        if (library != sql)
        {
            throw new InvalidOperationException($"kpi1.headline: library {library}, DuckDB {sql}: the benchmark would time a wrong answer.");
        }
    }

    /// <summary>DuckDB: read_csv of the files into tables, then the cohort and the ten headlines in SQL.</summary>
    /// <returns>KPI 1's headline.</returns>
    [Benchmark(Baseline = true)]
    public (long, long) DuckDbCsv()
    {
        using var db = DuckDbKpiReturn.ReadCsvFolder(_csv);
        var figure = db.Compute(Quarter, DefinitionSet.Definitions2024).First(f => f is { MeasureId: "kpi1.headline", TypeOfOrder: null });
        return (figure.Numerator, figure.Denominator);
    }

    /// <summary>The library from the CSV table set as <c>yj kpi</c> reads it, then the whole return.</summary>
    /// <returns>KPI 1's headline.</returns>
    [Benchmark]
    public (long, long) LibraryCsv()
    {
        var measure = new KpiEngine().Compute(CaseLevelCsvReader.ReadFolderPrepared(_csv).Value, Quarter, DefinitionSet.Definitions2024).Find("kpi1.headline")!;
        return (measure.Numerator, measure.Denominator);
    }
}
