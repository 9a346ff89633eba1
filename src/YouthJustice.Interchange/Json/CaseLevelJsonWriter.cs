using NodaTime;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using static YouthJustice.Interchange.Json.NullableJson;

namespace YouthJustice.Interchange.Json;

/// <summary>
/// Writes a service's data as a case-level JSON document (<c>youthjustice-caselevel/1</c>): every field of every
/// record in the order of spec/interchange.md, enumerations by their PascalCase names, dates as ISO
/// <c>yyyy-MM-dd</c> and <c>null</c> for no date or no value. Reading what it writes gives back equal data.
/// </summary>
/// <remarks>Children are written one at a time and flushed as the output grows, so large services stream out.</remarks>
public static class CaseLevelJsonWriter
{
    /// <summary>Writes the document to a stream (UTF-8, no byte order mark). The stream is not closed.</summary>
    /// <param name="data">The service's data.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="indented">Whether to indent (for people) or not (smaller).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ServiceData data, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stream);
        ServiceJsonDocument.Write(stream, indented, CaseLevelJsonReader.Schema, data, RecordLayout.Children, Child);
    }

    /// <summary>Writes the document to a file, replacing it.</summary>
    /// <param name="data">The service's data.</param>
    /// <param name="path">The file.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(ServiceData data, string path, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(data, stream, indented);
    }

    private static void Child(Utf8JsonWriter json, ChildCase child)
    {
        json.WriteStartObject();
        json.WriteString("id", child.Id.Value);
        Date(json, "dateOfBirth", child.DateOfBirth);
        json.WriteString("sex", child.Sex.Name);
        json.WriteString("ethnicity", child.Ethnicity.Name);
        Objects(json, "offences", child.Offences, static (json, offence) =>
        {
            json.WriteString("id", offence.Id.Value);
            Date(json, "offenceDate", offence.OffenceDate);
            Date(json, "arrestDate", offence.ArrestDate);
            json.WriteString("category", offence.Category.Name);
            json.WriteNumber("seriousness", offence.Seriousness.Value);
            json.WriteBoolean("knifeRelated", offence.KnifeRelated);
            Objects(json, "outcomes", offence.Outcomes, Outcome);
        });
        Objects(json, "interventions", child.Interventions, static (json, intervention) =>
        {
            json.WriteString("id", intervention.Id.Value);
            json.WriteString("disposal", intervention.Disposal.Name);
            Date(json, "start", intervention.Start);
            Date(json, "end", intervention.End);
            OffenceIds(json, intervention.OffenceIds);
            Bool(json, "completedSuccessfully", intervention.CompletedSuccessfully);

            // Added in 0.1.0: written only when recorded, so a document without release dates is written as before.
            if (intervention.ReleaseDate is not null)
            {
                Date(json, "releaseDate", intervention.ReleaseDate);
            }
        });
        Objects(json, "accommodation", child.Accommodation, static (json, period) =>
        {
            Date(json, "start", period.Start);
            Date(json, "end", period.End);
            json.WriteString("type", period.Type.Name);
            Text(json, "suitability", period.Suitability?.Name);
            json.WriteBoolean("primary", period.Primary);
        });
        Objects(json, "ete", child.Ete, static (json, period) =>
        {
            Date(json, "start", period.Start);
            Date(json, "end", period.End);
            json.WriteString("provision", period.Provision.Name);
            Text(json, "suitability", period.Suitability?.Name);
            Number(json, "hoursOffered", period.HoursOffered);
            Number(json, "hoursAttended", period.HoursAttended);
        });
        Objects(json, "sendAln", child.SendAln, static (json, record) =>
        {
            Date(json, "start", record.Start);
            Date(json, "end", record.End);
            Bool(json, "identified", record.Identified);
            Bool(json, "formalPlan", record.FormalPlan);
        });
        Objects(json, "mentalHealth", child.MentalHealth, static (json, r) =>
            Health(json, r.Screened, r.Referred, r.Offered, r.AttendedStart, r.AttendedEnd, r.Intervention?.Name));
        Objects(json, "substanceMisuse", child.SubstanceMisuse, static (json, r) =>
            Health(json, r.Screened, r.Referred, r.Offered, r.AttendedStart, r.AttendedEnd, r.Intervention?.Name));
        Objects(json, "careStatus", child.CareStatus, static (json, period) =>
        {
            json.WriteString("status", period.Status.Name);
            Date(json, "start", period.Start);
            Date(json, "end", period.End);
        });
        Objects(json, "victims", child.Victims, static (json, victim) =>
        {
            json.WriteString("id", victim.Id.Value);
            OffenceIds(json, victim.OffenceIds);
            Bool(json, "consentToContact", victim.ConsentToContact);
            Bool(json, "engagedRestorativeJustice", victim.EngagedRestorativeJustice);
            Bool(json, "viewsSoughtBeforeDecision", victim.ViewsSoughtBeforeDecision);
            Bool(json, "progressRequested", victim.ProgressRequested);
            Bool(json, "progressProvided", victim.ProgressProvided);
            Bool(json, "supportRequested", victim.SupportRequested);
            Bool(json, "supportProvided", victim.SupportProvided);
            Bool(json, "contacted", victim.Contacted);
        });

        // Added in 0.1.0: written only when the child has hearings, so a document without them is written as before.
        if (child.Hearings.Count > 0)
        {
            Objects(json, "hearings", child.Hearings, static (json, hearing) =>
            {
                json.WriteString("id", hearing.Id.Value);
                Date(json, "date", hearing.Date);
                json.WriteString("remandDecision", hearing.RemandDecision.Name);
                OffenceIds(json, hearing.OffenceIds);
            });
        }

        json.WriteEndObject();
    }

    /// <summary>Writes a list property with one object per item, the item's fields written by <paramref name="fields"/>.</summary>
    private static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            fields(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Outcome(Utf8JsonWriter json, LegalOutcome outcome)
    {
        Date(json, "date", outcome.Date);
        json.WriteString("outcome", outcome.Outcome.Name);
        Date(json, "firstHearingDate", outcome.FirstHearingDate);
        Text(json, "appealStatus", outcome.AppealStatus?.Name);
        Bool(json, "residentInArea", outcome.ResidentInArea);
    }

    private static void Health(Utf8JsonWriter json, LocalDate? screened, LocalDate? referred, LocalDate? offered, LocalDate? attendedStart, LocalDate? attendedEnd, string? intervention)
    {
        Date(json, "screened", screened);
        Date(json, "referred", referred);
        Date(json, "offered", offered);
        Date(json, "attendedStart", attendedStart);
        Date(json, "attendedEnd", attendedEnd);
        Text(json, "intervention", intervention);
    }

    private static void OffenceIds(Utf8JsonWriter json, IReadOnlyList<OffenceId> ids)
    {
        json.WriteStartArray("offenceIds");
        foreach (var id in ids)
        {
            json.WriteStringValue(id.Value);
        }

        json.WriteEndArray();
    }
}
