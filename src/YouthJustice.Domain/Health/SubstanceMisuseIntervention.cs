namespace YouthJustice.Domain.Health;

/// <summary>
/// The kind of substance-misuse intervention: targeted intervention, specialist substance misuse treatment, complex
/// care, or no intervention (interchange <c>substanceMisuse[].intervention</c>; YJB <c>kpi5SMInterventionType</c>).
/// </summary>
[Source("YJB KPI pipeline: kpi5SMInterventionType (kpi-rules §2.5)", Confidence = Confidence.High)]
public sealed class SubstanceMisuseIntervention : SmartEnum<SubstanceMisuseIntervention>
{
    /// <summary>Targeted intervention or treatment (YJB <c>TARGETED_INTERVENTION</c>).</summary>
    public static readonly SubstanceMisuseIntervention TargetedIntervention = new(nameof(TargetedIntervention), 1, "TARGETED_INTERVENTION");

    /// <summary>Specialist substance misuse treatment (YJB <c>SPECIALIST_SUBSTANCE_MISUSE_TREATMENT</c>).</summary>
    public static readonly SubstanceMisuseIntervention SpecialistSubstanceMisuseTreatment = new(nameof(SpecialistSubstanceMisuseTreatment), 2, "SPECIALIST_SUBSTANCE_MISUSE_TREATMENT");

    /// <summary>Complex care treatment intervention (YJB <c>COMPLEX_CARE</c>).</summary>
    public static readonly SubstanceMisuseIntervention ComplexCare = new(nameof(ComplexCare), 3, "COMPLEX_CARE");

    /// <summary>No intervention (YJB <c>NO_INTERVENTION</c>).</summary>
    public static readonly SubstanceMisuseIntervention NoIntervention = new(nameof(NoIntervention), 0, "NO_INTERVENTION");

    private SubstanceMisuseIntervention(string name, int value, string yjbCode)
        : base(name, value)
    {
        YjbCode = yjbCode;
    }

    /// <summary>The YJB code (<c>TARGETED_INTERVENTION</c>).</summary>
    public string YjbCode { get; }

    /// <summary>Whether this is an intervention (every value except <see cref="NoIntervention"/>).</summary>
    public bool IsIntervention => this != NoIntervention;

    /// <summary>Reads the interchange name (<c>TargetedIntervention</c>) or the YJB code (<c>TARGETED_INTERVENTION</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>intervention</c>.</returns>
    public static OneOf<SubstanceMisuseIntervention, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<SubstanceMisuseIntervention>(text, "intervention", i => i.YjbCode);
}
