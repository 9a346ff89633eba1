using YouthJustice.Interchange.Json;

namespace YouthJustice.Interchange.Validation;

/// <summary>Writes a <see cref="ValidationReport"/> as JSON or as Markdown (what <c>yj validate</c> writes).</summary>
public static class ValidationReportWriter
{
    /// <summary>Writes the report as indented UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="returnName">How to name their return (its file name).</param>
    /// <param name="stream">Where to write; left open.</param>
    public static void WriteJson(ValidationReport report, string returnName, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(returnName);
        ReportJson.Write(stream, json =>
        {
            json.WriteStartObject();
            json.WriteString("return", returnName);
            json.WriteString("quarter", report.Quarter);
            json.WriteString("definitions", report.Definitions);
            if (report.Profile is { } profile)
            {
                json.WriteString("profile", profile);
            }

            json.WriteBoolean("agrees", report.Agrees);
            json.WriteNumber("measuresCompared", report.MeasuresCompared);
            json.WriteNumber("measuresNotInTheirs", report.MeasuresNotInTheirs);
            json.WriteNumber("childrenCompared", report.ChildrenCompared);
            ReportJson.StringArray(json, "notes", report.Notes);
            json.WriteStartArray("discrepancies");
            foreach (var d in report.Discrepancies)
            {
                json.WriteStartObject();
                json.WriteString("kind", d.Kind.ToString());
                json.WriteString("measure", d.MeasureId);
                ReportJson.StringOrNull(json, "split", d.Split);
                json.WriteString("ours", d.Ours);
                json.WriteString("theirs", d.Theirs);
                json.WriteString("summary", d.Summary);
                json.WriteStartArray("children");
                foreach (var child in d.Children)
                {
                    json.WriteStartObject();
                    json.WriteString("childId", child.ChildId);
                    json.WriteString("ours", child.Ours);
                    ReportJson.StringOrNull(json, "theirs", child.Theirs);
                    ReportJson.StringArray(json, "why", child.Why);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("moreChildren", d.MoreChildren);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Writes the report as Markdown: the heading and verdict, a table of discrepancies, then the children of each.</summary>
    /// <param name="report">The report.</param>
    /// <param name="returnName">How to name their return (its file name).</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void WriteMarkdown(ValidationReport report, string returnName, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(returnName);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# yj validate: " + Cell(returnName) + "\n\n");
        writer.Write(report.Heading(returnName) + "\n\n**" + report.Verdict + "**\n\n");
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
            writer.Write($"| {d.Kind} | `{Cell(Measure(d))}` | {Cell(d.Ours)} | {Cell(d.Theirs)} | {Cell(d.Summary)} |\n");
        }

        foreach (var d in report.Discrepancies.Where(d => d.Children.Count > 0))
        {
            writer.Write($"\n## {d.Kind}: `{Measure(d)}`\n\n{d.Summary}\n\n| Child | Ours | Theirs | Why (ours) |\n|---|---|---|---|\n");
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

    private static string Measure(Discrepancy d) => d.Split is null ? d.MeasureId : $"{d.MeasureId} ({d.Split})";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
