using System.Text.Encodings.Web;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Returns;

/// <summary>
/// Writes a KPI return as <c>youthjustice-kpi-return/1</c> JSON, exactly as spec/interchange.md shows: service,
/// quarter, definitions, the measures (id, title, numerator, denominator, value with one decimal place or
/// <c>null</c>, unit, and <c>byTypeOfOrder</c> for split measures), and the cohort with every exclusion and its reason.
/// Optional additions: <c>profile</c> when the return followed a profile other than the guidance (yjaf-case-level §6),
/// <c>provisional</c> on provisional measures, <c>interventionId</c> and <c>detail</c> on exclusions,
/// and the <c>children</c> list of each cohort child's outcome per measure.
/// </summary>
public static class KpiReturnJsonWriter
{
    /// <summary>The schema written: <c>youthjustice-kpi-return/1</c>.</summary>
    public const string Schema = "youthjustice-kpi-return/1";

    /// <summary>Writes a computed return (and, when given, each cohort child's outcomes). The stream is not closed.</summary>
    /// <param name="kpiReturn">The KPI engine's return.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="children">Each cohort child's outcomes (<c>KpiEngine.Outcomes</c>), or <see langword="null"/> to leave them out.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kpiReturn"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(KpiReturn kpiReturn, Stream stream, IEnumerable<ChildOutcomes>? children = null, bool indented = true)
        => WriteDocument(KpiReturnDocument.From(kpiReturn, children), stream, indented);

    /// <summary>
    /// The optional member that names the profile a return followed (<c>yjb-pipeline</c>), written only when it is not
    /// the guidance, so that a return under the guidance is unchanged (the contract is add-only).
    /// </summary>
    public const string ProfileField = "profile";

    /// <summary>The optional member that reports what the input lost: <c>inputLosses</c> (decision IX-R2).</summary>
    public const string InputLossesField = "inputLosses";

    /// <summary>How many issues <c>inputLosses.issues</c> lists; the count gives them all.</summary>
    public const int InputLossesListed = 100;

    /// <summary>
    /// Writes a computed return with what its input lost: when <paramref name="inputLosses"/> is not empty, the
    /// document ends with <c>"inputLosses": { "count": n, "byCode": { "IX-FIELD-002": n }, "issues": [ { "severity",
    /// "code", "location", "message" } ] }</c> (the first <see cref="InputLossesListed"/> issues, each message cut to 500
    /// characters), so that figures from part of an input say so (decision IX-R2). The stream is not closed.
    /// </summary>
    /// <param name="kpiReturn">The KPI engine's return.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="children">Each cohort child's outcomes, or <see langword="null"/> to leave them out.</param>
    /// <param name="inputLosses">The issues of the read that lost data (<c>ReadResult.Losses</c>); empty when nothing was lost.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kpiReturn"/>, <paramref name="stream"/> or <paramref name="inputLosses"/> is null.</exception>
    public static void WriteWithInputLosses(KpiReturn kpiReturn, Stream stream, IEnumerable<ChildOutcomes>? children, IReadOnlyList<InputIssue> inputLosses, bool indented)
    {
        ArgumentNullException.ThrowIfNull(inputLosses);
        WriteCore(KpiReturnDocument.From(kpiReturn, children), stream, indented, inputLosses);
    }

    /// <summary>Writes a return document. The stream is not closed.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteDocument(KpiReturnDocument document, Stream stream, bool indented = true)
        => WriteCore(document, stream, indented, []);

    private static void WriteCore(KpiReturnDocument document, Stream stream, bool indented, IReadOnlyList<InputIssue> inputLosses)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("service", document.Service);
        json.WriteString("quarter", document.Quarter.ToString());
        json.WriteString("definitions", document.Definitions.Name);
        if (document.Profile is { } profile)
        {
            json.WriteString(ProfileField, profile);
        }

        json.WriteStartArray("measures");
        foreach (var measure in document.Measures)
        {
            json.WriteStartObject();
            json.WriteString("id", measure.Id);
            if (measure.Title.Length > 0)
            {
                json.WriteString("title", measure.Title);
            }

            if (measure.Numerator is { } numerator)
            {
                json.WriteNumber("numerator", numerator);
            }

            if (measure.Denominator is { } denominator)
            {
                json.WriteNumber("denominator", denominator);
            }

            if (measure.Value is { } value)
            {
                // At least one decimal place, as the specification shows (60.0).
                json.WriteNumber("value", value + 0.0m);
            }
            else
            {
                json.WriteNull("value");
            }

            if (measure.Unit is { } unit)
            {
                json.WriteString("unit", unit.Name);
            }

            if (measure.ByTypeOfOrder.Count > 0)
            {
                json.WriteStartObject("byTypeOfOrder");
                foreach (var (type, fraction) in measure.ByTypeOfOrder)
                {
                    json.WriteStartObject(type.Name);
                    json.WriteNumber("numerator", fraction.Numerator);
                    json.WriteNumber("denominator", fraction.Denominator);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            if (measure.Provisional)
            {
                json.WriteBoolean("provisional", true);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("cohort");
        json.WriteNumber("children", document.CohortChildren);
        json.WriteStartArray("excluded");
        foreach (var exclusion in document.Excluded)
        {
            json.WriteStartObject();
            json.WriteString("childId", exclusion.ChildId);
            json.WriteString("reason", exclusion.Reason.Name);
            if (exclusion.InterventionId is not null)
            {
                json.WriteString("interventionId", exclusion.InterventionId);
            }

            if (exclusion.Detail is not null)
            {
                json.WriteString("detail", exclusion.Detail);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (document.Children is { } children)
        {
            json.WriteStartArray("children");
            foreach (var child in children)
            {
                json.WriteStartObject();
                json.WriteString("childId", child.ChildId);
                json.WriteString("typeOfOrder", child.TypeOfOrder.Name);
                json.WriteStartObject("measures");
                foreach (var (id, status) in child.Measures)
                {
                    json.WriteString(id, status.ToString());
                }

                json.WriteEndObject();
                json.WriteEndObject();
                if (json.BytesPending > 64 * 1024)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
        }

        if (inputLosses.Count > 0)
        {
            WriteLosses(json, inputLosses);
        }

        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteLosses(Utf8JsonWriter json, IReadOnlyList<InputIssue> losses)
    {
        const int longest = 500;
        json.WriteStartObject(InputLossesField);
        json.WriteNumber("count", losses.Count);
        json.WriteStartObject("byCode");
        foreach (var group in losses.GroupBy(i => i.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(group.Key, group.Count());
        }

        json.WriteEndObject();
        json.WriteStartArray("issues");
        foreach (var issue in losses.Take(InputLossesListed))
        {
            json.WriteStartObject();
            json.WriteString("severity", issue.Severity == IssueSeverity.Error ? "error" : "warning");
            json.WriteString("code", issue.Code);
            json.WriteString("location", issue.Location.ToString());
            json.WriteString("message", issue.Message.Length <= longest ? issue.Message : string.Concat(issue.Message.AsSpan(0, longest), "…"));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
