using NodaTime;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Domain.Victims;
using YouthJustice.Interchange.Quality;

namespace YouthJustice.Interchange.Records;

/// <summary>
/// Maps one record of the case-level format, whichever the syntax (JSON or CSV), to its domain value: reads every
/// field (so that every problem of the record is reported at once), applies the data-quality rules the domain
/// would refuse (end before start, seriousness outside 1–8 ...) with their <c>DQ-</c> codes, and builds the value
/// only when the record has no error. A method returns <see langword="null"/> for a rejected record.
/// </summary>
internal static class CaseMapper
{
    internal static PendingChild? Child(RecordReader r)
    {
        var idText = r.Text("id", required: true);
        r.ChildId = idText;
        var id = idText is null ? null : r.IdFromText("id", idText, ChildId.Parse);
        var dateOfBirth = r.Date("dateOfBirth", required: false);
        var sex = r.Enum("sex", true, Sex.Parse);
        var ethnicity = r.Enum("ethnicity", true, Ethnicity.Parse);
        return r.HasErrors ? null : new PendingChild(id!.Value, dateOfBirth, sex!, ethnicity!);
    }

    internal static PendingOffence? Offence(RecordReader r)
    {
        var id = r.Id("id", OffenceId.Parse);
        var offenceDate = r.Date("offenceDate", required: true);
        var arrestDate = r.Date("arrestDate", required: false);
        var category = r.Enum("category", true, OffenceCategory.Parse);
        var score = r.Integer("seriousness", required: true);
        var knifeRelated = r.Bool("knifeRelated", required: true);
        SeriousnessScore? seriousness = null;
        if (score is { } s)
        {
            if (s is >= SeriousnessScore.MinValue and <= SeriousnessScore.MaxValue)
            {
                seriousness = new SeriousnessScore((int)s);
            }
            else
            {
                r.Error(
                    DataQualityRule.SeriousnessOutOfRange.Id,
                    "seriousness",
                    Text(s),
                    $"'{r.Name("seriousness")}' must be 1 to 8 (the YJB seriousness score); was {Text(s)}.");
            }
        }

        if (offenceDate is { } committed && arrestDate is { } arrested && arrested < committed)
        {
            r.Error(
                DataQualityRule.ArrestBeforeOffence.Id,
                "arrestDate",
                Iso(arrested),
                $"The arrest date {Iso(arrested)} is before the offence date {Iso(committed)}.");
        }

        return r.HasErrors
            ? null
            : new PendingOffence(id!.Value, offenceDate!.Value, arrestDate, category!, seriousness!.Value, knifeRelated!.Value, r);
    }

    internal static LegalOutcome? Outcome(RecordReader r, LocalDate? offenceDate)
    {
        var date = r.Date("date", required: true);
        var outcome = r.Enum("outcome", true, text => Disposal.Parse(text, "outcome"));
        var firstHearing = r.Date("firstHearingDate", required: false);
        var appealStatus = r.Enum("appealStatus", false, AppealStatus.Parse);
        var resident = r.Bool("residentInArea", required: false);
        if (outcome is { IsInterventionOnly: true })
        {
            r.Error(
                IssueCodes.UnknownValue,
                "outcome",
                outcome.Name,
                $"'{outcome.Name}' is an intervention programme, not a legal outcome; the legal outcome is {Disposal.DetentionAndTrainingOrder.Name}.");
        }

        if (date is { } decided && offenceDate is { } committed && decided < committed)
        {
            r.Error(
                DataQualityRule.OutcomeBeforeOffence.Id,
                "date",
                Iso(decided),
                $"The outcome date {Iso(decided)} is before the offence date {Iso(committed)}.");
        }

        if (date is { } outcomeDate && firstHearing is { } hearing && hearing > outcomeDate)
        {
            r.Error(
                DataQualityRule.FirstHearingAfterOutcome.Id,
                "firstHearingDate",
                Iso(hearing),
                $"The first hearing date {Iso(hearing)} is after the outcome date {Iso(outcomeDate)}.");
        }

        return r.HasErrors ? null : Build(r, () => new LegalOutcome(date!.Value, outcome!, firstHearing, appealStatus, resident));
    }

    internal static Intervention? Intervention(RecordReader r)
    {
        var id = r.Id("id", InterventionId.Parse);
        var disposal = r.Enum("disposal", true, text => Disposal.Parse(text));
        var start = r.Date("start", required: true);
        var end = r.Date("end", required: false);
        var offenceIds = OffenceIds(r);
        var completed = r.Bool("completedSuccessfully", required: false);
        var release = r.Date("releaseDate", required: false);
        EndNotBeforeStart(r, "start", start, "end", end);
        EndNotBeforeStart(r, "start", start, "releaseDate", release);
        return r.HasErrors ? null : Build(r, () => new Intervention(id!.Value, disposal!, start!.Value, end, offenceIds!, completed, release));
    }

    internal static AccommodationPeriod? Accommodation(RecordReader r)
    {
        var start = r.Date("start", required: false);
        var end = r.Date("end", required: false);
        var type = r.Enum("type", true, AccommodationType.Parse);
        var suitability = r.Enum("suitability", false, Suitability.Parse);
        var primary = r.Bool("primary", required: true);
        EndNotBeforeStart(r, "start", start, "end", end);
        return r.HasErrors ? null : Build(r, () => new AccommodationPeriod(start, end, type!, suitability, primary!.Value));
    }

    internal static EtePeriod? Ete(RecordReader r)
    {
        var start = r.Date("start", required: false);
        var end = r.Date("end", required: false);
        var provision = r.Enum("provision", true, EteProvision.Parse);
        var suitability = r.Enum("suitability", false, Suitability.Parse);
        var offered = Hours(r, "hoursOffered");
        var attended = Hours(r, "hoursAttended");
        EndNotBeforeStart(r, "start", start, "end", end);
        return r.HasErrors ? null : Build(r, () => new EtePeriod(start, end, provision!, suitability, offered, attended));
    }

    internal static SendAlnRecord? SendAln(RecordReader r)
    {
        var start = r.Date("start", required: false);
        var end = r.Date("end", required: false);
        var identified = r.Bool("identified", required: false);
        var formalPlan = r.Bool("formalPlan", required: false);
        EndNotBeforeStart(r, "start", start, "end", end);
        return r.HasErrors ? null : Build(r, () => new SendAlnRecord(start, end, identified, formalPlan));
    }

    internal static MentalHealthRecord? MentalHealth(RecordReader r)
    {
        var (screened, referred, offered, attendedStart, attendedEnd) = HealthDates(r);
        var intervention = r.Enum("intervention", false, MentalHealthIntervention.Parse);
        return r.HasErrors ? null : Build(r, () => new MentalHealthRecord(screened, referred, offered, attendedStart, attendedEnd, intervention));
    }

    internal static SubstanceMisuseRecord? SubstanceMisuse(RecordReader r)
    {
        var (screened, referred, offered, attendedStart, attendedEnd) = HealthDates(r);
        var intervention = r.Enum("intervention", false, SubstanceMisuseIntervention.Parse);
        return r.HasErrors ? null : Build(r, () => new SubstanceMisuseRecord(screened, referred, offered, attendedStart, attendedEnd, intervention));
    }

    internal static CareStatusPeriod? CareStatus(RecordReader r)
    {
        var status = r.Enum("status", true, Domain.Children.CareStatus.Parse);
        var start = r.Date("start", required: false);
        var end = r.Date("end", required: false);
        EndNotBeforeStart(r, "start", start, "end", end);
        return r.HasErrors ? null : Build(r, () => new CareStatusPeriod(status!, start, end));
    }

    internal static VictimRecord? Victim(RecordReader r)
    {
        var id = r.Id("id", VictimId.Parse);
        var offenceIds = OffenceIds(r);
        var consent = r.Bool("consentToContact", required: false);
        var engaged = r.Bool("engagedRestorativeJustice", required: false);
        var viewsSought = r.Bool("viewsSoughtBeforeDecision", required: false);
        var progressRequested = r.Bool("progressRequested", required: false);
        var progressProvided = r.Bool("progressProvided", required: false);
        var supportRequested = r.Bool("supportRequested", required: false);
        var supportProvided = r.Bool("supportProvided", required: false);
        var contacted = r.Bool("contacted", required: false);
        return r.HasErrors
            ? null
            : Build(r, () => new VictimRecord(id!.Value, offenceIds!, consent, engaged, viewsSought, progressRequested, progressProvided, supportRequested, supportProvided, contacted));
    }

    internal static Hearing? Hearing(RecordReader r)
    {
        var id = r.Id("id", HearingId.Parse);
        var date = r.Date("date", required: true);
        var remand = r.Enum("remandDecision", false, RemandDecision.Parse);
        var offenceIds = OffenceIds(r);
        return r.HasErrors ? null : Build(r, () => new Hearing(id!.Value, date!.Value, remand ?? RemandDecision.Unknown, offenceIds ?? []));
    }

    internal static PopulationEstimate? Population(RecordReader r)
    {
        var year = r.Integer("year", required: true, 1900, 9999);
        var count = r.Integer("aged10To17", required: true, 0, int.MaxValue);
        return r.HasErrors ? null : Build(r, () => new PopulationEstimate(year!.Value, count!.Value));
    }

    internal static BoardAttendance? BoardAttendance(RecordReader r)
    {
        var quarterText = r.Text("quarter", required: true);
        ReportingQuarter? quarter = null;
        if (quarterText is not null)
        {
            var parsed = ReportingQuarter.Parse(quarterText);
            if (parsed.TryPickT1(out var error, out var value))
            {
                r.Error(IssueCodes.BadText, "quarter", quarterText, error.Message);
            }
            else
            {
                quarter = value;
            }
        }

        var sector = r.Enum("sector", true, BoardSector.Parse);
        var senior = r.Bool("senior", required: true);
        var deputy = r.Bool("delegate", required: true);
        var newPartner = r.Bool("newPartner", required: true);
        return r.HasErrors ? null : Build(r, () => new BoardAttendance(quarter!.Value, sector!, senior!.Value, deputy!.Value, newPartner!.Value));
    }

    internal static (ServiceCode? Code, string? Name) Service(RecordReader r)
    {
        var code = r.Id("code", ServiceCode.Parse);
        var name = r.Text("name", required: true);
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            r.Error(IssueCodes.MissingField, "name", name, $"The required field '{r.Name("name")}' is blank.");
        }

        return (code, name);
    }

    internal static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static List<OffenceId>? OffenceIds(RecordReader r)
    {
        var texts = r.TextList("offenceIds");
        if (texts is null)
        {
            return null;
        }

        var ids = new List<OffenceId>(texts.Count);
        foreach (var text in texts)
        {
            if (r.IdFromText("offenceIds", text, OffenceId.Parse) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static decimal? Hours(RecordReader r, string field)
    {
        var hours = r.NonNegative(field, required: false);
        if (hours > EtePeriod.MaxHoursPerWeek)
        {
            r.Error(
                IssueCodes.OutOfRange,
                field,
                hours.Value.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"'{r.Name(field)}' must be at most {EtePeriod.MaxHoursPerWeek} (the hours in a week); was {hours}."));
            return null;
        }

        return hours;
    }

    private static (LocalDate? Screened, LocalDate? Referred, LocalDate? Offered, LocalDate? AttendedStart, LocalDate? AttendedEnd) HealthDates(RecordReader r)
    {
        var screened = r.Date("screened", required: false);
        var referred = r.Date("referred", required: false);
        var offered = r.Date("offered", required: false);
        var attendedStart = r.Date("attendedStart", required: false);
        var attendedEnd = r.Date("attendedEnd", required: false);
        EndNotBeforeStart(r, "attendedStart", attendedStart, "attendedEnd", attendedEnd);
        return (screened, referred, offered, attendedStart, attendedEnd);
    }

    private static void EndNotBeforeStart(RecordReader r, string startField, LocalDate? start, string endField, LocalDate? end)
    {
        if (start is { } s && end is { } e && e < s)
        {
            r.Error(
                DataQualityRule.EndBeforeStart.Id,
                endField,
                Iso(e),
                $"The {r.Name(endField)} date {Iso(e)} is before the {r.Name(startField)} date {Iso(s)}.");
        }
    }

    /// <summary>Builds the domain value; a refusal not foreseen above is reported rather than thrown.</summary>
    private static T? Build<T>(RecordReader r, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            r.Error(IssueCodes.InvalidValue, exception.ParamName, null, FirstSentence(exception.Message));
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}
