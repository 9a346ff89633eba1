using Spectre.Console.Rendering;
using YouthJustice.Interchange.Validation;

namespace YouthJustice.Cli.Output;

/// <summary>The <c>yj validate</c> report as tables (JSON and Markdown: <see cref="ValidationReportWriter"/>).</summary>
internal static class ValidationOutput
{
    public static IRenderable[] Tables(ValidationReport report, string theirs)
    {
        var items = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(report.Heading(theirs))}[/]\n{(report.Agrees ? "[green]" : "[red]")}{Markup.Escape(report.Verdict)}[/]\n"),
        };
        foreach (var note in report.Notes)
        {
            items.Add(new Markup($"[yellow]note:[/] {Markup.Escape(note)}\n"));
        }

        if (report.Agrees)
        {
            return [.. items];
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("Kind").NoWrap());
        table.AddColumn(new TableColumn("Measure").NoWrap());
        table.AddColumn(new TableColumn("Ours").NoWrap());
        table.AddColumn(new TableColumn("Theirs").NoWrap());
        table.AddColumn("What differs, and the children that explain it");
        foreach (var d in report.Discrepancies)
        {
            var measure = d.Split is null ? d.MeasureId : $"{d.MeasureId}\n└ {d.Split}";
            table.AddRow(
                Markup.Escape(d.Kind.ToString()),
                Markup.Escape(measure),
                Markup.Escape(d.Ours),
                Markup.Escape(d.Theirs),
                Markup.Escape(Detail(d)));
        }

        items.Add(table);
        return [.. items];
    }

    private static string Detail(Discrepancy d)
    {
        var lines = new List<string> { d.Summary };
        lines.AddRange(d.Children.Select(c => $"  {c.ChildId} — ours: {c.Ours}{(c.Theirs is null ? string.Empty : ", theirs: " + c.Theirs)} — {string.Join(" ", c.Why)}"));
        if (d.MoreChildren > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  and {d.MoreChildren} more child(ren)"));
        }

        return string.Join("\n", lines);
    }
}
