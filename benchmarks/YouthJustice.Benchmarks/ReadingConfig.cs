using BenchmarkDotNet.Configs;

namespace YouthJustice.Benchmarks;

/// <summary>The end-to-end job (<see cref="EndToEndConfig"/>) with an "MB/s" column: the input's size divided by the mean.</summary>
public sealed class ReadingConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ReadingConfig()
    {
        Add(new EndToEndConfig());
        AddColumn(new PerSecondColumn(
            "MegabytesPerSecondColumn",
            "MB/s",
            1,
            "N1",
            "Megabytes of input read per second (the files' size / Mean)",
            static (benchmarkCase, children) => ReadingBenchmarks.InputBytes(benchmarkCase.Descriptor.WorkloadMethod.Name, children) / 1e6));
    }
}
