using System;
using System.Diagnostics;
using System.Globalization;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Benchmarks;

/// <summary>
/// <c>--read-profile csv|json|csv1|csvp|csv1p|jsonp children [e2e]</c>: one read of the cached benchmark service (<see cref="BenchmarkFiles"/>)
/// measured in-process, without BenchmarkDotNet: wall and CPU time, time in GC pauses, collections per generation,
/// bytes allocated, the managed heap still referenced after the read, and the process's peak working set. With
/// <c>e2e</c> it also prepares and computes 2024Q1, as <see cref="EndToEndBenchmarks"/> does. A profile, not a
/// benchmark: run each in a fresh process, since the peak working set only grows.
/// </summary>
public static class ReadProfile
{
    /// <summary>Runs the profile and prints one line.</summary>
    /// <param name="format"><c>csv</c> (every core), <c>csv1</c> (one thread) or <c>json</c>; with a <c>p</c> after it, read straight into the prepared layout (<c>csvp</c>, <c>csv1p</c>, <c>jsonp</c>).</param>
    /// <param name="children">The size of the cached service.</param>
    /// <param name="endToEnd">Whether to prepare and compute a return after reading.</param>
    /// <returns>0.</returns>
    public static int Run(string format, int children, bool endToEnd)
    {
        var (csv, json) = BenchmarkFiles.For(children);
        var process = Process.GetCurrentProcess();
        var pausesBefore = GC.GetTotalPauseDuration();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        // "jsonp", "csvp", "csv1p": read straight into the engine's layout, keeping no records (decision NJ5).
        var prepared = format switch
        {
            "jsonp" => CaseLevelJsonReader.ReadPreparedFile(json),
            "csvp" => CaseLevelCsvReader.ReadFolderPrepared(csv),
            "csv1p" => CaseLevelCsvReader.ReadFolderPrepared(csv, maxDegreeOfParallelism: 1),
            _ => null,
        };
        var read = prepared is not null ? null : format switch
        {
            "json" => CaseLevelJsonReader.ReadFile(json),
            "csv1" => CaseLevelCsvReader.ReadFolder(csv, maxDegreeOfParallelism: 1),
            _ => CaseLevelCsvReader.ReadFolder(csv),
        };
        var readTime = clock.Elapsed;
        long numerator = 0;
        if (endToEnd)
        {
            var service = prepared?.Value ?? KpiEngine.Prepare(read!.Value);
            var measure = new KpiEngine().Compute(service, new ReportingQuarter(2024, 1), DefinitionSet.Definitions2024).Find("kpi1.headline")!;
            numerator = measure.Numerator;
        }

        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var pauses = GC.GetTotalPauseDuration() - pausesBefore;
        var counts = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(prepared?.Value);
        GC.KeepAlive(read?.Value);
        var childCount = prepared?.Value.ChildCount ?? read!.Value.Children.Count;
        var issueCount = prepared?.Issues.Count ?? read!.Issues.Count;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{format} {children}: read {readTime.TotalSeconds:F2} s, total {wall.TotalSeconds:F2} s, CPU {cpu.TotalSeconds:F2} s, GC pauses {pauses.TotalSeconds:F2} s, gen0/1/2 {counts}, allocated {allocated / 1e6:F0} MB, heap after {retained / 1e6:F0} MB, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB, children {childCount}, issues {issueCount}, kpi1 numerator {numerator}"));
        return 0;
    }
}
