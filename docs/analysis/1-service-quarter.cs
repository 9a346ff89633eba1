#:property YouthJusticeVersion=0.1.0-alpha
#:package YouthJustice.Kpi@$(YouthJusticeVersion)
#:package YouthJustice.Interchange@$(YouthJusticeVersion)
#:package YouthJustice.Sampling@$(YouthJusticeVersion)
#:package ScottPlot@5.1.59
#:package SkiaSharp.NativeAssets.Linux.NoDependencies@3.119.0

// %% [markdown]
// # Analysis 1: a service's quarter
//
// *For a youth justice service's performance officer preparing the quarter for the management board.*
// We read the service's case-level data, compute the quarterly return, follow the eight-quarter trend of the
// headlines, look at accommodation and ETE by type of order, and explain one child's part in the figures.
//
// The data is a synthetic service from the library's sample generator (the data `yj sample` writes: invented
// children, a realistic mix). To use your own, read your case-level JSON with `CaseLevelJsonReader.ReadFile`
// (docs/interchange.md). Charts are written as PNG files into `out/` beside where you run this.

// %%
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ScottPlot;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Json;
using YouthJustice.Sampling;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Explanations;

var output = Directory.CreateDirectory("out").FullName;

// Write the synthetic service to a file and read it back, exactly as you would read your own extract.
var path = Path.Combine(output, "service.json");
var sample = new SampleOptions(children: 900, seed: 7, firstQuarter: new ReportingQuarter(2023, 1), quarters: 8, serviceCode: "YJS01", serviceName: "Example Youth Justice Service");
CaseLevelJsonWriter.WriteFile(SampleGenerator.Generate(sample), path);
var read = CaseLevelJsonReader.ReadFile(path);
foreach (var item in read.Summary.Items)
{
    Console.WriteLine($"{item.Kind.Name,-22} read {item.Seen,5}  accepted {item.Accepted,5}  rejected {item.Rejected,3}");
}

// %% [markdown]
// ## The quarter's return
//
// `Prepare` lays the data out once; every quarter below reuses it. `2024Q4` is the YJB's financial quarter,
// January to March 2025. The ten headlines, with numerator and denominator:

// %%
var engine = new KpiEngine();
var prepared = KpiEngine.Prepare(read.Value);
var quarter = new ReportingQuarter(2024, 4);
var q1 = engine.Compute(prepared, quarter);   // the 2024 definitions, the default

var headlines = q1.Measures.Where(m => m.Id.EndsWith(".headline", StringComparison.Ordinal)).ToList();
foreach (var m in headlines)
{
    Console.WriteLine($"{m.Id,-16} {m.Numerator,5} / {m.Denominator,-5} = {(m.Value is { } v ? $"{v:0.0}" : "n/a"),6}  {m.Definition.Title}");
}

Console.WriteLine($"Cohort: {q1.Cohort.Candidates} candidates, {q1.Cohort.Members.Count} counted, {q1.Cohort.Exclusions.Count} excluded");
foreach (var reason in q1.Cohort.Exclusions.GroupBy(e => e.Reason.Name).OrderByDescending(g => g.Count()))
{
    Console.WriteLine($"  excluded: {reason.Key,-30} {reason.Count()}");
}

// %% [markdown]
// ## The eight-quarter trend
//
// The last eight quarters to 2024Q4 (the KPIs have been collected since 2023Q1), for the two headlines a board
// asks about first: suitable accommodation (KPI 1) and suitable education, training or employment (KPI 2).

// %%
var quarters = Enumerable.Range(0, 8).Select(i => ReportingQuarter.FromOrdinal(quarter.Ordinal - 7 + i)).ToList();
var trend = quarters.Select(q => engine.Compute(prepared, q)).ToList();
foreach (var r in trend)
{
    Console.WriteLine($"{r.Quarter}  cohort {r.Cohort.Members.Count,3}  accommodation {r.Find("kpi1.headline")!.Value,5:0.0}%  ETE {r.Find("kpi2.headline")!.Value,5:0.0}%");
}

var trendPlot = new Plot();
double[] xs = Enumerable.Range(0, quarters.Count).Select(i => (double)i).ToArray();
foreach (var (id, label) in new[] { ("kpi1.headline", "KPI 1 suitable accommodation"), ("kpi2.headline", "KPI 2 suitable ETE") })
{
    var line = trendPlot.Add.Scatter(xs, trend.Select(r => (double)(r.Find(id)!.Value ?? 0m)).ToArray());
    line.LegendText = label;
    line.Color = id == "kpi1.headline" ? Colors.Black : Colors.Gray;              // readable in greyscale
    line.LinePattern = id == "kpi1.headline" ? LinePattern.Solid : LinePattern.Dashed;
}

trendPlot.Axes.Bottom.SetTicks(xs, quarters.Select(q => q.ToString()).ToArray());
trendPlot.Axes.SetLimitsY(0, 100);
trendPlot.Title($"{read.Value.Name}: eight quarters to {quarter}");
trendPlot.YLabel("% of children with an order ending");
trendPlot.ShowLegend(Alignment.LowerRight);
trendPlot.SavePng(Path.Combine(output, "1-trend.png"), 800, 400);

// %% [markdown]
// ## Accommodation and ETE by type of order
//
// Every per-child KPI is split by the six types of order. A small denominator makes a percentage jump: read the
// counts beside the bars.

// %%
var types = TypeOfOrder.List.OrderBy(t => t.Value).ToList();
var splitPlot = new Plot();
var bars = new List<Bar>();
var palette = new[] { Colors.DarkSlateGray, Colors.LightGray };
for (var k = 0; k < 2; k++)
{
    var measure = q1.Find(k == 0 ? "kpi1.headline" : "kpi2.headline")!;
    Console.WriteLine(measure.Definition.Title);
    for (var t = 0; t < types.Count; t++)
    {
        var split = measure.ByTypeOfOrder.TryGetValue(types[t], out var f) ? f : default;
        var percent = split.Denominator == 0 ? 0 : 100.0 * split.Numerator / split.Denominator;
        Console.WriteLine($"  {types[t].YjbLabel,-40} {split.Numerator,3} / {split.Denominator,-3} {(split.Denominator == 0 ? "n/a" : $"{percent:0.0}")}");
        bars.Add(new Bar { Position = (t * 3) + k, Value = percent, FillColor = palette[k] });
    }
}

splitPlot.Add.Bars(bars);
splitPlot.Axes.Bottom.SetTicks(types.Select((_, t) => (t * 3) + 0.5).ToArray(), types.Select(t => t.Name).ToArray());
splitPlot.Axes.Bottom.TickLabelStyle.Rotation = 25;
splitPlot.Axes.Bottom.MinimumSize = 130;
splitPlot.Axes.Right.MinimumSize = 90;
splitPlot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
splitPlot.Axes.Margins(bottom: 0);
splitPlot.Title($"Suitable accommodation (dark) and ETE (light) by type of order, {quarter}");
splitPlot.YLabel("%");
splitPlot.SavePng(Path.Combine(output, "1-by-type-of-order.png"), 900, 500);

// %% [markdown]
// ## Why did one child count?
//
// Take the first child in the cohort who was not in suitable accommodation at the end of the order, and ask the
// engine why: each measure is Met, NotMet, NoData or NotInDenominator, with the records and dates that decided it.

// %%
var outcomes = engine.Outcomes(prepared, quarter);
var notMet = outcomes.First(o => o.Statuses.TryGetValue("kpi1.headline", out var s) && s == ChildMeasureStatus.NotMet);
var why = engine.Explain(prepared, notMet.ChildId, quarter).AsT0;
Console.WriteLine($"{why.ChildId}: {why.Standing}, {notMet.TypeOfOrder.YjbLabel}");
foreach (var m in why.Measures.Where(m => m.MeasureId.EndsWith(".headline", StringComparison.Ordinal) && m.Status != ChildMeasureStatus.NotInDenominator))
{
    Console.WriteLine($"  {m.MeasureId,-16} {m.Status,-9} {string.Join("; ", m.Reasons)}");
}

if (why.Measures.Single(m => m.MeasureId == "kpi1.headline").Status != ChildMeasureStatus.NotMet)
{
    throw new InvalidOperationException("The explanation disagrees with the outcomes.");
}

Console.WriteLine($"Charts written to {output}");
