using System.Threading;
using CsCheck;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>
/// The properties every cohort KPI has on <see cref="GeneratedChildren"/>. Each returns how many cohort members it
/// checked, for the caller's guard: a property over an empty cohort holds on nothing (docs/testing.md).
/// </summary>
internal static class GeneratedCohorts
{
    /// <summary>Evaluating the KPI for every cohort member allocates nothing (KPI-GUIDE); returns the members evaluated.</summary>
    public static long MembersEvaluatedWithoutAllocating(Func<CohortKpi> kpi, int iter)
    {
        long members = 0;
        GeneratedChildren.Children.Sample(
            children =>
            {
                var service = GeneratedChildren.ServiceOf(children);
                MeasureRecordCounter.AllocatedBytes(kpi(), service, GeneratedChildren.Quarter, DefinitionSet.Definitions2024).Should().Be(0);
                Interlocked.Add(ref members, MeasureRecordCounter.Count(kpi(), service, GeneratedChildren.Quarter, DefinitionSet.Definitions2024).Length);
            },
            iter: iter,
            threads: 1);
        return Interlocked.Read(ref members);
    }

    /// <summary>Under both definition sets every cohort member gets exactly one status on every measure; returns the member rows checked.</summary>
    public static long ExactlyOneStatusPerMeasure(Func<CohortKpi> kpi, int iter)
    {
        long rows = 0;
        GeneratedChildren.Children.Sample(
            children =>
            {
                foreach (var definitions in DefinitionSet.List)
                {
                    var counts = MeasureRecordCounter.Count(kpi(), GeneratedChildren.ServiceOf(children), GeneratedChildren.Quarter, definitions);
                    counts.Where(row => row.Any(c => c != 1)).Should().BeEmpty();
                    Interlocked.Add(ref rows, counts.Length);
                }
            },
            iter: iter);
        return Interlocked.Read(ref rows);
    }
}
