#:property YouthJusticeVersion=0.1.0-alpha
#:package YouthJustice.Kpi@$(YouthJusticeVersion)
#:package YouthJustice.Interchange@$(YouthJusticeVersion)
#:package YouthJustice.Sampling@$(YouthJusticeVersion)
#:package ScottPlot@5.1.59
#:package SkiaSharp.NativeAssets.Linux.NoDependencies@3.119.0

// %% [markdown]
// # Analysis 3: caseload profile, disproportionality and the action plan
//
// *For a performance officer preparing the board's disproportionality item and its action-plan update.*
// We profile the children on the caseload on a date, compare each ethnicity group's rate with the White group's
// (the relative rate index, RRI), for all children and for boys and girls separately, with the small-numbers flag,
// and then roll up the board's action plan at two reviews and say what changed between them.
//
// The caseload comes from the synthetic service (`yj sample` data). The 10–17 population by ethnicity group and
// sex is invented for the example: use your area's ONS mid-year estimates. The plan, its posts and its judgements
// are invented too (posts, never people: docs/service/action-plans.md).

// %%
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using ScottPlot;
using YouthJustice.Domain.ActionPlans;
using YouthJustice.Domain.Caseload;
using YouthJustice.Domain.Children;
using YouthJustice.Sampling;

var output = Directory.CreateDirectory("out").FullName;
var service = SampleGenerator.Generate(SampleOptions.Default);
var asAt = new LocalDate(2024, 3, 31);

// On the caseload: every child with an intervention open on the date.
var entries = service.Children
    .Where(c => c.Interventions.Any(i => i.Start <= asAt && (i.End is null || i.End >= asAt)))
    .Select(c => CaseloadEntry.From(c, asAt))
    .ToList();

// The local 10–17 population (invented here) by sex and by ethnicity group within each sex.
var girls = new Dictionary<EthnicityGroup, int>
{
    [EthnicityGroup.White] = 9_100, [EthnicityGroup.Mixed] = 700, [EthnicityGroup.AsianOrAsianBritish] = 1_000,
    [EthnicityGroup.BlackOrBlackBritish] = 600, [EthnicityGroup.OtherEthnicGroup] = 200,
};
var boys = new Dictionary<EthnicityGroup, int>
{
    [EthnicityGroup.White] = 9_600, [EthnicityGroup.Mixed] = 750, [EthnicityGroup.AsianOrAsianBritish] = 1_050,
    [EthnicityGroup.BlackOrBlackBritish] = 650, [EthnicityGroup.OtherEthnicGroup] = 220,
};
var all = girls.Keys.ToDictionary(g => g, g => girls[g] + boys[g]);
var population = new PopulationEstimate(2023, girls.Values.Sum(), boys.Values.Sum(), all);

var profile = new CaseloadProfile(entries, population);
Console.WriteLine($"{profile.Total} children on the caseload on {asAt:uuuu-MM-dd}");
if (profile.Table(CaseloadDimension.ByEthnicityGroup).Rows.Sum(r => r.All.Count) != profile.Total)
{
    throw new InvalidOperationException("The ethnicity rows do not add up to the caseload.");
}

foreach (var row in profile.Table(CaseloadDimension.ByEthnicityGroup).Rows)
{
    Console.WriteLine($"  {row.Label,-28} {row.All.Count,4}  {row.All.Percent,5}%");
}

foreach (var row in profile.Table(CaseloadDimension.ByAgeBand).Rows)
{
    Console.WriteLine($"  age {row.Label,-24} {row.All.Count,4}  {row.All.Percent,5}%");
}

// %% [markdown]
// ## Relative rate index by ethnicity group and sex
//
// RRI = the group's rate on the caseload ÷ the White group's rate, with a 95 % confidence interval. A result
// flagged **small numbers** (a count below 5) is shown but no conclusion should be drawn from it; a group with no
// children has RRI 0 and no interval.

// %%
var policy = RelativeRatePolicy.Default;
var views = new[]
{
    (Label: "All children", Rates: profile.RelativeRates(policy)),
    (Label: "Boys", Rates: new CaseloadProfile(entries.Where(e => e.Sex == Sex.Male), new PopulationEstimate(2023, 0, boys.Values.Sum(), boys)).RelativeRates(policy)),
    (Label: "Girls", Rates: new CaseloadProfile(entries.Where(e => e.Sex == Sex.Female), new PopulationEstimate(2023, girls.Values.Sum(), 0, girls)).RelativeRates(policy)),
};
foreach (var (label, rates) in views)
{
    Console.WriteLine(label);
    foreach (var r in rates)
    {
        var interval = r.Rate.Lower is { } lo && r.Rate.Upper is { } hi ? $"95% CI {lo:0.00}-{hi:0.00}" : "no interval";
        var flags = (r.Rate.IsSmallNumber ? " SMALL NUMBERS" : "") + (r.Rate.IsSignificant ? " significant" : "") + (r.Rate.Issue != RelativeRateIssue.None ? $" ({r.Rate.Issue})" : "");
        Console.WriteLine($"  {r.Group.Name,-22} {r.Rate.Count,4} of {r.Rate.Population,6}  RRI {(r.Rate.Index is { } rri ? $"{rri:0.00}" : "n/a"),5}  {interval}{flags}");
    }
}

var rriPlot = new Plot();
var groups = views[0].Rates.Select(r => r.Group).ToList();
var bars = new List<Bar>();
var shades = new[] { Colors.Black, Colors.DimGray, Colors.Silver };
for (var v = 0; v < views.Length; v++)
{
    for (var g = 0; g < groups.Count; g++)
    {
        var rate = views[v].Rates.First(r => r.Group == groups[g]).Rate;
        bars.Add(new Bar
        {
            Position = (g * 4) + v,
            Value = rate.Index ?? 0,
            FillColor = shades[v],
            Label = rate.IsSmallNumber ? "*" : "",
        });
    }
}

var barPlot = rriPlot.Add.Bars(bars);
barPlot.ValueLabelStyle.FontSize = 14;
rriPlot.Add.HorizontalLine(1, pattern: LinePattern.Dashed);
rriPlot.Axes.Bottom.SetTicks(groups.Select((_, g) => (g * 4) + 1.0).ToArray(), groups.Select(g => g.Name).ToArray());
rriPlot.Axes.Margins(bottom: 0);
rriPlot.Title($"RRI against White on {asAt:uuuu-MM-dd}: all, boys, girls (* small numbers)");
rriPlot.SavePng(Path.Combine(output, "3-rri.png"), 900, 450);

// %% [markdown]
// ## The action plan at two reviews
//
// The board's disproportionality action plan: each action has a lead post and a due date; at each board meeting
// every action gets a recorded BRAG status. The roll-up counts the statuses (overall and by lead), what is
// overdue, and the diff says what changed between the two meetings. The default scheme's suggestion is put beside
// each recorded status, so a status that no longer fits is seen.

// %%
var head = new PostTitle("Head of Service");
var analyst = new PostTitle("Performance Officer");
var education = new PostTitle("ETE Specialist");
var plan = new ActionPlan("Disproportionality action plan", ActionPlanSource.SelfAssessment, new LocalDate(2023, 9, 1),
[
    new Recommendation("1", "Understand who is over-represented and why",
    [
        new PlanAction("1.1", "Publish the RRI by ethnicity group and sex every quarter", analyst, new LocalDate(2023, 12, 31)),
        new PlanAction("1.2", "Audit out-of-court decisions by ethnicity group", head, new LocalDate(2024, 3, 31)),
    ]),
    new Recommendation("2", "Act on what the data shows",
    [
        new PlanAction("2.1", "Review ETE offers for Black and Mixed heritage boys", education, new LocalDate(2024, 6, 30)),
        new PlanAction("2.2", "Train practitioners in the new assessment guidance", head, new LocalDate(2024, 9, 30), startDate: new LocalDate(2024, 4, 1)),
    ]),
]);

ActionStatusJudgement Judge(string action, ActionStatus status, LocalDate on, ActionProgress progress) => new(action, status, on, analyst, progress);

var december = new ActionPlanReview(new LocalDate(2023, 12, 14), plan,
[
    Judge("1.1", ActionStatus.Green, new LocalDate(2023, 12, 10), new ActionProgress(startedOn: new LocalDate(2023, 9, 15))),
    Judge("1.2", ActionStatus.Amber, new LocalDate(2023, 12, 10), new ActionProgress(startedOn: new LocalDate(2023, 10, 1), issueFlagged: true, narrative: "Case files not yet shared")),
    Judge("2.1", ActionStatus.Green, new LocalDate(2023, 12, 10), new ActionProgress(startedOn: new LocalDate(2023, 11, 1))),
    Judge("2.2", ActionStatus.NotStarted, new LocalDate(2023, 12, 10), new ActionProgress()),
]);
var april = new ActionPlanReview(new LocalDate(2024, 4, 11), plan,
[
    Judge("1.1", ActionStatus.Blue, new LocalDate(2024, 4, 5), new ActionProgress(startedOn: new LocalDate(2023, 9, 15), completedOn: new LocalDate(2023, 12, 20))),
    Judge("1.2", ActionStatus.Amber, new LocalDate(2024, 4, 5), new ActionProgress(startedOn: new LocalDate(2023, 10, 1), forecastCompletion: new LocalDate(2024, 5, 31))),
    Judge("2.1", ActionStatus.Green, new LocalDate(2024, 4, 5), new ActionProgress(startedOn: new LocalDate(2023, 11, 1))),
    Judge("2.2", ActionStatus.Green, new LocalDate(2024, 4, 5), new ActionProgress(startedOn: new LocalDate(2024, 4, 2))),
]);

var reviews = new[] { december, april };
foreach (var review in reviews)
{
    var rollUp = review.RollUp();
    Console.WriteLine($"{review.BoardDate:uuuu-MM-dd}: {rollUp.Overall.Total} actions, {rollUp.Overall.PercentComplete}% complete, {rollUp.Overdue} overdue");
    Console.WriteLine("  " + string.Join(", ", rollUp.Overall.ByStatus.Select(s => $"{s.Key.Name} {s.Value}")));
    foreach (var lead in rollUp.ByLead)
    {
        Console.WriteLine($"  {lead.Lead,-20} {lead.Counts.Total} actions, {lead.Overdue} overdue");
    }

    if (rollUp.ByLead.Sum(l => l.Counts.Total) != rollUp.Overall.Total)
    {
        throw new InvalidOperationException("The leads' roll-ups do not add up to the plan's.");
    }

    foreach (var check in review.Check(DefaultRagScheme.Instance).Where(c => c.IsMismatch))
    {
        Console.WriteLine($"  check: {check.Message}");
    }
}

var diff = ActionPlanReviewDiff.Between(december, april);
Console.WriteLine($"From {diff.From:uuuu-MM-dd} to {diff.To:uuuu-MM-dd}:");
foreach (var change in diff.StatusChanges)
{
    Console.WriteLine($"  {change.ActionReference}: {change.From.Name} -> {change.To.Name}");
}

Console.WriteLine($"  completed: {string.Join(", ", diff.Completed)}; newly overdue: {string.Join(", ", diff.NewlyOverdue)}");

var bragPlot = new Plot();
var statuses = ActionStatus.All;
var bragColours = new[] { Colors.White, Colors.Black, Colors.DimGray, Colors.Silver, Colors.LightSteelBlue };
var stacks = new List<Bar>();
for (var r = 0; r < reviews.Length; r++)
{
    double bottom = 0;
    var counts = reviews[r].RollUp().Overall;
    for (var s = 0; s < statuses.Count; s++)
    {
        var n = counts.CountOf(statuses[s]);
        stacks.Add(new Bar { Position = r, ValueBase = bottom, Value = bottom + n, FillColor = bragColours[s % bragColours.Length], LineColor = Colors.Black, LineWidth = 1 });
        bottom += n;
    }
}

bragPlot.Add.Bars(stacks);
bragPlot.Axes.Bottom.SetTicks([0, 1], reviews.Select(r => $"{r.BoardDate:uuuu-MM-dd}").ToArray());
bragPlot.Axes.Margins(bottom: 0);
bragPlot.Title("Actions by status at each review");
bragPlot.XLabel("Bottom to top: " + string.Join(", ", statuses.Select(s => s.Name)));
bragPlot.SavePng(Path.Combine(output, "3-brag.png"), 800, 450);

Console.WriteLine($"Charts written to {output}");
