using NodaTime;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Victims;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>Builds a child's case for KPI tests in a few readable lines.</summary>
internal sealed class ChildBuilder
{
    private readonly string _id;
    private readonly LocalDate? _dateOfBirth;
    private readonly List<Offence> _offences = [];
    private readonly List<Intervention> _interventions = [];
    private readonly List<AccommodationPeriod> _accommodation = [];
    private readonly List<EtePeriod> _ete = [];
    private readonly List<SendAlnRecord> _sendAln = [];
    private readonly List<MentalHealthRecord> _mentalHealth = [];
    private readonly List<SubstanceMisuseRecord> _substanceMisuse = [];
    private readonly List<CareStatusPeriod> _care = [];
    private readonly List<VictimRecord> _victims = [];
    private readonly List<Hearing> _hearings = [];
    private Sex _sex = YouthJustice.Domain.Children.Sex.Male;
    private Ethnicity _ethnicity = YouthJustice.Domain.Children.Ethnicity.WhiteBritish;

    public ChildBuilder(string id, LocalDate? dateOfBirth)
    {
        _id = id;
        _dateOfBirth = dateOfBirth;
    }

    public static ChildBuilder Child(string id, string? dateOfBirth = "2008-05-01")
        => new(id, dateOfBirth is null ? null : Dates.D(dateOfBirth));

    public ChildBuilder WithSex(Sex sex)
    {
        _sex = sex;
        return this;
    }

    public ChildBuilder WithEthnicity(Ethnicity ethnicity)
    {
        _ethnicity = ethnicity;
        return this;
    }

    /// <summary>
    /// Adds an offence with one legal outcome and an intervention linked to it. The outcome defaults to the
    /// intervention's disposal and the outcome date to the start.
    /// </summary>
    public ChildBuilder Order(
        string id,
        Disposal disposal,
        string start,
        string? end,
        Disposal? outcome = null,
        string? outcomeDate = null,
        AppealStatus? appeal = null,
        bool? resident = true,
        OffenceCategory? category = null,
        int seriousness = 3,
        bool? completed = null,
        string? offenceDate = null,
        string? firstHearing = null,
        string? arrestDate = null,
        string? releaseDate = null)
    {
        var offenceId = new OffenceId("O-" + id);
        var outcomeDay = Dates.D(outcomeDate ?? start);
        _offences.Add(new Offence(
            offenceId,
            offenceDate is null ? outcomeDay.PlusDays(-30) : Dates.D(offenceDate),
            arrestDate is null ? null : Dates.D(arrestDate),
            category ?? OffenceCategory.TheftAndHandling,
            new SeriousnessScore(seriousness),
            false,
            [new LegalOutcome(outcomeDay, outcome ?? disposal, firstHearing is null ? null : Dates.D(firstHearing), appeal, resident)]));
        _interventions.Add(new Intervention(new InterventionId(id), disposal, Dates.D(start), end is null ? null : Dates.D(end), [offenceId], completed, releaseDate is null ? null : Dates.D(releaseDate)));
        return this;
    }

    public ChildBuilder Offence(Offence offence)
    {
        _offences.Add(offence);
        return this;
    }

    public ChildBuilder Intervention(Intervention intervention)
    {
        _interventions.Add(intervention);
        return this;
    }

    public ChildBuilder Accommodation(string? start, string? end, AccommodationType type, Suitability? suitability, bool primary = true)
    {
        _accommodation.Add(new AccommodationPeriod(start is null ? null : Dates.D(start), end is null ? null : Dates.D(end), type, suitability, primary));
        return this;
    }

    public ChildBuilder Ete(string? start, string? end, EteProvision provision, Suitability? suitability, decimal? offered = null, decimal? attended = null)
    {
        _ete.Add(new EtePeriod(start is null ? null : Dates.D(start), end is null ? null : Dates.D(end), provision, suitability, offered, attended));
        return this;
    }

    public ChildBuilder SendAln(string? start, string? end, bool? identified, bool? formalPlan)
    {
        _sendAln.Add(new SendAlnRecord(start is null ? null : Dates.D(start), end is null ? null : Dates.D(end), identified, formalPlan));
        return this;
    }

    public ChildBuilder MentalHealth(string? screened, string? offered = null, string? attendedStart = null, string? attendedEnd = null, MentalHealthIntervention? intervention = null, string? referred = null)
    {
        _mentalHealth.Add(new MentalHealthRecord(Opt(screened), Opt(referred), Opt(offered), Opt(attendedStart), Opt(attendedEnd), intervention));
        return this;
    }

    public ChildBuilder SubstanceMisuse(string? screened, string? offered = null, string? attendedStart = null, string? attendedEnd = null, SubstanceMisuseIntervention? intervention = null, string? referred = null)
    {
        _substanceMisuse.Add(new SubstanceMisuseRecord(Opt(screened), Opt(referred), Opt(offered), Opt(attendedStart), Opt(attendedEnd), intervention));
        return this;
    }

    public ChildBuilder Care(CareStatus status, string? start, string? end)
    {
        _care.Add(new CareStatusPeriod(status, Opt(start), Opt(end)));
        return this;
    }

    public ChildBuilder Victim(string id, string[] offenceIds, bool? consent, bool? engagedRj, bool? viewsSought = null, bool? progressRequested = null, bool? progressProvided = null, bool? supportRequested = null, bool? supportProvided = null, bool? contacted = null)
    {
        var ids = new List<OffenceId>();
        foreach (var o in offenceIds)
        {
            ids.Add(new OffenceId(o));
        }

        _victims.Add(new VictimRecord(new VictimId(id), ids, consent, engagedRj, viewsSought, progressRequested, progressProvided, supportRequested, supportProvided, contacted));
        return this;
    }

    /// <summary>Adds a court hearing with its remand decision, linked to the given offences (the offence of order I1 is <c>O-I1</c>).</summary>
    public ChildBuilder Hearing(string id, string date, RemandDecision remand, params string[] offenceIds)
    {
        _hearings.Add(new Hearing(new HearingId(id), Dates.D(date), remand, offenceIds.Select(o => new OffenceId(o))));
        return this;
    }

    public ChildBuilder Ete(EtePeriod period)
    {
        _ete.Add(period);
        return this;
    }

    public ChildBuilder SendAln(SendAlnRecord record)
    {
        _sendAln.Add(record);
        return this;
    }

    /// <summary>
    /// Adds an offence with one legal outcome and no intervention (national indicators read outcomes, not orders).
    /// The offence date defaults to 30 days before the outcome.
    /// </summary>
    public ChildBuilder Outcome(
        string offenceId,
        Disposal outcome,
        string date,
        string? offenceDate = null,
        AppealStatus? appeal = null,
        bool? resident = true,
        string? firstHearing = null,
        OffenceCategory? category = null)
    {
        var day = Dates.D(date);
        _offences.Add(new Offence(
            new OffenceId(offenceId),
            offenceDate is null ? day.PlusDays(-30) : Dates.D(offenceDate),
            null,
            category ?? OffenceCategory.TheftAndHandling,
            new SeriousnessScore(3),
            false,
            [new LegalOutcome(day, outcome, firstHearing is null ? null : Dates.D(firstHearing), appeal, resident)]));
        return this;
    }

    /// <summary>Adds an offence with several legal outcomes (given as disposal and ISO date) and no intervention.</summary>
    public ChildBuilder OffenceWithOutcomes(string offenceId, string offenceDate, params (Disposal Outcome, string Date, AppealStatus? Appeal)[] outcomes)
    {
        var list = new List<LegalOutcome>();
        foreach (var (outcome, date, appeal) in outcomes)
        {
            list.Add(new LegalOutcome(Dates.D(date), outcome, null, appeal, true));
        }

        _offences.Add(new Offence(new OffenceId(offenceId), Dates.D(offenceDate), null, OffenceCategory.TheftAndHandling, new SeriousnessScore(3), false, list));
        return this;
    }

    public ChildCase Build()
        => new(new ChildId(_id), _dateOfBirth, _sex, _ethnicity, _offences, _interventions, _accommodation, _ete, _sendAln, _mentalHealth, _substanceMisuse, _care, _victims, _hearings);

    private static LocalDate? Opt(string? iso) => iso is null ? null : Dates.D(iso);
}
