using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using YouthJustice.Benchmarks.Baselines;
using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Sampling;

namespace YouthJustice.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project benchmarks/YouthJustice.Benchmarks -- --filter '*'</c> runs the
/// benchmarks; <c>-- --verify [children]</c> only checks that the baselines agree with the engine (CI runs it).
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks, or the baseline check.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, or <c>--verify [children]</c>.</param>
    /// <returns>The exit code: 0, or 1 when the baselines disagree with the engine.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "--verify")
        {
            return Verify(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000);
        }

        if (args.Length > 2 && args[0] == "--read-profile")
        {
            return ReadProfile.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 && args[3] == "e2e");
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Verify(int children)
    {
        var service = SampleGenerator.Generate(BenchmarkData.Options(children));
        using var duckDb = DuckDbKpi1.Load(service, KpiReferenceTables.Default);
        try
        {
            foreach (var definitions in new[] { DefinitionSet.Definitions2023, DefinitionSet.Definitions2024 })
            {
                for (var q = new ReportingQuarter(2023, 2); q <= new ReportingQuarter(2024, 4); q = q.Next())
                {
                    var (numerator, denominator) = BaselineCheck.Kpi1(service, q, definitions, duckDb);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{q} {definitions.Name}: kpi1.headline {numerator}/{denominator} (engine = LINQ = DuckDB)"));
                }
            }
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        return 0;
    }
}
