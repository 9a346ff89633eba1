using YouthJustice.Domain.Services;
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

    /// <summary>
    /// The bytes allocated on this thread while evaluating the KPI for every cohort member, after a first pass that
    /// warms up static state: the hot path must not allocate per child (KPI-GUIDE).
    /// </summary>
    public static long AllocatedBytes(CohortKpi kpi, ServiceData service, ReportingQuarter quarter, DefinitionSet definitions, KpiProfile? profile = null)
    {
        var prepared = KpiEngine.Prepare(service);
        var cohort = new KpiEngine(new KpiOptions { Profile = profile ?? KpiProfile.Guidance }).BuildCohort(prepared, quarter, definitions);
        var sink = new Counter(kpi.Measures.Count);
        EvaluateAll(kpi, prepared, cohort, definitions, sink);
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        EvaluateAll(kpi, prepared, cohort, definitions, sink);
        return System.GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void EvaluateAll(CohortKpi kpi, PreparedService prepared, QuarterCohort cohort, DefinitionSet definitions, IMeasureSink sink)
    {
        for (var i = 0; i < cohort.MemberCount; i++)
        {
            kpi.Evaluate(new ChildContext(prepared.Table, cohort.Kept[i], cohort.QualifyingOf(i), definitions, cohort.Profile), new MeasureSinkSlice(sink, 0));
        }
    }

    private sealed class Counter(int measures) : IMeasureSink
    {
        public int[] Counts { get; } = new int[measures];

        public void Record(int measure, ChildMeasureStatus status, in Reason reason) => Counts[measure]++;
    }
}
