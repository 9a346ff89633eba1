using System.Collections.Frozen;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Offences;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>
/// The YJB codes of the YJAF case-level shape (spec/yjaf-case-level.md §2, §8) and the value of ours each one means
/// (docs/interchange-yjaf.md has the same table for people). Reading, a code found here is turned into our name;
/// anything else is read as our own name or code (so a document may also carry our names where the YJB has no code).
/// Writing, a value is written as the first code that reads back as it, else as our name, so that nothing is lost on
/// a round trip (decision YJ-3).
/// </summary>
internal static class YjafCodes
{
    /// <summary><c>legalOutcome</c> and <c>disposalType</c> codes.</summary>
    internal static readonly CodeTable Disposals = new(
    [
        ("REFERRAL_ORDER", Disposal.ReferralOrder.Name),
        ("YOUTH_REHABILITATION_ORDER", Disposal.YouthRehabilitationOrder.Name),
        ("DETENTION_AND_TRAINING_ORDER", Disposal.DetentionAndTrainingOrder.Name),
        ("DTO_CUSTODY", Disposal.DetentionAndTrainingOrderCustody.Name),
        ("DTO_LICENCE", Disposal.DetentionAndTrainingOrderLicence.Name),
        ("SECTION_250", Disposal.Section250Detention.Name),
        ("SECTION_254", Disposal.ExtendedSentenceOfDetention.Name),
        ("SECTION_259", Disposal.DetentionAtHisMajestysPleasure.Name),
        ("SECTION_226_B", Disposal.ExtendedSentenceOfDetention.Name),
        ("SECTION_226_LIFE", Disposal.DetentionForLife.Name),
        ("YOUTH_CAUTION", Disposal.YouthCaution.Name),
        ("YOUTH_CONDITIONAL_CAUTION", Disposal.YouthConditionalCaution.Name),
        ("COMMUNITY_RESOLUTION", Disposal.CommunityResolution.Name),
        ("COMMUNITY_RESOLUTION_POLICE_FACILITATED", Disposal.CommunityResolution.Name),
        ("COMMUNITY_RESOLUTION_OTHER_AGENCY_FACILITATED", Disposal.CommunityResolution.Name),
        ("COMMUNITY_RESOLUTION_WITH_YOT_INTERVENTION", Disposal.CommunityResolution.Name),
        ("COMMUNITY_RESOLUTION_WITH_YJS_INVOLVEMENT", Disposal.CommunityResolution.Name),
        ("NO_FURTHER_ACTION_OUTCOME_22_WITH_YJS_INVOLVEMENT", Disposal.Outcome22.Name),
        ("NO_FURTHER_ACTION_OUTCOME_22_DEFERRED_PROSECUTION_CAUTION_WITH_YJS_INVOLVEMENT", Disposal.Outcome22DeferredProsecution.Name),
        ("NO_FURTHER_ACTION_OUTCOME_20_21_WITH_YJS_INVOLVEMENT", Disposal.Outcome20Or21.Name),
        ("SECTION_90_91_DETENTION", Disposal.Section90To92Detention.Name),
        ("SECTION_90_92_DETENTION", Disposal.Section90To92Detention.Name),
        ("OTHER_INFORMAL_ACTION_YOT_INVOLVEMENT", Disposal.OtherInformalAction.Name),
        ("OTHER_INFORMAL_ACTION_NO_YOT_INVOLVEMENT", Disposal.OtherInformalAction.Name),
    ]);

    /// <summary>The YJB legal outcome codes that say nothing by themselves; the CMS text may repair them (§4, <c>f_legalOutcome</c>).</summary>
    internal static readonly FrozenSet<string> RepairableOutcomes = new[] { "NOT_KNOWN", "OTHER" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The CMS texts <c>f_legalOutcome</c> repairs to Outcome 22.</summary>
    internal static readonly FrozenSet<string> Outcome22Texts = new[] { "Outcome 22", "~Outcome 22", "Outcome 22 - Temp code" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The CMS texts <c>f_legalOutcome</c> repairs to Outcome 22 (deferred prosecution).</summary>
    internal static readonly FrozenSet<string> DeferredProsecutionTexts =
        new[] { "Deferred Prosecution Outcome 22", "Deferred Prosecution Outcome 22 - Other Outcome" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary><c>kpi1AccommodationType</c> codes.</summary>
    internal static readonly CodeTable Accommodation = new(
    [
        ("STC", AccommodationType.SecureTrainingCentre.Name),
        ("SCH", AccommodationType.SecureChildrensHome.Name),
        ("YOI", AccommodationType.YoungOffenderInstitution.Name),
        ("LIVING_WITH_PARENT_S", AccommodationType.LivingWithParents.Name),
        ("AT_HOME", AccommodationType.LivingWithParents.Name),
        ("LIVING_WITH_FAMILY_NOT_PARENTS", AccommodationType.LivingWithFamily.Name),
        ("LIVING_WITH_FRIENDS", AccommodationType.LivingWithFriends.Name),
        ("FOSTER_CARE_LA", AccommodationType.FosterCareLocalAuthority.Name),
        ("FOSTER_CARE_PRIVATE", AccommodationType.FosterCarePrivate.Name),
        ("SUPPORTED_ACCOMMODATION_SUPPORTED_LODGINGS", AccommodationType.SupportedAccommodation.Name),
        ("TEMPORARY_ACCOMMODATION", AccommodationType.TemporaryAccommodation.Name),
        ("BAIL_HOSTEL", AccommodationType.BailHostel.Name),
        ("RESIDENTIAL_UNIT_SECURE", AccommodationType.ResidentialUnitSecure.Name),
        ("RESIDENTIAL_UNIT_PRIVATE", AccommodationType.ResidentialUnitPrivate.Name),
        ("RESIDENTIAL_UNIT_LA", AccommodationType.ResidentialUnitLocalAuthority.Name),
        ("INDEPENDENT_LIVING", AccommodationType.IndependentLiving.Name),
        ("HOSPITAL", AccommodationType.Hospital.Name),
        ("TRAVELLER_SITE", AccommodationType.TravellerSite.Name),
        ("OTHER", AccommodationType.Other.Name),
    ]);

    /// <summary><c>provisionType</c> codes.</summary>
    internal static readonly CodeTable Provisions = new(
    [
        ("MAINSTREAM_SCHOOL", EteProvision.MainstreamSchool.Name),
        ("SCHOOL_FULL_TIME", EteProvision.SchoolFullTime.Name),
        ("SCHOOL_PART_TIME", EteProvision.SchoolPartTime.Name),
        ("ELECTIVELY_HOME_EDUCATED", EteProvision.ElectivelyHomeEducated.Name),
        ("PUPIL_REFERRAL_UNIT", EteProvision.PupilReferralUnit.Name),
        ("ALTERNATIVE_PROVISION_PRU_FULL_TIME", EteProvision.AlternativeProvisionPruFullTime.Name),
        ("ALTERNATIVE_PROVISION_PRU_PART_TIME", EteProvision.AlternativeProvisionPruPartTime.Name),
        ("ALTERNATIVE_PROVISION_OTHER_FULL_TIME", EteProvision.AlternativeProvisionOtherFullTime.Name),
        ("ALTERNATIVE_PROVISION_OTHER_PART_TIME", EteProvision.AlternativeProvisionOtherPartTime.Name),
        ("COLLEGE", EteProvision.College.Name),
        ("ALTERNATIVE_PROVISION", EteProvision.AlternativeProvision.Name),
        ("ALTERNATIVE_PROVISION_ABOVE_SCHOOL_AGE", EteProvision.AlternativeProvision.Name),
        ("EDUCATION_RE_ENGAGEMENT_PROGRAMME", EteProvision.EducationReengagementProgramme.Name),
        ("TRAINEESHIP", EteProvision.Traineeship.Name),
        ("TRAINING_COURSE_APPRENTICESHIP", EteProvision.Apprenticeship.Name),
        ("SUPPORTED_INTERNSHIP", EteProvision.SupportedInternship.Name),
        ("MENTORING_CIRCLE", EteProvision.MentoringCircle.Name),
        ("FULL_TIME_EMPLOYMENT", EteProvision.FullTimeEmployment.Name),
        ("PART_TIME_EMPLOYMENT", EteProvision.PartTimeEmployment.Name),
        ("EMPLOYMENT", EteProvision.Employment.Name),
        ("SELF_EMPLOYMENT", EteProvision.SelfEmployment.Name),
        ("VOLUNTARY_WORK", EteProvision.VoluntaryWork.Name),
        ("UNIVERSITY", EteProvision.University.Name),
        ("OTHER", EteProvision.Other.Name),
        ("NONE", EteProvision.None.Name),
    ]);

    /// <summary><c>yjboffenceCategory</c> codes.</summary>
    internal static readonly CodeTable OffenceCategories = new(
    [
        ("DRUGS", OffenceCategory.Drugs.Name),
        ("ROBBERY", OffenceCategory.Robbery.Name),
        ("VIOLENCE_AGAINST_THE_PERSON", OffenceCategory.ViolenceAgainstThePerson.Name),
        ("SEXUAL_OFFENCES", OffenceCategory.SexualOffences.Name),
        ("NOT_KNOWN", OffenceCategory.Other.Name),
    ]);

    /// <summary><c>outcomeAppealStatus</c> sentences.</summary>
    internal static readonly CodeTable AppealStatuses = new(
    [
        ("Changed on appeal", AppealStatus.ChangedOnAppeal.Name),
        ("Result of appeal successful", AppealStatus.AppealSuccessful.Name),
        ("Result of appeal unchanged", AppealStatus.AppealUnsuccessful.Name),
    ]);

    /// <summary>Care status texts (the YJB maps them through a private table; the one literal in its code is <c>Early Help referral</c>).</summary>
    internal static readonly CodeTable CareStatuses = new([("Early Help referral", Domain.Children.CareStatus.EarlyHelpReferral.Name)]);

    /// <summary>A code table: code → our name, and our name → the first code that reads back as it.</summary>
    internal sealed class CodeTable
    {
        private readonly FrozenDictionary<string, string> _read;
        private readonly FrozenDictionary<string, string> _write;

        internal CodeTable(IReadOnlyList<(string Code, string Name)> rows)
        {
            Rows = rows;
            _read = rows.ToFrozenDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
            var write = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (code, name) in rows)
            {
                write.TryAdd(name, code);
            }

            _write = write.ToFrozenDictionary(StringComparer.Ordinal);
        }

        internal IReadOnlyList<(string Code, string Name)> Rows { get; }

        /// <summary>Our name for <paramref name="code"/>, or the text unchanged when it is not a code of the table.</summary>
        internal string Read(string code) => _read.TryGetValue(code, out var name) ? name : code;

        internal bool IsCode(string text) => _read.ContainsKey(text);

        /// <summary>What to write for our value named <paramref name="name"/>: its code, or the name itself when no code reads back as it.</summary>
        internal string Write(string name) => _write.TryGetValue(name, out var code) ? code : name;
    }
}
