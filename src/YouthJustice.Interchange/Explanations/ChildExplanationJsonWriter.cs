using NodaTime.Text;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Interchange.Explanations;

/// <summary>
/// Writes a child's explanation as JSON (what <c>yj explain --format json</c> writes): the standing and its summary,
/// the kept row of a member or the exclusion, and every measure with its status and reasons, deciding one first.
/// </summary>
public static class ChildExplanationJsonWriter
{
    /// <summary>Writes <paramref name="explanation"/> to <paramref name="stream"/> as indented UTF-8 JSON.</summary>
    /// <param name="explanation">The explanation (<see cref="Kpi.KpiEngine.Explain"/>).</param>
    /// <param name="stream">Where to write; left open.</param>
    public static void Write(ChildExplanation explanation, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ReportJson.Write(stream, json => Write(json, explanation));
    }

    private static void Write(Utf8JsonWriter json, ChildExplanation explanation)
    {
        json.WriteStartObject();
        json.WriteString("childId", explanation.ChildId.Value);
        json.WriteString("quarter", explanation.Quarter.ToString());
        json.WriteString("definitions", explanation.Definitions.Name);
        if (!explanation.Profile.IsGuidance)
        {
            json.WriteString("profile", explanation.Profile.Name);
        }

        json.WriteString("standing", explanation.Standing.ToString());
        json.WriteString("summary", ExplanationText.Summary(explanation));
        if (explanation.Member is { } member)
        {
            json.WriteStartObject("member");
            json.WriteString("interventionId", member.InterventionId.ToString());
            json.WriteString("interventionDisposal", member.InterventionDisposal.Name);
            json.WriteString("offenceId", member.OffenceId.ToString());
            json.WriteString("outcome", member.Outcome.Name);
            json.WriteString("outcomeDate", LocalDatePattern.Iso.Format(member.OutcomeDate));
            json.WriteString("typeOfOrder", member.TypeOfOrder.Name);
            json.WriteString("start", LocalDatePattern.Iso.Format(member.Start));
            json.WriteString("end", LocalDatePattern.Iso.Format(member.End));
            json.WriteNumber("qualifyingRows", member.QualifyingRows);
            json.WriteEndObject();
        }

        if (explanation.Exclusion is { } exclusion)
        {
            json.WriteStartObject("exclusion");
            json.WriteString("reason", exclusion.Reason.Name);
            json.WriteString("interventionId", exclusion.InterventionId.ToString());
            json.WriteString("detail", exclusion.Detail);
            json.WriteEndObject();
        }

        json.WriteStartArray("measures");
        foreach (var measure in explanation.Measures)
        {
            json.WriteStartObject();
            json.WriteString("id", measure.MeasureId);
            json.WriteString("title", measure.Title);
            json.WriteString("status", ExplanationText.Name(measure.Status));
            ReportJson.StringArray(json, "reasons", measure.Reasons);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
