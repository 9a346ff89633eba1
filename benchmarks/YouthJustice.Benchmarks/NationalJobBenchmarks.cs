using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using YouthJustice.Baselines;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Batch;
using YouthJustice.Interchange.Csv;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Sampling;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The national job (issue 10): 150 services of 6,667 children each (about 1,000,000 in all) as CSV table sets, every
/// service's return for eight quarters (2023Q2 to 2025Q1) under the 2024 definitions. The library's
/// <see cref="NationalJob"/> on one thread and on every core, against DuckDB reading each service's files with
/// <c>read_csv</c> and computing the cohort and ten headlines for each quarter (DuckDB on every core).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(NationalJobConfig))]
public class NationalJobBenchmarks
{
    private const int ServiceCount = 150;
    private const int ChildrenPerService = 6_667;
    private static readonly IReadOnlyList<ReportingQuarter> Quarters = Enumerable.Range(0, 8).Select(i => Next(new ReportingQuarter(2023, 2), i)).ToList();
    private IReadOnlyList<ServiceInput> _inputs = [];

    /// <summary>Children in all (for the "Children/s" column).</summary>
    [Params(ServiceCount * ChildrenPerService)]
    public int Children { get; set; }

    /// <summary>
    /// Before DuckDB is timed: writes (once) the 150 services and checks that the library and DuckDB agree on every
    /// KPI 1 headline (here only, since each method runs in its own process and one DuckDB pass takes minutes).
    /// </summary>
    [GlobalSetup(Target = nameof(DuckDbCsv))]
    public void SetupAndCheck()
    {
        Setup();
        var sql = DuckDbCsv();
        if (LibraryParallel() != sql || LibrarySerial() != sql)
        {
            throw new InvalidOperationException("The library and DuckDB disagree on the KPI 1 headlines: the benchmark would time a wrong answer.");
        }
    }

    /// <summary>Before the library is timed: writes (once) the 150 services.</summary>
    [GlobalSetup(Targets = [nameof(LibrarySerial), nameof(LibraryParallel)])]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "yj-benchmark-data", $"national-{ServiceCount}x{ChildrenPerService}");
        var done = Path.Combine(root, "complete");
        if (!File.Exists(done))
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            for (var s = 1; s <= ServiceCount; s++)
            {
                var code = $"YJS{s:D3}";
                var service = SampleGenerator.Generate(new SampleOptions(ChildrenPerService, BenchmarkData.Seed + s, new ReportingQuarter(2023, 1), 9, code, "Service " + code));
                CaseLevelCsvWriter.WriteFolder(service, Path.Combine(root, code));
            }

            File.WriteAllText(done, "");
        }

        _inputs = ServiceInput.InFolder(root, out _);
    }

    /// <summary>DuckDB, service after service: read_csv of the files, then each quarter's cohort and ten headlines.</summary>
    /// <returns>The sum of the KPI 1 headline numerators and denominators over every return, to check.</returns>
    [Benchmark(Baseline = true)]
    public (long, long) DuckDbCsv()
    {
        long numerators = 0, denominators = 0;
        foreach (var input in _inputs)
        {
            using var db = DuckDbKpiReturn.ReadCsvFolder(input.Path);
            foreach (var quarter in Quarters)
            {
                var figure = db.Compute(quarter, DefinitionSet.Definitions2024).Single(f => f is { MeasureId: "kpi1.headline", TypeOfOrder: null });
                numerators += figure.Numerator;
                denominators += figure.Denominator;
            }
        }

        return (numerators, denominators);
    }

    /// <summary>The library's national job on one thread.</summary>
    /// <returns>The KPI 1 sums.</returns>
    [Benchmark]
    public (long, long) LibrarySerial() => Run(1);

    /// <summary>The library's national job on every core.</summary>
    /// <returns>The KPI 1 sums.</returns>
    [Benchmark]
    public (long, long) LibraryParallel() => Run(-1);

    private (long, long) Run(int parallelism)
    {
        long numerators = 0, denominators = 0;
        foreach (var result in NationalJob.Run(_inputs, Quarters, DefinitionSet.Definitions2024, new KpiEngine(), parallelism))
        {
            foreach (var kpiReturn in result.Returns)
            {
                var measure = kpiReturn.Find("kpi1.headline")!;
                numerators += measure.Numerator;
                denominators += measure.Denominator;
            }
        }

        return (numerators, denominators);
    }

    private static ReportingQuarter Next(ReportingQuarter quarter, int times)
    {
        for (var i = 0; i < times; i++)
        {
            quarter = quarter.Next();
        }

        return quarter;
    }
}
