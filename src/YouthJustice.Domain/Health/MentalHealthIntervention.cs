namespace YouthJustice.Domain.Health;

/// <summary>
/// The tier of a mental-health or emotional-wellbeing intervention (THRIVE-style: getting advice, getting help, getting
/// additional help, getting risk support), or no intervention (interchange <c>mentalHealth[].intervention</c>; YJB
/// <c>kpi4MHInterventionType</c>).
/// </summary>
[Source("YJB KPI pipeline: kpi4MHInterventionType (kpi-rules §2.4)", Confidence = Confidence.High)]
public sealed class MentalHealthIntervention : SmartEnum<MentalHealthIntervention>
{
    /// <summary>Getting advice (YJB <c>GETTING_ADVICE</c>).</summary>
    public static readonly MentalHealthIntervention GettingAdvice = new(nameof(GettingAdvice), 1, "GETTING_ADVICE");

    /// <summary>Getting help (YJB <c>GETTING_HELP</c>).</summary>
    public static readonly MentalHealthIntervention GettingHelp = new(nameof(GettingHelp), 2, "GETTING_HELP");

    /// <summary>Getting additional help (YJB <c>GETTING_ADDITIONAL_HELP</c>).</summary>
    public static readonly MentalHealthIntervention GettingAdditionalHelp = new(nameof(GettingAdditionalHelp), 3, "GETTING_ADDITIONAL_HELP");

    /// <summary>Getting risk support (YJB <c>GETTING_RISK_SUPPORT</c>).</summary>
    public static readonly MentalHealthIntervention GettingRiskSupport = new(nameof(GettingRiskSupport), 4, "GETTING_RISK_SUPPORT");

    /// <summary>No intervention (YJB <c>NO_INTERVENTION</c>).</summary>
    public static readonly MentalHealthIntervention NoIntervention = new(nameof(NoIntervention), 0, "NO_INTERVENTION");

    private MentalHealthIntervention(string name, int value, string yjbCode)
        : base(name, value)
    {
        YjbCode = yjbCode;
    }

    /// <summary>The YJB code (<c>GETTING_ADVICE</c>).</summary>
    public string YjbCode { get; }

    /// <summary>Whether this is an intervention (every value except <see cref="NoIntervention"/>).</summary>
    public bool IsIntervention => this != NoIntervention;

    /// <summary>Reads the interchange name (<c>GettingAdvice</c>) or the YJB code (<c>GETTING_ADVICE</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>intervention</c>.</returns>
    public static OneOf<MentalHealthIntervention, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<MentalHealthIntervention>(text, "intervention", i => i.YjbCode);
}
