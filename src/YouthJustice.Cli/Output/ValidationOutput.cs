using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;
using YouthJustice.Cli.Validation;

namespace YouthJustice.Cli.Output;

/// <summary>The <c>yj validate</c> report as tables, JSON or Markdown.</summary>
internal static class ValidationOutput
{
    public static string Heading(ValidationReport report, string theirs)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{theirs} against the return computed from the data, {report.Quarter}, definitions {report.Definitions}: {report.MeasuresCompared} measure(s) compared, {report.MeasuresNotInTheirs} of ours not in their return (not compared), {report.ChildrenCompared} child(ren) of their per-child list compared.");

    public static string Verdict(ValidationReport report)
        => report.Agrees
            ? report.CohortOnly
                ? "The cohort agrees, but no measure was compared (their return gives none of ours), so no figure was validated."
                : "No discrepancy: the return agrees."
            : string.Create(CultureInfo.InvariantCulture, $"{report.Discrepancies.Count} discrepanc{(report.Discrepancies.Count == 1 ? "y" : "ies")}.");

    public static IRenderable[] Tables(ValidationReport report, string theirs)
    {
        var items = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(Heading(report, theirs))}[/]\n{(report.Agrees ? "[green]" : "[red]")}{Markup.Escape(Verdict(report))}[/]\n"),
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

    public static void Json(Utf8JsonWriter json, ValidationReport report, string theirs)
    {
        json.WriteStartObject();
        json.WriteString("return", theirs);
        json.WriteString("quarter", report.Quarter);
        json.WriteString("definitions", report.Definitions);
        json.WriteBoolean("agrees", report.Agrees);
        json.WriteNumber("measuresCompared", report.MeasuresCompared);
        json.WriteNumber("measuresNotInTheirs", report.MeasuresNotInTheirs);
        json.WriteNumber("childrenCompared", report.ChildrenCompared);
        JsonOutput.StringArray(json, "notes", report.Notes);
        json.WriteStartArray("discrepancies");
        foreach (var d in report.Discrepancies)
        {
            json.WriteStartObject();
            json.WriteString("kind", d.Kind.ToString());
            json.WriteString("measure", d.MeasureId);
            if (d.Split is null)
            {
                json.WriteNull("split");
            }
            else
            {
                json.WriteString("split", d.Split);
            }

            json.WriteString("ours", d.Ours);
            json.WriteString("theirs", d.Theirs);
            json.WriteString("summary", d.Summary);
            json.WriteStartArray("children");
            foreach (var child in d.Children)
            {
                json.WriteStartObject();
                json.WriteString("childId", child.ChildId);
                json.WriteString("ours", child.Ours);
                if (child.Theirs is null)
                {
                    json.WriteNull("theirs");
                }
                else
                {
                    json.WriteString("theirs", child.Theirs);
                }

                JsonOutput.StringArray(json, "why", child.Why);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("moreChildren", d.MoreChildren);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void Markdown(TextWriter writer, ValidationReport report, string theirs)
    {
        writer.Write("# yj validate: " + Cell(theirs) + "\n\n");
        writer.Write(Heading(report, theirs) + "\n\n**" + Verdict(report) + "**\n\n");
        foreach (var note in report.Notes)
        {
            writer.Write("> Note: " + note + "\n\n");
        }

        if (report.Agrees)
        {
            return;
        }

        writer.Write("| Kind | Measure | Ours | Theirs | What differs |\n|---|---|---|---|---|\n");
        foreach (var d in report.Discrepancies)
        {
            var measure = d.Split is null ? d.MeasureId : $"{d.MeasureId} ({d.Split})";
            writer.Write($"| {d.Kind} | `{Cell(measure)}` | {Cell(d.Ours)} | {Cell(d.Theirs)} | {Cell(d.Summary)} |\n");
        }

        foreach (var d in report.Discrepancies.Where(d => d.Children.Count > 0))
        {
            var measure = d.Split is null ? d.MeasureId : $"{d.MeasureId} ({d.Split})";
            writer.Write($"\n## {d.Kind}: `{measure}`\n\n{d.Summary}\n\n| Child | Ours | Theirs | Why (ours) |\n|---|---|---|---|\n");
            foreach (var child in d.Children)
            {
                writer.Write($"| {Cell(child.ChildId)} | {Cell(child.Ours)} | {Cell(child.Theirs ?? "-")} | {Cell(string.Join(" ", child.Why))} |\n");
            }

            if (d.MoreChildren > 0)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"\nand {d.MoreChildren} more child(ren).\n"));
            }
        }
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

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
