namespace YouthJustice.Domain.ActionPlans;

/// <summary>Where an action plan's recommendations come from.</summary>
/// <remarks>
/// Seen in published plans (<c>spec/domain-rules.md</c> §5.1): improvement plans after an HMIP full joint
/// inspection (which YJB and HMIP had to approve and the management board monitors), responses to HMIP thematic
/// inspections, council scrutiny panel recommendations, and service plans driven by national standards
/// self-assessment. <c>Value</c> is the position in this list.
/// </remarks>
[Source("Published YJS action plans: Wolverhampton FJI improvement plan (2016-17), MoJ/YJB response to the HMIP ETE thematic (2023), Middlesbrough scrutiny panel plan (2023), Leicester service delivery plan (2022)", Confidence = Confidence.High)]
public sealed class ActionPlanSource : SmartEnum<ActionPlanSource>
{
    /// <summary>An inspection of one service (HMIP full joint inspection, or a standards inspection), with its improvement plan.</summary>
    public static readonly ActionPlanSource FullInspection = new(nameof(FullInspection), 1, "Inspection of the service");

    /// <summary>A thematic inspection across services (e.g. HMIP's 2022 inspection of ETE services in youth offending teams).</summary>
    public static readonly ActionPlanSource ThematicInspection = new(nameof(ThematicInspection), 2, "Thematic inspection");

    /// <summary>Recommendations of a council scrutiny panel.</summary>
    public static readonly ActionPlanSource ScrutinyRecommendation = new(nameof(ScrutinyRecommendation), 3, "Scrutiny panel recommendations");

    /// <summary>The service's own self-assessment (national standards, quality assurance) and service plan.</summary>
    public static readonly ActionPlanSource SelfAssessment = new(nameof(SelfAssessment), 4, "Self-assessment");

    private static readonly ActionPlanSource[] Ordered = [FullInspection, ThematicInspection, ScrutinyRecommendation, SelfAssessment];

    private ActionPlanSource(string name, int value, string title)
        : base(name, value)
    {
        Title = title;
    }

    /// <summary>Reads the name (<c>ThematicInspection</c>), case-sensitively.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The source, or an <see cref="UnknownValueError"/> for field <c>source</c>.</returns>
    public static OneOf<ActionPlanSource, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<ActionPlanSource>(text, "source", _ => null);

    /// <summary>The four sources in order.</summary>
    public static IReadOnlyList<ActionPlanSource> All => Ordered;

    /// <summary>A short title for reports.</summary>
    public string Title { get; }
}
