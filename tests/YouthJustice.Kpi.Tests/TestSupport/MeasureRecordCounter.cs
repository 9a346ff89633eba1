using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>Runs one cohort KPI over a quarter's cohort and counts how many statuses each child got on each measure.</summary>
internal static class MeasureRecordCounter
{
    /// <summary>For each cohort member (row) and measure (column), the number of statuses recorded.</summary>
    public static int[][] Count(CohortKpi kpi, ServiceData service, ReportingQuarter quarter, DefinitionSet definitions)
    {
        var prepared = KpiEngine.Prepare(service);
        var cohort = new KpiEngine().BuildCohort(prepared, quarter, definitions);
        var counts = new int[cohort.MemberCount][];
        for (var i = 0; i < cohort.MemberCount; i++)
        {
            var sink = new Counter(kpi.Measures.Count);
            kpi.Evaluate(new ChildContext(prepared.Table, cohort.Kept[i], cohort.QualifyingOf(i), definitions), new MeasureSinkSlice(sink, 0));
            counts[i] = sink.Counts;
        }

        return counts;
    }

    private sealed class Counter(int measures) : IMeasureSink
    {
        public int[] Counts { get; } = new int[measures];

        public void Record(int measure, ChildMeasureStatus status, in Reason reason) => Counts[measure]++;
    }
}
