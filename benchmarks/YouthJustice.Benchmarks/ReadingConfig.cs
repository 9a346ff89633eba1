using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace YouthJustice.Benchmarks;

/// <summary>The end-to-end job (<see cref="EndToEndConfig"/>) with an "MB/s" column: the input's size divided by the mean.</summary>
public sealed class ReadingConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ReadingConfig()
    {
        Add(new EndToEndConfig());
        AddColumn(new MegabytesPerSecondColumn());
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => nameof(MegabytesPerSecondColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 1;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes of input read per second (the files' size / Mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var children = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Children")?.Value;
            if (report?.ResultStatistics is not { } stats || children is not int n || stats.Mean <= 0)
            {
                return "-";
            }

            var bytes = ReadingBenchmarks.InputBytes(benchmarkCase.Descriptor.WorkloadMethod.Name, n);
            return (bytes / 1e6 / (stats.Mean / 1e9)).ToString("N1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
