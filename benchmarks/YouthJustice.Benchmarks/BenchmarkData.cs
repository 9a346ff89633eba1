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
}
