using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Records;
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
    private const int FlushBytes = 64 * 1024;

    /// <summary>Writes the document to a stream (UTF-8, no byte order mark). The stream is not closed.</summary>
    /// <param name="data">The service's data.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="indented">Whether to indent (for people) or not (smaller).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ServiceData data, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString(RecordLayout.Schema, CaseLevelJsonReader.Schema);
        ServiceFieldsWriter.Write(json, data);
        json.WriteStartArray(RecordLayout.Children);
        foreach (var child in data.Children)
        {
            Child(json, child);
            if (json.BytesPending > FlushBytes)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
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

        json.WriteStartArray("offences");
        foreach (var offence in child.Offences)
        {
            json.WriteStartObject();
            json.WriteString("id", offence.Id.Value);
            Date(json, "offenceDate", offence.OffenceDate);
            Date(json, "arrestDate", offence.ArrestDate);
            json.WriteString("category", offence.Category.Name);
            json.WriteNumber("seriousness", offence.Seriousness.Value);
            json.WriteBoolean("knifeRelated", offence.KnifeRelated);
            json.WriteStartArray("outcomes");
            foreach (var outcome in offence.Outcomes)
            {
                Outcome(json, outcome);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("interventions");
        foreach (var intervention in child.Interventions)
        {
            json.WriteStartObject();
            json.WriteString("id", intervention.Id.Value);
            json.WriteString("disposal", intervention.Disposal.Name);
            Date(json, "start", intervention.Start);
            Date(json, "end", intervention.End);
            OffenceIds(json, intervention.OffenceIds);
            Bool(json, "completedSuccessfully", intervention.CompletedSuccessfully);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("accommodation");
        foreach (var period in child.Accommodation)
        {
            json.WriteStartObject();
            Date(json, "start", period.Start);
            Date(json, "end", period.End);
            json.WriteString("type", period.Type.Name);
            Text(json, "suitability", period.Suitability?.Name);
            json.WriteBoolean("primary", period.Primary);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ete");
        foreach (var period in child.Ete)
        {
            json.WriteStartObject();
            Date(json, "start", period.Start);
            Date(json, "end", period.End);
            json.WriteString("provision", period.Provision.Name);
            Text(json, "suitability", period.Suitability?.Name);
            Number(json, "hoursOffered", period.HoursOffered);
            Number(json, "hoursAttended", period.HoursAttended);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sendAln");
        foreach (var record in child.SendAln)
        {
            json.WriteStartObject();
            Date(json, "start", record.Start);
            Date(json, "end", record.End);
            Bool(json, "identified", record.Identified);
            Bool(json, "formalPlan", record.FormalPlan);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("mentalHealth");
        foreach (var record in child.MentalHealth)
        {
            Health(json, record.Screened, record.Referred, record.Offered, record.AttendedStart, record.AttendedEnd, record.Intervention?.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("substanceMisuse");
        foreach (var record in child.SubstanceMisuse)
        {
            Health(json, record.Screened, record.Referred, record.Offered, record.AttendedStart, record.AttendedEnd, record.Intervention?.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("careStatus");
        foreach (var period in child.CareStatus)
        {
            json.WriteStartObject();
            json.WriteString("status", period.Status.Name);
            Date(json, "start", period.Start);
            Date(json, "end", period.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("victims");
        foreach (var victim in child.Victims)
        {
            json.WriteStartObject();
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
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Outcome(Utf8JsonWriter json, LegalOutcome outcome)
    {
        json.WriteStartObject();
        Date(json, "date", outcome.Date);
        json.WriteString("outcome", outcome.Outcome.Name);
        Date(json, "firstHearingDate", outcome.FirstHearingDate);
        Text(json, "appealStatus", outcome.AppealStatus?.Name);
        Bool(json, "residentInArea", outcome.ResidentInArea);
        json.WriteEndObject();
    }

    private static void Health(Utf8JsonWriter json, LocalDate? screened, LocalDate? referred, LocalDate? offered, LocalDate? attendedStart, LocalDate? attendedEnd, string? intervention)
    {
        json.WriteStartObject();
        Date(json, "screened", screened);
        Date(json, "referred", referred);
        Date(json, "offered", offered);
        Date(json, "attendedStart", attendedStart);
        Date(json, "attendedEnd", attendedEnd);
        Text(json, "intervention", intervention);
        json.WriteEndObject();
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
