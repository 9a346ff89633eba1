using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using YouthJustice.Domain.Time;
using YouthJustice.Sampling;

namespace YouthJustice.Benchmarks;

/// <summary>The synthetic service every benchmark runs on: the built-in generator, fixed seed, 2023Q1–2024Q4.</summary>
public static class BenchmarkData
{
    /// <summary>The generator's seed for every benchmark.</summary>
    public const int Seed = 7;

    /// <summary>The sample options for a service of <paramref name="children"/> children.</summary>
    /// <param name="children">How many children.</param>
    /// <returns>The options.</returns>
    public static SampleOptions Options(int children)
        => new(children, Seed, new ReportingQuarter(2023, 1), 8, "BENCH", "Benchmark service");

    /// <summary>
    /// The service sizes of the issue-10 benchmarks: <c>YJ_BENCH_CHILDREN</c> (comma-separated, <c>100000</c> for a
    /// quick run), or 100,000 and 1,000,000.
    /// </summary>
    /// <returns>The sizes.</returns>
    public static IEnumerable<int> Sizes()
        => (Environment.GetEnvironmentVariable("YJ_BENCH_CHILDREN") is { Length: > 0 } sizes ? sizes : "100000,1000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(size => int.Parse(size, CultureInfo.InvariantCulture));
}
