using BenchmarkDotNet.Running;

namespace YouthJustice.EngineComparison;

/// <summary>
/// Entry point: <c>YJ_ENGINE_BASELINE=&lt;older checkout&gt; dotnet run -c Release -- --filter '*'</c>, or
/// <c>eng/compare-engine.sh &lt;commit&gt;</c>, which makes the checkout.
/// </summary>
public static class Program
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
