using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using YouthJustice.Baselines;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Json;

namespace YouthJustice.Benchmarks;

/// <summary>
/// Reading alone (issue 10): a service's files read and checked into <c>ServiceData</c>, from the cached benchmark files
/// (<see cref="BenchmarkFiles"/>, in the page cache after the first read), against DuckDB's <c>read_csv</c> of the same
/// table set into tables (no KPI) in the same run. The CSV reader on every core and on one thread, the JSON reader from
/// the file. <c>MB/s</c> is the input's size (the 13 CSV files, or the JSON document) divided by the mean.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReadingConfig))]
public class ReadingBenchmarks
{
    private string _csv = string.Empty;
    private string _json = string.Empty;

    /// <summary>Children in the synthetic service: <c>YJ_BENCH_CHILDREN</c> (comma-separated), or 100,000 and 1,000,000.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes to run: <c>YJ_BENCH_CHILDREN</c>, or 100,000 and 1,000,000.</summary>
    /// <returns>The sizes.</returns>
    public static IEnumerable<int> Sizes() => BenchmarkData.Sizes();

    /// <summary>Writes the files once and checks that every reader reads every child.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_csv, _json) = BenchmarkFiles.For(Children);
        foreach (var read in new[] { LibraryCsv(), LibraryCsvOneThread(), LibraryJson() })
        {
            if (read != Children)
            {
                throw new InvalidOperationException($"Read {read} children of {Children}: the benchmark would time a failed read.");
            }
        }
    }

    /// <summary>DuckDB: <c>read_csv</c> of the table set into in-memory tables, both cores.</summary>
    /// <returns>The service's size (DuckDB's tables are dropped with the connection).</returns>
    [Benchmark(Baseline = true)]
    public int DuckDbReadCsv()
    {
        using var db = DuckDbKpiReturn.ReadCsvFolder(_csv);
        return Children;
    }

    /// <summary>The CSV table set, its files read in parallel on every core.</summary>
    /// <returns>The children read.</returns>
    [Benchmark]
    public int LibraryCsv() => CaseLevelCsvReader.ReadFolder(_csv).Value.Children.Count;

    /// <summary>The CSV table set, one file after another on one thread.</summary>
    /// <returns>The children read.</returns>
    [Benchmark]
    public int LibraryCsvOneThread() => CaseLevelCsvReader.ReadFolder(_csv, maxDegreeOfParallelism: 1).Value.Children.Count;

    /// <summary>The JSON document, streamed child by child from the file.</summary>
    /// <returns>The children read.</returns>
    [Benchmark]
    public int LibraryJson() => CaseLevelJsonReader.ReadFile(_json).Value.Children.Count;

    /// <summary>The size in bytes of what a benchmark reads: the JSON document, or the table set's files.</summary>
    /// <param name="method">The benchmark method.</param>
    /// <param name="children">The service's size.</param>
    /// <returns>The bytes.</returns>
    internal static long InputBytes(string method, int children)
    {
        var (csv, json) = BenchmarkFiles.For(children);
        return method.Contains("Json", StringComparison.Ordinal)
            ? new FileInfo(json).Length
            : Directory.GetFiles(csv, "*.csv").Sum(f => new FileInfo(f).Length);
    }
}
