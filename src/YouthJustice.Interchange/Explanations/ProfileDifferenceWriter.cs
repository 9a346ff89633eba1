using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Interchange.Explanations;

/// <summary>
/// Writes the children whose standing changes between two profiles (<see cref="Kpi.KpiEngine.DiffProfiles"/>), each
/// with the divergences that move it (yjaf-case-level §6), as JSON or CSV: what <c>yj diff --profiles</c> writes. Each
/// child is written as given; sort by child id first for output that does not depend on the input's order (decision
/// IX-R3).
/// </summary>
public static class ProfileDifferenceWriter
{
    /// <summary>The CSV header.</summary>
    public const string CsvHeader = "child_id,measure,from,to,moved_by,reasons_from,reasons_to";

    /// <summary>What a difference that no divergence makes alone is said to be moved by.</summary>
    public const string SeveralTogether = "several divergences together";

    /// <summary>The divergences that moved a child, in words: their keys and spec references, or <see cref="SeveralTogether"/>.</summary>
    /// <param name="difference">The difference.</param>
    /// <returns>For example <c>blank-appeal-status (yjaf-case-level §6.1)</c>.</returns>
    public static string MovedBy(ProfileDifference difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        return difference.MovedBy.Count == 0
            ? SeveralTogether
            : string.Join("; ", difference.MovedBy.Select(d => $"{d.Key} ({d.SpecReference})"));
    }

    /// <summary>Writes the differences as indented UTF-8 JSON.</summary>
    /// <param name="quarter">The quarter compared.</param>
    /// <param name="definitions">The definition set both profiles ran under.</param>
    /// <param name="from">The first profile.</param>
    /// <param name="to">The second profile.</param>
    /// <param name="differences">The differences.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="inputLosses">How many issues lost data in reading the input: written as <c>inputLosses</c> when above 0 (decision IX-R2).</param>
    public static void WriteJson(ReportingQuarter quarter, DefinitionSet definitions, KpiProfile from, KpiProfile to, IReadOnlyList<ProfileDifference> differences, Stream stream, int inputLosses = 0)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(differences);
        DifferenceJson.Write(
            stream,
            inputLosses,
            quarter,
            json =>
            {
                json.WriteString("definitions", definitions.Name);
                json.WriteString("from", from.Name);
                json.WriteString("to", to.Name);
            },
            differences.Select(d => new DifferenceJson.Row(d.ChildId, d.MeasureId, d.From, d.To, d.ReasonsFrom, d.ReasonsTo, json => WriteMovedBy(json, d.MovedBy))).ToList());
    }

    private static void WriteMovedBy(Utf8JsonWriter json, IReadOnlyList<PipelineDivergence> movedBy)
    {
        json.WriteStartArray("movedBy");
        foreach (var divergence in movedBy)
        {
            json.WriteStartObject();
            json.WriteString("divergence", divergence.Key);
            json.WriteString("spec", divergence.SpecReference);
            json.WriteString("description", divergence.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the differences as CSV (RFC 4180 quoting), a row per child and measure, reasons joined by a space.</summary>
    /// <param name="differences">The differences.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void WriteCsv(IEnumerable<ProfileDifference> differences, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(differences);
        using var csv = CsvReport.Writer(writer, CsvHeader);
        foreach (var d in differences)
        {
            using var row = csv.NewRow();
            row["child_id"].Set(d.ChildId.Value);
            row["measure"].Set(d.MeasureId);
            row["from"].Set(ExplanationText.Name(d.From));
            row["to"].Set(ExplanationText.Name(d.To));
            row["moved_by"].Set(MovedBy(d));
            row["reasons_from"].Set(string.Join(" ", d.ReasonsFrom));
            row["reasons_to"].Set(string.Join(" ", d.ReasonsTo));
        }
    }
}
