using BenchmarkDotNet.Running;

namespace YouthJustice.EngineComparison;

/// <summary>
/// Entry point: <c>YJ_ENGINE_BASELINE=&lt;older checkout&gt; dotnet run -c Release -- --filter '*'</c>, or
/// <c>eng/compare-engine.sh &lt;commit&gt;</c>, which makes the checkout; <c>--interleaved [rounds]</c> runs
/// <see cref="InterleavedComparison"/> instead.
/// </summary>
public static class Program
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    public static void Main(string[] args)
    {
        if (args is ["--interleaved", ..])
        {
            // eng/compare-engine.sh --interleaved: paired runs in one process, no BenchmarkDotNet (InterleavedComparison).
            var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 25;
            InterleavedComparison.Run(EngineStages.Sizes(), rounds);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
