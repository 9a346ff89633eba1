using System;
using BenchmarkDotNet.Attributes;
using YouthJustice.Baselines;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Benchmarks;

/// <summary>
/// From a service's files to its return, as a user starts (issue 10): the library reading the CSV table set or the
/// JSON document, laying it out and computing 2024Q1 (2024 definitions, every measure), against DuckDB reading the
/// same CSV files with <c>read_csv</c> and computing the cohort and the ten headlines (<c>YouthJustice.Baselines</c>).
/// Reading is inside the timed region for both; the files are written once, untimed, and kept between runs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EndToEndConfig))]
public class EndToEndBenchmarks
{
    private static readonly ReportingQuarter Quarter = new(2024, 1);
    private string _csv = string.Empty;
    private string _json = string.Empty;

    /// <summary>Children in the synthetic service: <c>YJ_BENCH_CHILDREN</c> (comma-separated), or 100,000 and 1,000,000.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes to run (<see cref="BenchmarkData.Sizes"/>).</summary>
    /// <returns>The sizes.</returns>
    public static System.Collections.Generic.IEnumerable<int> Sizes() => BenchmarkData.Sizes();

    /// <summary>Writes (once) the service as a CSV table set and a JSON document, and checks that both paths agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_csv, _json) = BenchmarkFiles.For(Children);
        var library = LibraryCsv();
        var sql = DuckDbCsv();
        if (library != sql || LibraryJson() != library || LibraryCsvViaObjects() != library || LibraryJsonViaObjects() != library)
        {
            throw new InvalidOperationException($"kpi1.headline: library {library}, DuckDB {sql}: the benchmark would time a wrong answer.");
        }
    }

    /// <summary>DuckDB: read_csv of the 13 files into tables, then the cohort and the ten headlines in SQL.</summary>
    /// <returns>KPI 1's headline, to check and to keep the work alive.</returns>
    [Benchmark(Baseline = true)]
    public (long, long) DuckDbCsv()
    {
        using var db = DuckDbKpiReturn.ReadCsvFolder(_csv);
        foreach (var figure in db.Compute(Quarter, DefinitionSet.Definitions2024))
        {
            if (figure is { MeasureId: "kpi1.headline", TypeOfOrder: null })
            {
                return (figure.Numerator, figure.Denominator);
            }
        }

        throw new InvalidOperationException("No kpi1.headline.");
    }

    /// <summary>The library from the CSV table set as <c>yj kpi</c> reads it: straight into the engine's layout (decision NJ5).</summary>
    [Benchmark]
    public (long, long) LibraryCsv() => Compute(CaseLevelCsvReader.ReadFolderPrepared(_csv).Value);

    /// <summary>The library from the JSON document as <c>yj kpi</c> reads it: child by child into the engine's layout (decision NJ5).</summary>
    [Benchmark]
    public (long, long) LibraryJson() => Compute(CaseLevelJsonReader.ReadPreparedFile(_json).Value);

    /// <summary>The CSV table set read into <c>ServiceData</c> (objects), then prepared: a caller who wants the objects.</summary>
    [Benchmark]
    public (long, long) LibraryCsvViaObjects() => Compute(KpiEngine.Prepare(CaseLevelCsvReader.ReadFolder(_csv).Value));

    /// <summary>The JSON document read into <c>ServiceData</c> (objects), then prepared.</summary>
    [Benchmark]
    public (long, long) LibraryJsonViaObjects() => Compute(KpiEngine.Prepare(CaseLevelJsonReader.ReadFile(_json).Value));

    private static (long, long) Compute(PreparedService service)
    {
        var measure = new KpiEngine().Compute(service, Quarter, DefinitionSet.Definitions2024).Find("kpi1.headline")!;
        return (measure.Numerator, measure.Denominator);
    }
}
