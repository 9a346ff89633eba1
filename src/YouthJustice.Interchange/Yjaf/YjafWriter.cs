using NodaTime;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Json;
using static YouthJustice.Interchange.Json.NullableJson;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>
/// Writes a service's data in the YJB's case-level shape (spec/yjaf-case-level.md), one child document per child:
/// as a JSON document (<see cref="Write"/>) or newline-delimited (<see cref="WriteNdjson"/>). What
/// <see cref="YjafReader"/> reads back is the same data (decision YJ-3): YJB codes are written where a code reads back
/// as the value, and our own names where none does (<c>SupportedLodgings</c>, <c>Fine</c>); open end dates are written
/// <c>1900-01-01</c>, as the YJB does.
/// </summary>
/// <remarks>
/// The YJB shape has no place for a service's population estimates and management board attendance (they come from
/// other YJB tables), so they are written beside the documents in our own format (the <c>populations</c> and
/// <c>boardAttendance</c> lists of the JSON document, or a first service line of the newline-delimited form). A
/// victim's <c>contacted</c> flag, which the YJB derives from a contact date we do not hold, is written as our
/// <c>contacted</c> field (decision YJ-6); a first hearing date as a <c>hearing</c> item linked to its offence; the
/// child's hearings as <c>hearing</c> items with their <c>remandDecision</c> and <c>link_hearing_offence</c> items, and
/// an intervention's release date as our <c>releaseDate</c> field (decision YJ-7).
/// </remarks>
public static class YjafWriter
{
    /// <summary>Writes a YJAF-shaped JSON document to a stream (UTF-8, no byte order mark). The stream is not closed.</summary>
    /// <param name="data">The service's data.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="returnPeriod">The return period written in every document's header, or <see langword="null"/> for none.</param>
    /// <param name="indented">Whether to indent (for people) or not (smaller).</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(ServiceData data, Stream stream, DateInterval? returnPeriod = null, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stream);
        ServiceJsonDocument.Write(stream, indented, YjafReader.Schema, data, YjafLayout.Documents, (json, child) => Document(json, data.Code, child, returnPeriod));
    }

    /// <summary>Writes a YJAF-shaped JSON document to a file, replacing it.</summary>
    /// <param name="data">The service's data.</param>
    /// <param name="path">The file.</param>
    /// <param name="returnPeriod">The return period written in every document's header, or <see langword="null"/>.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(ServiceData data, string path, DateInterval? returnPeriod = null, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(data, stream, returnPeriod, indented);
    }

    /// <summary>
    /// Writes newline-delimited YJAF child documents to a stream: a first line with the service, its population
    /// estimates and board attendance, then one line per child. The stream is not closed.
    /// </summary>
    /// <param name="data">The service's data.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="returnPeriod">The return period written in every document's header, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="stream"/> is null.</exception>
    public static void WriteNdjson(ServiceData data, Stream stream, DateInterval? returnPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stream);
        using (var json = new Utf8JsonWriter(stream, ServiceJsonDocument.Options(indented: false)))
        {
            json.WriteStartObject();
            json.WriteString(RecordLayout.Schema, YjafReader.Schema);
            ServiceJsonDocument.WriteServiceFields(json, data);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        foreach (var child in data.Children)
        {
            using (var json = new Utf8JsonWriter(stream, ServiceJsonDocument.Options(indented: false)))
            {
                Document(json, data.Code, child, returnPeriod);
            }

            stream.WriteByte((byte)'\n');
        }

        stream.Flush();
    }

    /// <summary>Writes newline-delimited YJAF child documents to a file, replacing it.</summary>
    /// <param name="data">The service's data.</param>
    /// <param name="path">The file.</param>
    /// <param name="returnPeriod">The return period written in every document's header, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteNdjsonFile(ServiceData data, string path, DateInterval? returnPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        WriteNdjson(data, stream, returnPeriod);
    }

    private static void Document(Utf8JsonWriter json, ServiceCode service, ChildCase child, DateInterval? returnPeriod)
    {
        var ypid = child.Id.Value;
        json.WriteStartObject();
        json.WriteString(YjafLayout.Ypid, ypid);
        json.WriteString(YjafLayout.Yotoucode, service.Value);
        Date(json, YjafLayout.ReturnStart, returnPeriod?.Start);
        Date(json, YjafLayout.ReturnEnd, returnPeriod?.End);
        json.WriteBoolean(YjafLayout.Deleted, false);
        json.WriteStartArray(YjafLayout.Items);

        Item(json, YjafLayout.PersonDetails);
        json.WriteString("ypid", ypid);
        Date(json, "dateOfBirth", child.DateOfBirth);
        if (child.Sex.YjbCode is { } sex)
        {
            json.WriteNumber("sex", int.Parse(sex, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("sex");
        }

        json.WriteString("ethnicity", child.Ethnicity.Name);
        EndItem(json);

        var hearingNumber = 0;
        var hearingIds = child.Hearings.Select(h => h.Id.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var offence in child.Offences)
        {
            Offence(json, offence);
            foreach (var date in offence.Outcomes.Select(o => o.FirstHearingDate).OfType<LocalDate>().Distinct().Order())
            {
                string hearingId;
                do
                {
                    hearingNumber++;
                    hearingId = $"H{hearingNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                }
                while (hearingIds.Contains(hearingId));

                Item(json, YjafLayout.Hearing);
                json.WriteString("hearingID", hearingId);
                Date(json, "hearingDate", date);
                EndItem(json);
                Item(json, YjafLayout.LinkHearingOffence);
                json.WriteString("offenceID", offence.Id.Value);
                json.WriteString("hearingID", hearingId);
                EndItem(json);
            }
        }

        // The child's own hearings (decision YJ-7): with their remand decision (the YJB code, else our name) and links.
        foreach (var hearing in child.Hearings)
        {
            Item(json, YjafLayout.Hearing);
            json.WriteString("hearingID", hearing.Id.Value);
            Date(json, "hearingDate", hearing.Date);
            json.WriteString("remandDecision", hearing.RemandDecision.YjbCode ?? hearing.RemandDecision.Name);
            EndItem(json);
            foreach (var offenceId in hearing.OffenceIds)
            {
                Item(json, YjafLayout.LinkHearingOffence);
                json.WriteString("offenceID", offenceId.Value);
                json.WriteString("hearingID", hearing.Id.Value);
                EndItem(json);
            }
        }

        foreach (var intervention in child.Interventions)
        {
            Item(json, YjafLayout.Intervention);
            json.WriteString("interventionProgrammeID", intervention.Id.Value);
            Date(json, "startDate", intervention.Start);
            OpenDate(json, "endDate", intervention.End);
            json.WriteString("disposalType", YjafCodes.Disposals.Write(intervention.Disposal.Name));
            Bool(json, "kpi6SuccessfullyCompleted", intervention.CompletedSuccessfully);
            if (intervention.ReleaseDate is not null)
            {
                // Our addition (decision YJ-7): the YJB shape gives a release only as the start of a DTO licence.
                Date(json, "releaseDate", intervention.ReleaseDate);
            }

            EndItem(json);
            foreach (var offenceId in intervention.OffenceIds)
            {
                Item(json, YjafLayout.LinkOffenceIntervention);
                json.WriteString("offenceID", offenceId.Value);
                json.WriteString("interventionProgrammeID", intervention.Id.Value);
                EndItem(json);
            }
        }

        Items(json, YjafLayout.Residence, child.Accommodation, static (json, period) =>
        {
            Date(json, "date", period.Start);
            OpenDate(json, "kpi1EndDate", period.End);
            json.WriteString("kpi1AccommodationType", YjafCodes.Accommodation.Write(period.Type.Name));
            Text(json, "kpi1AccommodationSuitability", period.Suitability?.YjbCode);
            json.WriteBoolean("kpi1PrimaryResidence", period.Primary);
        });

        Items(json, YjafLayout.Ete, child.Ete, static (json, period) =>
        {
            Date(json, "startDate", period.Start);
            OpenDate(json, "endDate", period.End);
            json.WriteString("provisionType", YjafCodes.Provisions.Write(period.Provision.Name));
            Text(json, "suitability", period.Suitability?.YjbCode);
            Number(json, "hoursOffered", period.HoursOffered);
            Number(json, "hours", period.HoursAttended);
        });

        Items(json, YjafLayout.SendAln, child.SendAln, static (json, record) =>
        {
            Text(json, "kpi3IdentifiedSENDALN", YesNo(record.Identified, "YES", "NO"));
            Text(json, "kpi3SENDFormalPlan", YesNo(record.FormalPlan, "YES", "NO"));
            Date(json, "kpi3SENDStartDate", record.Start);
            Date(json, "kpi3SENDEndDate", record.End);
        });

        if (child.MentalHealth.Count > 0 || child.SubstanceMisuse.Count > 0)
        {
            Item(json, YjafLayout.Health);
            HealthPart(json, "mentalHealth", "kpi4MentalHealthWellbeing", child.MentalHealth, static (json, r) =>
                Health(json, "kpi4MH", r.Screened, r.Referred, r.Offered, r.AttendedStart, r.AttendedEnd, r.Intervention?.YjbCode ?? r.Intervention?.Name));
            HealthPart(json, "substanceMisuse", "kpi5SubstanceMisuse", child.SubstanceMisuse, static (json, r) =>
                Health(json, "kpi5SM", r.Screened, r.Referred, r.Offered, r.AttendedStart, r.AttendedEnd, r.Intervention?.YjbCode ?? r.Intervention?.Name));
            EndItem(json);
        }

        Items(json, YjafLayout.CareStatus, child.CareStatus, static (json, period) =>
        {
            json.WriteString("status", YjafCodes.CareStatuses.Write(period.Status.Name));
            Date(json, "startDate", period.Start);
            Date(json, "endDate", period.End);
        });

        var victimNumber = 0;
        foreach (var victim in child.Victims)
        {
            victimNumber++;
            var victimInterventionId = $"VI{victimNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            Item(json, YjafLayout.Victim);
            json.WriteString("victimID", victim.Id.Value);
            json.WriteString("victimInterventionID", victimInterventionId);
            Text(json, "consentYJSContact", YesNo(victim.ConsentToContact, "Yes", "No"));
            Text(json, "engagedRJ", YesNo(victim.EngagedRestorativeJustice, "Yes", "No"));
            Text(json, "viewPrior", YesNo(victim.ViewsSoughtBeforeDecision, "Yes", "No"));
            Text(json, "progressRequest", YesNo(victim.ProgressRequested, "Yes", "No"));
            Text(json, "progressProvided", YesNo(victim.ProgressProvided, "Yes", "No"));
            Text(json, "additionalSupportRequest", YesNo(victim.SupportRequested, "Yes", "No"));
            Text(json, "additionalSupportProvided", YesNo(victim.SupportProvided, "Yes", "No"));
            Bool(json, "contacted", victim.Contacted);
            EndItem(json);
            foreach (var offenceId in victim.OffenceIds)
            {
                Item(json, YjafLayout.LinkOffenceVictim);
                json.WriteString("offenceID", offenceId.Value);
                json.WriteString("victimInterventionID", victimInterventionId);
                EndItem(json);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Offence(Utf8JsonWriter json, Offence offence)
    {
        Item(json, YjafLayout.Offence);
        json.WriteString("offenceID", offence.Id.Value);
        Date(json, "offenceDate", offence.OffenceDate);
        Date(json, "arrestDate", offence.ArrestDate);
        json.WriteNumber("yjbseriousnessScore", offence.Seriousness.Value);
        json.WriteString("yjboffenceCategory", offence.Category.YjbCode ?? offence.Category.Name);
        json.WriteString("knifeRelatedOffence", offence.KnifeRelated ? "Yes" : "No");
        json.WriteStartArray("offenceLegalOutcome");
        foreach (var outcome in offence.Outcomes)
        {
            json.WriteStartObject();
            Date(json, "outcomeDate", outcome.Date);
            json.WriteString("legalOutcome", YjafCodes.Disposals.Write(outcome.Outcome.Name));
            Text(json, "outcomeAppealStatus", outcome.AppealStatus is { } appeal ? YjafCodes.AppealStatuses.Write(appeal.Name) : null);
            Text(json, "residenceOnLegalOutcomeDate", outcome.ResidentInArea switch { true => "LOCAL", false => "OTHER", null => null });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        EndItem(json);
    }

    /// <summary>One part of the health item: the object <paramref name="part"/> holding the list <paramref name="list"/> of its records.</summary>
    private static void HealthPart<T>(Utf8JsonWriter json, string part, string list, IEnumerable<T> records, Action<Utf8JsonWriter, T> record)
    {
        json.WriteStartObject(part);
        json.WriteStartArray(list);
        foreach (var r in records)
        {
            record(json, r);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Health(Utf8JsonWriter json, string prefix, LocalDate? screened, LocalDate? referred, LocalDate? offered, LocalDate? attendedStart, LocalDate? attendedEnd, string? intervention)
    {
        json.WriteStartObject();
        Date(json, prefix + "DateScreened", screened);
        Date(json, prefix + "DateReferred", referred);
        Date(json, prefix + "DateOffered", offered);
        Date(json, prefix + "DateAttendedStart", attendedStart);
        Date(json, prefix + "DateAttendedEnd", attendedEnd);
        Text(json, prefix + "InterventionType", intervention);
        json.WriteEndObject();
    }

    /// <summary>Writes one item of type <paramref name="type"/> per value, its fields written by <paramref name="fields"/>.</summary>
    private static void Items<T>(Utf8JsonWriter json, string type, IEnumerable<T> values, Action<Utf8JsonWriter, T> fields)
    {
        foreach (var value in values)
        {
            Item(json, type);
            fields(json, value);
            EndItem(json);
        }
    }

    private static void Item(Utf8JsonWriter json, string type)
    {
        json.WriteStartObject();
        json.WriteString(YjafLayout.ItemType, type);
        json.WriteStartObject(YjafLayout.Item);
    }

    private static void EndItem(Utf8JsonWriter json)
    {
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string? YesNo(bool? value, string yes, string no) => value switch { true => yes, false => no, null => null };

    /// <summary>An end date, <c>1900-01-01</c> when still open (the YJB's way).</summary>
    private static void OpenDate(Utf8JsonWriter json, string name, LocalDate? date)
        => json.WriteString(name, date is { } value ? CaseMapper.Iso(value) : "1900-01-01");
}
