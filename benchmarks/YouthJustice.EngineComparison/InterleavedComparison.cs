using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace YouthJustice.EngineComparison;

/// <summary>
/// Both engines' stages in one process, alternating run by run (<c>eng/compare-engine.sh --interleaved</c>): in each
/// round every stage runs once on each engine, the engine that goes first swapping each round, and the ratio of the two
/// runs of that round is kept. A slow spell of the host then falls on both runs of a round alike, which a benchmark
/// run, measuring one case after the other, cannot promise: at a million children BenchmarkDotNet's means for the same
/// code moved by 10–20% from case to case on the 2-core build machine. Reports the median of the paired ratios with
/// its interquartile range, and each engine's median time.
/// </summary>
internal static class InterleavedComparison
{
    // The probe's stages (EngineProbe.Stages), in the order docs/benchmarks.md lists them.
    private static readonly string[] Order = ["Cohort", "AllCohortMeasures", "FullReturn", "Prepare"];

    /// <summary>Runs the comparison and prints one row per size and stage.</summary>
    /// <param name="sizes">The numbers of children.</param>
    /// <param name="rounds">Measured rounds (after two warm-up rounds).</param>
    public static void Run(IEnumerable<int> sizes, int rounds)
    {
        Console.WriteLine("| Stage | Children | Before (median) | After (median) | Paired ratio (median) | Interquartile range | Rounds |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var children in sizes)
        {
            var before = ProbeLoadContext.Stages("before", EngineStagesInProcess.BeforeVariable, children);
            var after = ProbeLoadContext.Stages("after", EngineStagesInProcess.AfterVariable, children);
            foreach (var stage in Order)
            {
                var times = new[] { new List<double>(), new List<double>() };
                var ratios = new List<double>();
                for (var round = 0; round < rounds + 2; round++)
                {
                    var pair = new double[2];
                    for (var k = 0; k < 2; k++)
                    {
                        var side = (round + k) % 2;
                        var run = side == 0 ? before[stage] : after[stage];
                        var clock = Stopwatch.StartNew();
                        GC.KeepAlive(run());
                        pair[side] = clock.Elapsed.TotalMilliseconds;
                    }

                    if (round >= 2)
                    {
                        times[0].Add(pair[0]);
                        times[1].Add(pair[1]);
                        ratios.Add(pair[1] / pair[0]);
                    }
                }

                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {stage} | {children:N0} | {Quantile(times[0], 0.5):F1} ms | {Quantile(times[1], 0.5):F1} ms | **{Quantile(ratios, 0.5):F3}** | {Quantile(ratios, 0.25):F3}–{Quantile(ratios, 0.75):F3} | {rounds} |"));
            }
        }
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
