namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// The BRAG status of an action: not started, red, amber, green, or blue (complete).
/// </summary>
/// <remarks>
/// <para>
/// There is no national standard for RAG ratings; councils define them locally (<c>spec/domain-rules.md</c> §5.1).
/// The meanings here are those of the Wolverhampton YOT inspection action plan (2017): red off track, amber delayed or
/// at risk, green on track or work in progress, blue fully completed. "Not started" is distinct from red.
/// </para>
/// <para>
/// A status is always a recorded judgement (<see cref="ActionStatusJudgement"/>); an <see cref="IRagScheme"/> may
/// suggest one but never replaces it. <c>Value</c> orders the statuses from not started to complete.
/// </para>
/// </remarks>
[Source("Wolverhampton YOT inspection action plan update, Children and Young People Scrutiny Panel, 29 March 2017 (BRAG meanings)", Confidence = Confidence.High)]
public sealed class ActionStatus : SmartEnum<ActionStatus>
{
    /// <summary>Not started: work has not begun (not a failure; distinct from red).</summary>
    public static readonly ActionStatus NotStarted = new(nameof(NotStarted), 0, "Not started", false);

    /// <summary>Red: off track; past its due date and not complete, or will not deliver.</summary>
    public static readonly ActionStatus Red = new(nameof(Red), 1, "Off track", false);

    /// <summary>Amber: delayed or at risk (for example a delay in setting up a service).</summary>
    public static readonly ActionStatus Amber = new(nameof(Amber), 2, "Delayed or at risk", false);

    /// <summary>Green: on track, work in progress.</summary>
    public static readonly ActionStatus Green = new(nameof(Green), 3, "On track", false);

    /// <summary>Blue: fully completed.</summary>
    public static readonly ActionStatus Blue = new(nameof(Blue), 4, "Complete", true);

    private static readonly ActionStatus[] Ordered = [NotStarted, Red, Amber, Green, Blue];

    private ActionStatus(string name, int value, string meaning, bool isComplete)
        : base(name, value)
    {
        Meaning = meaning;
        IsComplete = isComplete;
    }

    /// <summary>Reads the name (<c>NotStarted</c>, <c>Red</c>, <c>Amber</c>, <c>Green</c>, <c>Blue</c>), case-sensitively.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The status, or an <see cref="UnknownValueError"/> for field <c>status</c>.</returns>
    public static OneOf<ActionStatus, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<ActionStatus>(text, "status", _ => null);

    /// <summary>The five statuses from not started to complete.</summary>
    public static IReadOnlyList<ActionStatus> All => Ordered;

    /// <summary>What the status means ("Off track", "Complete").</summary>
    public string Meaning { get; }

    /// <summary>Whether the status says the action is complete (blue).</summary>
    public bool IsComplete { get; }
}
