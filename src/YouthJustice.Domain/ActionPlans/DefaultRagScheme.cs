namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// The project's default BRAG suggestion, applied in order: complete → blue; not started with a planned start after
/// the date → not started; past its due date and not complete → red; forecast completion after the due date, or an
/// issue flagged → amber; otherwise green.
/// </summary>
/// <remarks>
/// <para>
/// There is no national standard (<c>spec/domain-rules.md</c> §5.1); this rule follows the meanings of the
/// Wolverhampton YOT plan and is the specification's recommended default. "Past due" means due strictly before the
/// date: an action due today is not yet red.
/// </para>
/// <para>Rule names: <c>complete</c>, <c>not-started</c>, <c>past-due</c>, <c>forecast-late</c>, <c>issue-flagged</c>, <c>on-track</c>.</para>
/// </remarks>
[Source("YouthJustice specification, domain-rules §5.1 (library model: suggested status rule)", Confidence = Confidence.Low)]
public sealed class DefaultRagScheme : IRagScheme
{
    private DefaultRagScheme()
    {
    }

    /// <summary>The scheme.</summary>
    public static DefaultRagScheme Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "Progress against due date (default)";

    /// <inheritdoc />
    public RagSuggestion Suggest(PlanAction action, ActionProgress progress, LocalDate asAt)
    {
        Preconditions.CheckNotNull(action, nameof(action));
        Preconditions.CheckNotNull(progress, nameof(progress));
        if (progress.CompletedOn is { } completed && completed <= asAt)
        {
            return new RagSuggestion(ActionStatus.Blue, "complete", Text($"Completed on {completed:uuuu-MM-dd}."));
        }

        if (!progress.IsStartedOn(asAt) && action.StartDate is { } start && start > asAt)
        {
            return new RagSuggestion(ActionStatus.NotStarted, "not-started", Text($"Not started; the planned start {start:uuuu-MM-dd} is after {asAt:uuuu-MM-dd}."));
        }

        if (action.DueDate is { } due && due < asAt)
        {
            return new RagSuggestion(ActionStatus.Red, "past-due", Text($"Due on {due:uuuu-MM-dd} and not complete on {asAt:uuuu-MM-dd}."));
        }

        if (action.DueDate is { } dueDate && progress.ForecastCompletion is { } forecast && forecast > dueDate)
        {
            return new RagSuggestion(ActionStatus.Amber, "forecast-late", Text($"Forecast to complete on {forecast:uuuu-MM-dd}, after the due date {dueDate:uuuu-MM-dd}."));
        }

        if (progress.IssueFlagged)
        {
            return new RagSuggestion(ActionStatus.Amber, "issue-flagged", "An issue or risk to delivery is flagged.");
        }

        return new RagSuggestion(ActionStatus.Green, "on-track", "Not complete, not past its due date, no forecast slip and no flagged issue.");
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
