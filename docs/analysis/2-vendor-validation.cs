#:property YouthJusticeVersion=0.1.0-alpha
#:package YouthJustice.Kpi@$(YouthJusticeVersion)
#:package YouthJustice.Interchange@$(YouthJusticeVersion)
#:package YouthJustice.Sampling@$(YouthJusticeVersion)
#:package ScottPlot@5.1.59
#:package SkiaSharp.NativeAssets.Linux.NoDependencies@3.119.0

// %% [markdown]
// # Analysis 2: a vendor validating their return
//
// *For a case-management vendor (or a service's analyst) checking the KPI return their own system produced.*
// We load their return, compute the library's return from the same case-level data, find the measures where the
// two disagree, and drill into the children behind each difference.
//
// Here "their" return is made to look like a real one: it is the return of the same synthetic service computed
// under the **2023** definitions, as a system that has not yet taken up the 2024 changes would produce it, written
// with its per-child list (`yj kpi --format json --children`). With a real return, replace the two files with the
// vendor's case-level extract and the return their system wrote. `yj validate` does the same comparison from the
// command line (docs/conformance.md).

// %%
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ScottPlot;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Returns;
using YouthJustice.Sampling;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;

var output = Directory.CreateDirectory("out").FullName;
var quarter = new ReportingQuarter(2024, 1);
var engine = new KpiEngine();

// The vendor's two files: the case-level extract and the return their system computed from it.
var dataPath = Path.Combine(output, "vendor-extract.json");
var returnPath = Path.Combine(output, "vendor-return.json");
CaseLevelJsonWriter.WriteFile(SampleGenerator.Generate(SampleOptions.Default), dataPath);
{
    var vendor = KpiEngine.Prepare(CaseLevelJsonReader.ReadFile(dataPath).Value);
    using var stream = File.Create(returnPath);
    KpiReturnJsonWriter.Write(
        engine.Compute(vendor, quarter, DefinitionSet.Definitions2023),
        stream,
        engine.Outcomes(vendor, quarter, DefinitionSet.Definitions2023));
}

// %% [markdown]
// ## Load both
//
// Read the extract and their return. Both readers count what they read and report every rejected item, so check
// them before comparing anything.

// %%
var read = CaseLevelJsonReader.ReadFile(dataPath);
var theirRead = KpiReturnJsonReader.ReadFile(returnPath);
Console.WriteLine($"extract: {read.Summary.Items.Sum(i => i.Accepted)} items accepted, {read.Issues.Count} issues");
Console.WriteLine($"their return: {theirRead.Issues.Count} issues");
var theirs = theirRead.Value ?? throw new InvalidOperationException("Their return could not be read.");
Console.WriteLine($"their return: service {theirs.Service}, {theirs.Quarter}, {theirs.Measures.Count} measures, {theirs.Children?.Count ?? 0} children listed");

var prepared = KpiEngine.Prepare(read.Value);
var ours = engine.Compute(prepared, theirs.Quarter);

// %% [markdown]
// ## Find the discrepancies
//
// Compare every measure they returned with ours, numerator and denominator. A measure they left out is not a
// discrepancy, only "not compared".

// %%
var discrepancies = new List<(string Id, string Title, long? TheirNumerator, long? TheirDenominator, long OurNumerator, long OurDenominator)>();
var notCompared = 0;
foreach (var their in theirs.Measures)
{
    var our = ours.Find(their.Id);
    if (our is null)
    {
        notCompared++;
        continue;
    }

    if (their.Numerator != our.Numerator || their.Denominator != our.Denominator)
    {
        discrepancies.Add((our.Id, our.Definition.Title, their.Numerator, their.Denominator, our.Numerator, our.Denominator));
    }
}

Console.WriteLine($"{theirs.Measures.Count - notCompared} measures compared, {discrepancies.Count} differ, {notCompared} not compared");
foreach (var d in discrepancies)
{
    Console.WriteLine($"  {d.Id,-28} theirs {d.TheirNumerator,4} / {d.TheirDenominator,-4} ours {d.OurNumerator,4} / {d.OurDenominator,-4}");
}

if (discrepancies.Count == 0)
{
    throw new InvalidOperationException("Expected the 2023-definition return to differ from ours.");
}

var plot = new Plot();
var headlineDiffs = discrepancies.Where(d => d.Id.EndsWith(".headline", StringComparison.Ordinal)).ToList();
var bars = new List<Bar>();
for (var i = 0; i < headlineDiffs.Count; i++)
{
    bars.Add(new Bar { Position = (i * 3) + 0, Value = headlineDiffs[i].TheirDenominator ?? 0, FillColor = Colors.LightGray });
    bars.Add(new Bar { Position = (i * 3) + 1, Value = headlineDiffs[i].OurDenominator, FillColor = Colors.DarkSlateGray });
}

plot.Add.Bars(bars);
plot.Axes.Bottom.SetTicks(headlineDiffs.Select((_, i) => (i * 3) + 0.5).ToArray(), headlineDiffs.Select(d => d.Id).ToArray());
plot.Axes.Margins(bottom: 0);
plot.Title($"Headline denominators that differ, {theirs.Quarter}: theirs (light) and ours (dark)");
plot.YLabel("children");
plot.SavePng(Path.Combine(output, "2-discrepancies.png"), 800, 400);

// %% [markdown]
// ## Drill into the children
//
// Their return lists each child's status on each measure. For the measure that differs most, list the children
// whose status differs, and ask the engine why each one counts as it does in ours.

// %%
var worst = discrepancies.OrderByDescending(d => Math.Abs((d.TheirDenominator ?? 0) - d.OurDenominator)).First();
var ourOutcomes = engine.Outcomes(prepared, theirs.Quarter).ToDictionary(o => o.ChildId.Value, StringComparer.Ordinal);
var differing = (theirs.Children ?? [])
    .Select(c => (Child: c.ChildId,
        Theirs: c.Measures.TryGetValue(worst.Id, out var t) ? t : ChildMeasureStatus.NotInDenominator,
        Ours: ourOutcomes.TryGetValue(c.ChildId, out var o) && o.Statuses.TryGetValue(worst.Id, out var s) ? s : ChildMeasureStatus.NotInDenominator))
    .Where(x => x.Theirs != x.Ours)
    .ToList();
Console.WriteLine($"{worst.Id}: {differing.Count} children differ");
foreach (var group in differing.GroupBy(x => (x.Theirs, x.Ours)))
{
    Console.WriteLine($"  theirs {group.Key.Theirs}, ours {group.Key.Ours}: {group.Count()} children");
}

foreach (var x in differing.Take(3))
{
    var why = engine.Explain(prepared, new YouthJustice.Domain.Children.ChildId(x.Child), theirs.Quarter).AsT0;
    var measure = why.Measures.Single(m => m.MeasureId == worst.Id);
    Console.WriteLine($"  {x.Child}: theirs {x.Theirs}, ours {measure.Status}: {string.Join("; ", measure.Reasons)}");
}

// %% [markdown]
// ## Which rule explains it?
//
// The library can say which children change between the two definition sets and by which rule. If their
// differences are exactly those children, their system is computing the 2023 definitions.

// %%
var changes = engine.Diff(prepared, theirs.Quarter, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024)
    .Where(d => d.MeasureId == worst.Id)
    .ToList();
var explained = differing.Count(x => changes.Any(c => c.ChildId.Value == x.Child));
Console.WriteLine($"{explained} of {differing.Count} differing children change between the 2023 and 2024 definitions of {worst.Id}");
foreach (var rule in changes.GroupBy(c => c.Rule))
{
    Console.WriteLine($"  {rule.Key}: {rule.Count()} children");
}

Console.WriteLine($"Charts written to {output}");
