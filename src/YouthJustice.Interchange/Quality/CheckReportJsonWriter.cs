using YouthJustice.Interchange.Json;

namespace YouthJustice.Interchange.Quality;

/// <summary>
/// Writes what a read found as JSON (what <c>yj check --format json</c> writes): whether the input is readable, the
/// items of each kind read, accepted and rejected (by code), the issues by rule with their titles, by child, and those
/// of the document as a whole. Issues are written in the order given.
/// </summary>
public static class CheckReportJsonWriter
{
    /// <summary>Writes the report of <paramref name="result"/> as indented UTF-8 JSON.</summary>
    /// <typeparam name="T">What was read.</typeparam>
    /// <param name="result">The read, its data-quality findings included in its issues when wanted.</param>
    /// <param name="input">How to name the input (its path).</param>
    /// <param name="stream">Where to write; left open.</param>
    public static void Write<T>(ReadResult<T> result, string input, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(input);
        var issues = result.Issues;
        ReportJson.Write(stream, json =>
        {
            json.WriteStartObject();
            json.WriteString("input", input);
            json.WriteBoolean("readable", !result.IsFatal);
            json.WriteNumber("errors", issues.Count(i => i.Severity == IssueSeverity.Error));
            json.WriteNumber("warnings", issues.Count(i => i.Severity == IssueSeverity.Warning));
            json.WriteStartArray("items");
            foreach (var count in result.Summary.Items.Where(i => i.Seen > 0))
            {
                json.WriteStartObject();
                json.WriteString("kind", count.Kind.JsonName);
                json.WriteNumber("read", count.Seen);
                json.WriteNumber("accepted", count.Accepted);
                json.WriteNumber("rejected", count.Rejected);
                json.WriteStartObject("rejectedByCode");
                foreach (var (code, n) in count.RejectedByCode)
                {
                    json.WriteNumber(code, n);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("byRule");
            foreach (var rule in issues.GroupBy(i => (i.Code, i.Severity)).OrderBy(g => g.Key.Severity).ThenBy(g => g.Key.Code, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("code", rule.Key.Code);
                json.WriteString("title", IssueTitles.For(rule.Key.Code));
                json.WriteString("severity", Severity(rule.Key.Severity));
                json.WriteNumber("issues", rule.Count());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("byChild");
            foreach (var child in issues.Where(i => i.ChildId is not null).GroupBy(i => i.ChildId!))
            {
                json.WriteStartObject();
                json.WriteString("childId", child.Key);
                Issues(json, child, "issues");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Issues(json, issues.Where(i => i.ChildId is null), "documentIssues");
            json.WriteEndObject();
        });
    }

    private static string Severity(IssueSeverity severity) => severity == IssueSeverity.Error ? "error" : "warning";

    private static void Issues(Utf8JsonWriter json, IEnumerable<InputIssue> issues, string name)
    {
        json.WriteStartArray(name);
        foreach (var issue in issues)
        {
            json.WriteStartObject();
            json.WriteString("severity", Severity(issue.Severity));
            json.WriteString("code", issue.Code);
            json.WriteString("location", issue.Location.ToString());
            ReportJson.StringOrNull(json, "value", issue.Value);
            json.WriteString("reason", issue.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
