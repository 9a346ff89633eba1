using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The job every benchmark here uses (one launch, 3 warm-ups, 10 measured iterations: the operations are long, so the
/// mean is stable) and a "Children/s" column: the benchmark's <c>Children</c> parameter divided by its mean time.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
        WithBuildTimeout(System.TimeSpan.FromMinutes(10)); // a loaded 2-core machine needs more than the default 2 minutes
        AddColumn(new ChildrenPerSecondColumn());
    }

    private sealed class ChildrenPerSecondColumn : IColumn
    {
        public string Id => nameof(ChildrenPerSecondColumn);

        public string ColumnName => "Children/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Children processed per second (Children / Mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var children = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Children")?.Value;
            if (report?.ResultStatistics is not { } stats || children is not int n || stats.Mean <= 0)
            {
                return "-";
            }

            var perSecond = n / (stats.Mean / 1e9);
            return perSecond.ToString("N0", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
