using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace YouthJustice.Benchmarks;

/// <summary>
/// A custom column: how much a benchmark case gets through per second, an amount worked out from its <c>Children</c>
/// parameter (the children themselves, or the megabytes of their input) divided by its mean time; "-" when there is
/// no such parameter or no result.
/// </summary>
/// <param name="id">The column's id.</param>
/// <param name="columnName">The column's header: "Children/s".</param>
/// <param name="priority">Its place among the custom columns.</param>
/// <param name="format">The numeric format of a value: "N0".</param>
/// <param name="legend">What the column means, for the legend.</param>
/// <param name="amount">The amount a case gets through, from the case and its number of children.</param>
internal sealed class PerSecondColumn(string id, string columnName, int priority, string format, string legend, Func<BenchmarkCase, int, double> amount) : IColumn
{
    public string Id => id;

    public string ColumnName => columnName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var children = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Children")?.Value;
        if (report?.ResultStatistics is not { } stats || children is not int n || stats.Mean <= 0)
        {
            return "-";
        }

        return (amount(benchmarkCase, n) / (stats.Mean / 1e9)).ToString(format, CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
