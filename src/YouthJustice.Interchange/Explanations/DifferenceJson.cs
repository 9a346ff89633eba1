using YouthJustice.Domain.Children;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Interchange.Explanations;

/// <summary>
/// The JSON document both difference writers share (<c>yj diff</c> between definition sets and between profiles):
/// <c>inputLosses</c> when above 0, the quarter, what was compared, the number of children, then one object per
/// child and measure with its id, measure, from and to statuses, what moved it, and the reasons on each side.
/// </summary>
internal static class DifferenceJson
{
    /// <summary>One difference as the document writes it.</summary>
    /// <param name="ChildId">The child.</param>
    /// <param name="MeasureId">The measure (or <c>cohort</c>).</param>
    /// <param name="From">The status on the first side.</param>
    /// <param name="To">The status on the second side.</param>
    /// <param name="ReasonsFrom">Why, on the first side.</param>
    /// <param name="ReasonsTo">Why, on the second side.</param>
    /// <param name="WriteCause">Writes what moved the child, between <c>to</c> and <c>reasonsFrom</c>.</param>
    internal readonly record struct Row(
        ChildId ChildId,
        string MeasureId,
        ChildMeasureStatus From,
        ChildMeasureStatus To,
        IReadOnlyList<string> ReasonsFrom,
        IReadOnlyList<string> ReasonsTo,
        Action<Utf8JsonWriter> WriteCause);

    /// <summary>Writes the document as indented UTF-8 JSON.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="inputLosses">Issues that lost data in reading the input (decision IX-R2); written when above 0.</param>
    /// <param name="quarter">The quarter compared.</param>
    /// <param name="writeCompared">Writes the fields that say what was compared (after <c>quarter</c>).</param>
    /// <param name="rows">The differences, in the order given.</param>
    internal static void Write(Stream stream, int inputLosses, ReportingQuarter quarter, Action<Utf8JsonWriter> writeCompared, IReadOnlyList<Row> rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputLosses);
        ReportJson.Write(stream, json =>
        {
            json.WriteStartObject();
            if (inputLosses > 0)
            {
                json.WriteNumber("inputLosses", inputLosses);
            }

            json.WriteString("quarter", quarter.ToString());
            writeCompared(json);
            json.WriteNumber("children", rows.Select(d => d.ChildId).Distinct().Count());
            json.WriteStartArray("differences");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("childId", row.ChildId.Value);
                json.WriteString("measure", row.MeasureId);
                json.WriteString("from", ExplanationText.Name(row.From));
                json.WriteString("to", ExplanationText.Name(row.To));
                row.WriteCause(json);
                ReportJson.StringArray(json, "reasonsFrom", row.ReasonsFrom);
                ReportJson.StringArray(json, "reasonsTo", row.ReasonsTo);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
