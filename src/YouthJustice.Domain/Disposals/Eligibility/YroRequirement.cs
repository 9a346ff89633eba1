namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// A requirement a youth rehabilitation order can impose (Sentencing Act 2020 s.174 and Schedule 6), with the part of
/// Schedule 6 that governs it.
/// </summary>
/// <remarks><c>Value</c> is a stable id; <see cref="SchedulePart"/> is the Schedule 6 part.</remarks>
[Source("Sentencing Act 2020 s.174 and Sch 6 (youth rehabilitation order requirements)", Url = "https://www.legislation.gov.uk/ukpga/2020/17/section/174/data.html", EffectiveFrom = "2020-12-01", Confidence = Confidence.High)]
public sealed class YroRequirement : SmartEnum<YroRequirement>
{
    /// <summary>Activity requirement (at most 90 days in aggregate); Schedule 6 Part 1.</summary>
    public static readonly YroRequirement Activity = new(nameof(Activity), 1, 1, "Activity requirement (at most 90 days in aggregate)", isElectronicMonitoring: false);

    /// <summary>Extended activity requirement (more than 90 days; YRO with ISS only); Schedule 6 Part 1.</summary>
    public static readonly YroRequirement ExtendedActivity = new(nameof(ExtendedActivity), 2, 1, "Extended activity requirement (more than 90 days; YRO with ISS only)", isElectronicMonitoring: false);

    /// <summary>Supervision requirement (for the duration of the order); Schedule 6 Part 2.</summary>
    public static readonly YroRequirement Supervision = new(nameof(Supervision), 3, 2, "Supervision requirement (for the duration of the order)", isElectronicMonitoring: false);

    /// <summary>Unpaid work requirement (40 to 240 hours; aged 16 or 17 at conviction); Schedule 6 Part 3.</summary>
    public static readonly YroRequirement UnpaidWork = new(nameof(UnpaidWork), 4, 3, "Unpaid work requirement (40 to 240 hours; aged 16 or 17 at conviction)", isElectronicMonitoring: false);

    /// <summary>Programme requirement; Schedule 6 Part 4.</summary>
    public static readonly YroRequirement Programme = new(nameof(Programme), 5, 4, "Programme requirement", isElectronicMonitoring: false);

    /// <summary>Attendance centre requirement (hours by age at conviction); Schedule 6 Part 5.</summary>
    public static readonly YroRequirement AttendanceCentre = new(nameof(AttendanceCentre), 6, 5, "Attendance centre requirement (hours by age at conviction)", isElectronicMonitoring: false);

    /// <summary>Prohibited activity requirement; Schedule 6 Part 6.</summary>
    public static readonly YroRequirement ProhibitedActivity = new(nameof(ProhibitedActivity), 7, 6, "Prohibited activity requirement", isElectronicMonitoring: false);

    /// <summary>Curfew requirement (hours a day and in any 7 days; within 12 months); Schedule 6 Part 7.</summary>
    public static readonly YroRequirement Curfew = new(nameof(Curfew), 8, 7, "Curfew requirement (hours a day and in any 7 days; within 12 months)", isElectronicMonitoring: false);

    /// <summary>Exclusion requirement; Schedule 6 Part 8.</summary>
    public static readonly YroRequirement Exclusion = new(nameof(Exclusion), 9, 8, "Exclusion requirement", isElectronicMonitoring: false);

    /// <summary>Residence requirement (aged 16 or over at conviction); Schedule 6 Part 9.</summary>
    public static readonly YroRequirement Residence = new(nameof(Residence), 10, 9, "Residence requirement (aged 16 or over at conviction)", isElectronicMonitoring: false);

    /// <summary>Local authority residence requirement; Schedule 6 Part 10.</summary>
    public static readonly YroRequirement LocalAuthorityResidence = new(nameof(LocalAuthorityResidence), 11, 10, "Local authority residence requirement", isElectronicMonitoring: false);

    /// <summary>Fostering requirement (YRO with fostering only; at most 12 months, ends before 18); Schedule 6 Part 11.</summary>
    public static readonly YroRequirement Fostering = new(nameof(Fostering), 12, 11, "Fostering requirement (YRO with fostering only; at most 12 months, ends before 18)", isElectronicMonitoring: false);

    /// <summary>Mental health treatment requirement; Schedule 6 Part 12.</summary>
    public static readonly YroRequirement MentalHealthTreatment = new(nameof(MentalHealthTreatment), 13, 12, "Mental health treatment requirement", isElectronicMonitoring: false);

    /// <summary>Drug treatment requirement; Schedule 6 Part 13.</summary>
    public static readonly YroRequirement DrugTreatment = new(nameof(DrugTreatment), 14, 13, "Drug treatment requirement", isElectronicMonitoring: false);

    /// <summary>Drug testing requirement (with a drug treatment requirement); Schedule 6 Part 14.</summary>
    public static readonly YroRequirement DrugTesting = new(nameof(DrugTesting), 15, 14, "Drug testing requirement (with a drug treatment requirement)", isElectronicMonitoring: false);

    /// <summary>Intoxicating substance treatment requirement; Schedule 6 Part 15.</summary>
    public static readonly YroRequirement IntoxicatingSubstanceTreatment = new(nameof(IntoxicatingSubstanceTreatment), 16, 15, "Intoxicating substance treatment requirement", isElectronicMonitoring: false);

    /// <summary>Education requirement (while of compulsory school age); Schedule 6 Part 16.</summary>
    public static readonly YroRequirement Education = new(nameof(Education), 17, 16, "Education requirement (while of compulsory school age)", isElectronicMonitoring: false);

    /// <summary>Electronic compliance monitoring requirement (needs another requirement); Schedule 6 Part 17.</summary>
    public static readonly YroRequirement ElectronicComplianceMonitoring = new(nameof(ElectronicComplianceMonitoring), 18, 17, "Electronic compliance monitoring requirement (needs another requirement)", isElectronicMonitoring: true);

    /// <summary>Electronic whereabouts monitoring requirement (convictions after PCSC 2022 Sch 17 para 6); Schedule 6 Part 17.</summary>
    public static readonly YroRequirement ElectronicWhereaboutsMonitoring = new(nameof(ElectronicWhereaboutsMonitoring), 19, 17, "Electronic whereabouts monitoring requirement (convictions after PCSC 2022 Sch 17 para 6)", isElectronicMonitoring: true);

    private YroRequirement(string name, int value, int schedulePart, string description, bool isElectronicMonitoring)
        : base(name, value)
    {
        SchedulePart = schedulePart;
        Description = description;
        IsElectronicMonitoring = isElectronicMonitoring;
    }

    /// <summary>The part of Sentencing Act 2020 Schedule 6 that governs the requirement.</summary>
    public int SchedulePart { get; }

    /// <summary>The requirement in words, with its main limit.</summary>
    public string Description { get; }

    /// <summary>Whether it is an electronic monitoring requirement (compliance or whereabouts), which cannot stand alone.</summary>
    public bool IsElectronicMonitoring { get; }
}
