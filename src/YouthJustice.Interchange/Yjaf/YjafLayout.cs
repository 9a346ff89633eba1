using System.Collections.Frozen;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>
/// The names of the YJAF case-level shape (spec/yjaf-case-level.md §1, §2): the document header, the item types and
/// every field of each item type, used by our model or not (a field the YJB defines and we do not use is ignored
/// without a warning, and listed as not used in docs/interchange-yjaf.md; any other field is warned about).
/// </summary>
internal static class YjafLayout
{
    internal const string Documents = "documents";
    internal const string Items = "items";
    internal const string ItemType = "document_item_type";
    internal const string Item = "document_item";
    internal const string Ypid = "ypid";
    internal const string Yotoucode = "yotoucode";
    internal const string Deleted = "deleted";
    internal const string ReturnStart = "return_start_date";
    internal const string ReturnEnd = "return_end_date";
    internal const string Signoff = "signoff_date";
    internal const string SourceReturnId = "source_return_id";
    internal const string SourceDocumentId = "source_document_id";

    internal const string PersonDetails = "person_details";
    internal const string Offence = "offence";
    internal const string Intervention = "intervention_programme";
    internal const string LinkOffenceIntervention = "link_offence_intervention_programme";
    internal const string Residence = "residence";
    internal const string Ete = "ete_status";
    internal const string SendAln = "sendaln";
    internal const string Health = "health";
    internal const string CareStatus = "care_status";
    internal const string Victim = "victim_intervention";
    internal const string LinkOffenceVictim = "link_offence_victim_intervention";
    internal const string Hearing = "hearing";
    internal const string LinkHearingOffence = "link_hearing_offence";

    internal static readonly FrozenSet<string> HeaderFields = Set(
        SourceDocumentId, SourceReturnId, Ypid, Yotoucode, "currentyotid", ReturnStart, ReturnEnd, Signoff, Deleted, Items, "etl_process_id");

    internal static readonly FrozenSet<string> ItemWrapperFields = Set(ItemType, Item, SourceDocumentId, Ypid, "etl_process_id");

    /// <summary>Item types of the YJB shape that our model does not carry: read, counted, named in a warning, not used.</summary>
    internal static readonly FrozenSet<string> NotCarried = Set(
        "transfer", "parenting_intervention", "asset_plus", "assessment_stage", "link_hearing_intervention_programme",
        "link_intervention_programme_asset", "link_intervention_programme_parenting_intervention");

    internal static readonly FrozenSet<string> PersonFields = Set(
        "ypid", "originatingYOTPersonID", "currentYOTID", "dateOfBirth", "dateOf18ThBirthday", "sex", "gender", "genderTermUsed",
        "genderIdentifiedSameSexRegisteredBirth", "ethnicity", "nationality", "religion", "preferredLanguage", "immigrationStatus", "pncnumber");

    internal static readonly FrozenSet<string> OffenceFields = Set(
        "offenceID", "offenceDate", "arrestDate", "offenceDescription", "cjscode", "cjscodeUnknown", "plea", "ageAtArrestOrOffence",
        "ageOnArrestDate", "ageOnOffenceDate", "ageOnFirstHearing", "ageAtCharge", "yjbseriousnessScore", "yjboffenceCategory",
        "knifeRelatedOffence", "careStatusOnOffenceDate", "programmeBreachID", "policeBail", "offenceLegalOutcome");

    internal static readonly FrozenSet<string> OutcomeFields = Set(
        "outcomeDate", "outcomeEndDate", "outcomeDateOfAppealedOutcome", "legalOutcome", "legalOutcomeGroup", "cmslegalOutcome",
        "outcomeAppealStatus", "residenceOnLegalOutcomeDate", "mainOrOther", "isRelevantCourtDisposal", "isSubstantive",
        "isPreCourtDisposal", "isCourtDisposal", "isFirstSubstantiveOutcome", "careStatusOnOutcomeDate", "etehoursOnOutcomeDate",
        "sentencingOccasionID", "rank", "sortOrder", "termDays", "termWeeks", "termMonths", "termYears", "termHours", "lorequirements");

    internal static readonly FrozenSet<string> InterventionFields = Set(
        "interventionProgrammeID", "startDate", "endDate", "disposalType", "cmsdisposalType", "kpi6SuccessfullyCompleted",
        "sentenceGroup", "activity", "identifiedVictim", "ageOnProgrammeStart", "ageOnProgrammeEnd", "etehoursOnProgrammeStart",
        "etehoursOnProgrammeEnd", "residenceOnProgrammeStart", "residenceOnProgrammeEnd", "accommodationStartDisposal",
        "accommodationEndDisposal", "isStatutorySchoolAgeAtProgrammeStart", "isStatutorySchoolAgeAtProgrammeEnd", "sortOrder", "releaseDate");

    internal static readonly FrozenSet<string> ResidenceFields = Set(
        "date", "kpi1EndDate", "description", "kpi1PrimaryResidence", "kpi1AccommodationType", "kpi1AccommodationSuitability");

    internal static readonly FrozenSet<string> EteFields = Set("startDate", "endDate", "description", "provisionType", "suitability", "hoursOffered", "hours");

    internal static readonly FrozenSet<string> SendAlnFields = Set("kpi3IdentifiedSENDALN", "kpi3SENDFormalPlan", "kpi3SENDStartDate", "kpi3SENDEndDate");

    internal static readonly FrozenSet<string> HealthFields = Set("mentalHealth", "substanceMisuse");

    internal static readonly FrozenSet<string> MentalHealthFields = Set(
        "kpi4MHDateScreened", "kpi4MHDateReferred", "kpi4MHDateOffered", "kpi4MHDateAttendedStart", "kpi4MHDateAttendedEnd", "kpi4MHInterventionType");

    internal static readonly FrozenSet<string> SubstanceMisuseFields = Set(
        "kpi5SMDateScreened", "kpi5SMDateReferred", "kpi5SMDateOffered", "kpi5SMDateAttendedStart", "kpi5SMDateAttendedEnd", "kpi5SMInterventionType");

    internal static readonly FrozenSet<string> CareStatusFields = Set("status", "startDate", "endDate");

    /// <summary>The victim fields; <c>contacted</c> is our addition (decision YJ-6), read only where <c>yjscontactDate</c> gives nothing.</summary>
    internal static readonly FrozenSet<string> VictimFields = Set(
        "victimID", "victimInterventionID", "victimType", "consentYJSContact", "engagedRJ", "viewPrior", "progressRequest",
        "progressProvided", "additionalSupportRequest", "additionalSupportProvided", "engagedRJStart", "engagedRJEnd", "yjscontactDate",
        "progressRequestDate", "progressProvidedDate", "commentedStatus", "rjofferedStatus", "satisfactionLevel", "rjinterventionType", "contacted");

    internal static readonly FrozenSet<string> HearingFields = Set(
        "hearingID", "hearingDate", "courtType", "courtName", "cmscourtDescription", "remandDecision", "cmsremandDecision",
        "yjbremandProposalType", "sortOrder", "sentenceProposal");

    internal static readonly FrozenSet<string> LinkOffenceInterventionFields = Set("offenceID", "interventionProgrammeID");

    internal static readonly FrozenSet<string> LinkHearingOffenceFields = Set("offenceID", "hearingID");

    internal static readonly FrozenSet<string> LinkOffenceVictimFields = Set("offenceID", "victimInterventionID");

    internal static readonly IReadOnlyDictionary<string, string> PersonNames = Names(("id", Ypid));

    internal static readonly IReadOnlyDictionary<string, string> OffenceNames = Names(
        ("id", "offenceID"), ("category", "yjboffenceCategory"), ("seriousness", "yjbseriousnessScore"), ("knifeRelated", "knifeRelatedOffence"));

    internal static readonly IReadOnlyDictionary<string, string> OutcomeNames = Names(
        ("date", "outcomeDate"), ("outcome", "legalOutcome"), ("appealStatus", "outcomeAppealStatus"),
        ("residentInArea", "residenceOnLegalOutcomeDate"), ("firstHearingDate", "hearingDate of the first linked hearing"));

    /// <summary>A hearing read into our model (one with a remand decision and a date, decision YJ-7).</summary>
    internal static readonly IReadOnlyDictionary<string, string> HearingNames = Names(
        ("id", "hearingID"), ("date", "hearingDate"), ("offenceIds", LinkHearingOffence));

    internal static readonly IReadOnlyDictionary<string, string> InterventionNames = Names(
        ("id", "interventionProgrammeID"), ("disposal", "disposalType"), ("start", "startDate"), ("end", "endDate"),
        ("completedSuccessfully", "kpi6SuccessfullyCompleted"), ("offenceIds", LinkOffenceIntervention));

    internal static readonly IReadOnlyDictionary<string, string> ResidenceNames = Names(
        ("start", "date"), ("end", "kpi1EndDate"), ("type", "kpi1AccommodationType"), ("suitability", "kpi1AccommodationSuitability"),
        ("primary", "kpi1PrimaryResidence"));

    internal static readonly IReadOnlyDictionary<string, string> EteNames = Names(
        ("start", "startDate"), ("end", "endDate"), ("provision", "provisionType"), ("hoursAttended", "hours"));

    internal static readonly IReadOnlyDictionary<string, string> SendAlnNames = Names(
        ("start", "kpi3SENDStartDate"), ("end", "kpi3SENDEndDate"), ("identified", "kpi3IdentifiedSENDALN"), ("formalPlan", "kpi3SENDFormalPlan"));

    internal static readonly IReadOnlyDictionary<string, string> MentalHealthNames = Names(
        ("screened", "kpi4MHDateScreened"), ("referred", "kpi4MHDateReferred"), ("offered", "kpi4MHDateOffered"),
        ("attendedStart", "kpi4MHDateAttendedStart"), ("attendedEnd", "kpi4MHDateAttendedEnd"), ("intervention", "kpi4MHInterventionType"));

    internal static readonly IReadOnlyDictionary<string, string> SubstanceMisuseNames = Names(
        ("screened", "kpi5SMDateScreened"), ("referred", "kpi5SMDateReferred"), ("offered", "kpi5SMDateOffered"),
        ("attendedStart", "kpi5SMDateAttendedStart"), ("attendedEnd", "kpi5SMDateAttendedEnd"), ("intervention", "kpi5SMInterventionType"));

    internal static readonly IReadOnlyDictionary<string, string> CareStatusNames = Names(("start", "startDate"), ("end", "endDate"));

    internal static readonly IReadOnlyDictionary<string, string> VictimNames = Names(
        ("id", "victimID"), ("consentToContact", "consentYJSContact"), ("engagedRestorativeJustice", "engagedRJ"),
        ("viewsSoughtBeforeDecision", "viewPrior"), ("progressRequested", "progressRequest"), ("supportRequested", "additionalSupportRequest"),
        ("supportProvided", "additionalSupportProvided"), ("offenceIds", LinkOffenceVictim));

    internal static readonly IReadOnlyDictionary<string, string> None = Names();

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Names(params (string Ours, string Yjaf)[] pairs)
        => pairs.ToFrozenDictionary(p => p.Ours, p => p.Yjaf, StringComparer.Ordinal);
}
