using Spectre.Console.Rendering;
using YouthJustice.Domain.Disposals;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Cli.Output;

/// <summary>
/// The KPI return as tables for a person: a heading, one table per KPI (the headline first, its split by type of
/// order beneath it, then every sub-measure), the national indicators, and the cohort with exclusions by reason.
/// </summary>
internal static class ReturnTable
{
    /// <summary>Below this width the "What it counts" column is left out, so that ids and figures stay on one line.</summary>
    public const int TitleColumnMinWidth = 120;

    public static IRenderable[] Render(KpiReturn result, string serviceName, bool headlinesOnly, bool allSplits, int width)
    {
        var items = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(result.Service.Value)}[/] {Markup.Escape(serviceName)}{Environment.NewLine}KPI return for {Markup.Escape(Format.Quarter(result.Quarter))}, definitions {result.Definitions.Name}{(result.Profile.IsGuidance ? string.Empty : ", profile " + Markup.Escape(result.Profile.Name))}{Environment.NewLine}"),
        };

        var titles = width >= TitleColumnMinWidth;
        foreach (var group in result.Measures.GroupBy(m => m.Definition.Area).OrderBy(g => g.Key is null ? int.MaxValue : g.Key.PublicNumber))
        {
            items.Add(MeasureTable(group.Key, [.. group], headlinesOnly, allSplits, titles));
        }

        items.Add(CohortTable(result.Cohort));
        return [.. items];
    }

    private static Table MeasureTable(KpiArea? area, IReadOnlyList<MeasureResult> measures, bool headlinesOnly, bool allSplits, bool titles)
    {
        var title = area is null
            ? "National indicators"
            : string.Create(CultureInfo.InvariantCulture, $"KPI {area.PublicNumber} · {area.Title}");
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(title)}[/]").Expand();
        table.AddColumn(new TableColumn("Measure").NoWrap());
        if (titles)
        {
            table.AddColumn("What it counts");
        }

        table.AddColumn(new TableColumn("Numerator").RightAligned());
        table.AddColumn(new TableColumn("Denominator").RightAligned());
        table.AddColumn(new TableColumn("Value").RightAligned());

        foreach (var measure in measures)
        {
            var headline = measure.Id.EndsWith(".headline", System.StringComparison.Ordinal) || area is null;
            if (headlinesOnly && !headline)
            {
                continue;
            }

            var style = headline && area is not null ? "bold" : "default";
            AddRow(
                table,
                titles,
                $"[{style}]{Markup.Escape(measure.Id)}[/]",
                $"[{style}]{Markup.Escape(measure.Definition.Title)}[/]",
                $"[{style}]{Format.Count(measure.Numerator)}[/]",
                $"[{style}]{(measure.Definition.Unit == MeasureUnit.Count ? "-" : Format.Count(measure.Denominator))}[/]",
                $"[{style}]{Markup.Escape(Format.Value(measure))}[/]");
            if (measure.ByTypeOfOrder.Count > 0 && (allSplits || (headline && area is not null)))
            {
                foreach (var type in TypeOfOrder.List.OrderBy(t => t.Value))
                {
                    if (!measure.ByTypeOfOrder.TryGetValue(type, out var split))
                    {
                        continue;
                    }

                    AddRow(
                        table,
                        titles,
                        $"[grey]  └ {Markup.Escape(type.Name)}[/]",
                        $"[grey]{Markup.Escape(type.YjbLabel)}[/]",
                        $"[grey]{Format.Count(split.Numerator)}[/]",
                        $"[grey]{Format.Count(split.Denominator)}[/]",
                        $"[grey]{Markup.Escape(Format.Value(split, measure.Definition.Unit))}[/]");
                }
            }
        }

        return table;
    }

    private static void AddRow(Table table, bool titles, string id, string title, string numerator, string denominator, string value)
    {
        if (titles)
        {
            table.AddRow(id, title, numerator, denominator, value);
        }
        else
        {
            table.AddRow(id, numerator, denominator, value);
        }
    }

    private static Table CohortTable(Cohort cohort)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Cohort: children with an order ending in the quarter[/]").Expand();
        table.AddColumn("");
        table.AddColumn(new TableColumn("Children").RightAligned());
        table.AddColumn("Notes");
        table.AddRow("Candidates (an intervention ending in the quarter)", Format.Count(cohort.Candidates), string.Empty);
        table.AddRow("[bold]In the cohort[/]", $"[bold]{Format.Count(cohort.Members.Count)}[/]", "one row per child (the most serious outcome kept)");
        foreach (var type in TypeOfOrder.List.OrderBy(t => t.Value))
        {
            var count = cohort.Members.Count(m => m.TypeOfOrder == type);
            table.AddRow($"[grey]  └ {Markup.Escape(type.YjbLabel)}[/]", $"[grey]{Format.Count(count)}[/]", string.Empty);
        }

        table.AddRow("[bold]Excluded[/]", $"[bold]{Format.Count(cohort.Exclusions.Count)}[/]", "by the first check failed, in the order the checks apply");
        foreach (var reason in ExclusionReason.List.OrderBy(r => r.Order).Where(r => r.Divergence is null || cohort.Exclusions.Any(e => e.Reason == r)))
        {
            var count = cohort.Exclusions.Count(e => e.Reason == reason);
            table.AddRow($"  └ {reason.Name}", Format.Count(count), Markup.Escape(reason.Description));
        }

        return table;
    }
}
