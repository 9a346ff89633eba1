using System.Linq;
using BenchmarkDotNet.Attributes;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Sampling;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Benchmarks;

/// <summary>
/// The KPI hot path on a synthetic service (the built-in sample generator) of <see cref="Children"/> children with
/// orders ending over eight quarters. <see cref="NaiveAccommodationHeadline"/> is the baseline: KPI 1's headline
/// written the way it is usually hand-coded, with LINQ over the object graph.
/// </summary>
[MemoryDiagnoser]
public class KpiEngineBenchmarks
{
    private static readonly ReportingQuarter Quarter = new(2024, 1);
    private ServiceData _service = null!;
    private PreparedService _prepared = null!;
    private KpiEngine _engine = null!;
    private QuarterCohort _cohort = null!;

    [Params(100_000)]
    public int Children { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _service = SampleGenerator.Generate(new SampleOptions(Children, 7, new ReportingQuarter(2023, 1), 8, "BENCH", "Benchmark service"));
        _prepared = KpiEngine.Prepare(_service);
        _engine = new KpiEngine();
        _cohort = _engine.BuildCohort(_prepared, Quarter, DefinitionSet.Definitions2024);
    }

    /// <summary>Baseline: KPI 1 headline with LINQ over the domain objects (one measure only).</summary>
    [Benchmark(Baseline = true)]
    public (int Numerator, int Denominator) NaiveAccommodationHeadline()
    {
        int numerator = 0, denominator = 0;
        foreach (var child in _service.Children)
        {
            var order = child.Interventions
                .Where(i => i.End is { } e && Quarter.Contains(e) && i.Disposal.TypeOfOrder is not null)
                .OrderByDescending(i => i.End)
                .FirstOrDefault();
            if (order is null || child.AgeOn(order.Start) is not { IsChild: true })
            {
                continue;
            }

            denominator++;
            var end = order.End!.Value;
            var atEnd = child.Accommodation.Where(a => a.EffectiveSuitability is not null && StatusPeriodRules.IsAtEnd(a.Start, a.End, end)).ToList();
            if (atEnd.Count > 0 && atEnd.All(a => a.EffectiveSuitability == Suitability.Suitable))
            {
                numerator++;
            }
        }

        return (numerator, denominator);
    }

    /// <summary>The cohort of one quarter (candidates, checks, dedup).</summary>
    [Benchmark]
    public int Cohort() => _engine.BuildCohort(_prepared, Quarter, DefinitionSet.Definitions2024).MemberCount;

    /// <summary>Every per-child measure of every cohort KPI for one quarter: the hot path.</summary>
    [Benchmark]
    public long AllCohortMeasures() => _engine.Accumulate(_prepared.Table, _cohort).Denominators[0];

    /// <summary>The whole quarterly return: cohort, every KPI and sub-measure, national indicators, result objects.</summary>
    [Benchmark]
    public int FullReturn() => _engine.Compute(_prepared, Quarter, DefinitionSet.Definitions2024).Measures.Count;

    /// <summary>Laying the service out in columns (done once per service, reused for every quarter).</summary>
    [Benchmark]
    public int Prepare() => KpiEngine.Prepare(_service).Table.ChildCount;
}
