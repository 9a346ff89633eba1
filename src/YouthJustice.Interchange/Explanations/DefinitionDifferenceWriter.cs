using YouthJustice.Interchange.Csv;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Interchange.Explanations;

/// <summary>
/// Writes the children whose classification changes between two definition sets (<see cref="Kpi.KpiEngine.Diff"/>)
/// as JSON or CSV: what <c>yj diff</c> writes. Each child is written as given; sort by child id first for output that
/// does not depend on the input's order (decision IX-R3).
/// </summary>
public static class DefinitionDifferenceWriter
{
    /// <summary>The CSV header.</summary>
    public const string CsvHeader = "child_id,measure,from,to,rule,reasons_from,reasons_to";

    /// <summary>Writes the differences as indented UTF-8 JSON.</summary>
    /// <param name="quarter">The quarter compared.</param>
    /// <param name="from">The first definition set.</param>
    /// <param name="to">The second definition set.</param>
    /// <param name="differences">The differences.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="inputLosses">
    /// How many issues lost data in reading the input: written as <c>inputLosses</c> when above 0, since the differences
    /// are then from part of the data (decision IX-R2).
    /// </param>
    public static void WriteJson(ReportingQuarter quarter, DefinitionSet from, DefinitionSet to, IReadOnlyList<DefinitionDifference> differences, Stream stream, int inputLosses = 0)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(differences);
        DifferenceJson.Write(
            stream,
            inputLosses,
            quarter,
            json =>
            {
                json.WriteString("from", from.Name);
                json.WriteString("to", to.Name);
            },
            differences.Select(d => new DifferenceJson.Row(d.ChildId, d.MeasureId, d.From, d.To, d.ReasonsFrom, d.ReasonsTo, json => json.WriteString("rule", d.Rule))).ToList());
    }

    /// <summary>Writes the differences as CSV (RFC 4180 quoting), a row per child and measure, reasons joined by a space.</summary>
    /// <param name="differences">The differences.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void WriteCsv(IEnumerable<DefinitionDifference> differences, TextWriter writer)
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
            row["rule"].Set(d.Rule);
            row["reasons_from"].Set(string.Join(" ", d.ReasonsFrom));
            row["reasons_to"].Set(string.Join(" ", d.ReasonsTo));
        }
    }
}
