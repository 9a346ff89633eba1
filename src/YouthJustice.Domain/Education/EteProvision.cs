namespace YouthJustice.Domain.Education;

/// <summary>
/// The type of a child's education, training or employment (interchange <c>ete[].provision</c>; YJB
/// <c>provisionType</c>), with the <see cref="EteStage"/> whose template rows it belongs to. <see cref="None"/> means no
/// ETE.
/// </summary>
/// <remarks>
/// Labels follow the YJB KPI 2 template rows (kpi-rules §2.2). YJB codes are accepted where they were seen in the
/// YJB's code; the other provisions are read by name only.
/// </remarks>
[Source("YJB KPI 2 template rows and case-level provisionType codes (kpi-rules §2.2; domain-rules §3.5)", Confidence = Confidence.High)]
public sealed class EteProvision : SmartEnum<EteProvision>
{
    /// <summary>Mainstream school (YJB <c>MAINSTREAM_SCHOOL</c>).</summary>
    public static readonly EteProvision MainstreamSchool = new(nameof(MainstreamSchool), 1, "Mainstream school", EteStage.SchoolAge, "MAINSTREAM_SCHOOL");

    /// <summary>School full-time (YJB <c>SCHOOL_FULL_TIME</c>).</summary>
    public static readonly EteProvision SchoolFullTime = new(nameof(SchoolFullTime), 2, "School full-time", EteStage.SchoolAge, "SCHOOL_FULL_TIME");

    /// <summary>School part time (YJB <c>SCHOOL_PART_TIME</c>).</summary>
    public static readonly EteProvision SchoolPartTime = new(nameof(SchoolPartTime), 3, "School part time", EteStage.SchoolAge, "SCHOOL_PART_TIME");

    /// <summary>Electively home educated (YJB <c>ELECTIVELY_HOME_EDUCATED</c>).</summary>
    public static readonly EteProvision ElectivelyHomeEducated = new(nameof(ElectivelyHomeEducated), 4, "Electively home educated", EteStage.SchoolAge, "ELECTIVELY_HOME_EDUCATED");

    /// <summary>Pupil referral unit (YJB <c>PUPIL_REFERRAL_UNIT</c>).</summary>
    public static readonly EteProvision PupilReferralUnit = new(nameof(PupilReferralUnit), 5, "Pupil referral unit", EteStage.SchoolAge, "PUPIL_REFERRAL_UNIT");

    /// <summary>Alternative Provision PRU (full time) (YJB <c>ALTERNATIVE_PROVISION_PRU_FULL_TIME</c>).</summary>
    public static readonly EteProvision AlternativeProvisionPruFullTime = new(nameof(AlternativeProvisionPruFullTime), 6, "Alternative Provision PRU (full time)", EteStage.SchoolAge, "ALTERNATIVE_PROVISION_PRU_FULL_TIME");

    /// <summary>Alternative Provision PRU (part time) (YJB <c>ALTERNATIVE_PROVISION_PRU_PART_TIME</c>).</summary>
    public static readonly EteProvision AlternativeProvisionPruPartTime = new(nameof(AlternativeProvisionPruPartTime), 7, "Alternative Provision PRU (part time)", EteStage.SchoolAge, "ALTERNATIVE_PROVISION_PRU_PART_TIME");

    /// <summary>Alternative Provision Other (full time).</summary>
    public static readonly EteProvision AlternativeProvisionOtherFullTime = new(nameof(AlternativeProvisionOtherFullTime), 8, "Alternative Provision Other (full time)", EteStage.SchoolAge, null);

    /// <summary>Alternative Provision Other (part time).</summary>
    public static readonly EteProvision AlternativeProvisionOtherPartTime = new(nameof(AlternativeProvisionOtherPartTime), 9, "Alternative Provision Other (part time)", EteStage.SchoolAge, null);

    /// <summary>College.</summary>
    public static readonly EteProvision College = new(nameof(College), 10, "College", EteStage.AboveSchoolAge, null);

    /// <summary>Alternative provision.</summary>
    public static readonly EteProvision AlternativeProvision = new(nameof(AlternativeProvision), 11, "Alternative provision", EteStage.AboveSchoolAge, null);

    /// <summary>Education re-engagement programme.</summary>
    public static readonly EteProvision EducationReengagementProgramme = new(nameof(EducationReengagementProgramme), 12, "Education re-engagement programme", EteStage.AboveSchoolAge, null);

    /// <summary>Traineeship.</summary>
    public static readonly EteProvision Traineeship = new(nameof(Traineeship), 13, "Traineeship", EteStage.AboveSchoolAge, null);

    /// <summary>Apprenticeship.</summary>
    public static readonly EteProvision Apprenticeship = new(nameof(Apprenticeship), 14, "Apprenticeship", EteStage.AboveSchoolAge, null);

    /// <summary>Supported Internship.</summary>
    public static readonly EteProvision SupportedInternship = new(nameof(SupportedInternship), 15, "Supported Internship", EteStage.AboveSchoolAge, null);

    /// <summary>Mentoring circle.</summary>
    public static readonly EteProvision MentoringCircle = new(nameof(MentoringCircle), 16, "Mentoring circle", EteStage.AboveSchoolAge, null);

    /// <summary>Full-time employment.</summary>
    public static readonly EteProvision FullTimeEmployment = new(nameof(FullTimeEmployment), 17, "Full-time employment", EteStage.AboveSchoolAge, null);

    /// <summary>Part-time employment.</summary>
    public static readonly EteProvision PartTimeEmployment = new(nameof(PartTimeEmployment), 18, "Part-time employment", EteStage.AboveSchoolAge, null);

    /// <summary>Self-employment.</summary>
    public static readonly EteProvision SelfEmployment = new(nameof(SelfEmployment), 19, "Self-employment", EteStage.AboveSchoolAge, null);

    /// <summary>Voluntary work.</summary>
    public static readonly EteProvision VoluntaryWork = new(nameof(VoluntaryWork), 20, "Voluntary work", EteStage.AboveSchoolAge, null);

    /// <summary>University.</summary>
    public static readonly EteProvision University = new(nameof(University), 21, "University", EteStage.AboveSchoolAge, null);

    /// <summary>Other.</summary>
    public static readonly EteProvision Other = new(nameof(Other), 22, "Other", EteStage.AboveSchoolAge, null);

    /// <summary>Employment, full or part time not recorded (YJB <c>EMPLOYMENT</c>, which the YJB's v8 views group with full- and
    /// part-time employment; added for the YJB's case-level shape, docs/decisions.md YJ-2).</summary>
    public static readonly EteProvision Employment = new(nameof(Employment), 23, "Employment (full or part time not recorded)", EteStage.AboveSchoolAge, "EMPLOYMENT");

    /// <summary>No ETE (YJB <c>NONE</c>).</summary>
    public static readonly EteProvision None = new(nameof(None), 0, "No ETE", EteStage.None, "NONE");

    private EteProvision(string name, int value, string label, EteStage stage, string? yjbCode)
        : base(name, value)
    {
        Label = label;
        Stage = stage;
        YjbCode = yjbCode;
    }

    /// <summary>The template row's wording ("School full-time").</summary>
    public string Label { get; }

    /// <summary>Whether this is a school-age provision, an above-school-age one, or no ETE.</summary>
    public EteStage Stage { get; }

    /// <summary>The YJB code where one was seen (<c>MAINSTREAM_SCHOOL</c>), otherwise <see langword="null"/>.</summary>
    public string? YjbCode { get; }

    /// <summary>Reads the interchange name (<c>MainstreamSchool</c>) or a known YJB code (<c>MAINSTREAM_SCHOOL</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The provision, or an <see cref="UnknownValueError"/> for field <c>provision</c>.</returns>
    public static OneOf<EteProvision, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<EteProvision>(text, "provision", p => p.YjbCode);
}
