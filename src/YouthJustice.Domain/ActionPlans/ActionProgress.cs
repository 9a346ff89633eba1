namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// The facts about an action's progress known when a judgement is recorded: whether and when it started and
/// completed, the forecast completion date, whether an issue is flagged, the progress narrative, and a performance
/// reading where the action is measured against a target.
/// </summary>
/// <remarks>These facts feed an <see cref="IRagScheme"/>'s suggestion; the recorded status is a separate judgement.</remarks>
public sealed record ActionProgress
{
    /// <summary>Creates the progress facts.</summary>
    /// <param name="startedOn">When work started, or <see langword="null"/> if it has not.</param>
    /// <param name="completedOn">When the action was completed, or <see langword="null"/>; not before <paramref name="startedOn"/>.</param>
    /// <param name="forecastCompletion">When completion is now forecast, or <see langword="null"/>.</param>
    /// <param name="issueFlagged">Whether an issue or risk to delivery is flagged.</param>
    /// <param name="narrative">The progress narrative as reported, or <see langword="null"/>.</param>
    /// <param name="reading">A performance reading against target, or <see langword="null"/>.</param>
    public ActionProgress(
        LocalDate? startedOn = null,
        LocalDate? completedOn = null,
        LocalDate? forecastCompletion = null,
        bool issueFlagged = false,
        string? narrative = null,
        PerformanceReading? reading = null)
    {
        Preconditions.CheckArgument(
            !(completedOn < startedOn),
            nameof(completedOn),
            string.Create(CultureInfo.InvariantCulture, $"The completion date {completedOn:uuuu-MM-dd} is before the start date {startedOn:uuuu-MM-dd}."));
        StartedOn = startedOn;
        CompletedOn = completedOn;
        ForecastCompletion = forecastCompletion;
        IssueFlagged = issueFlagged;
        Narrative = narrative is null ? null : Preconditions.CheckNotBlank(narrative, nameof(narrative));
        Reading = reading;
    }

    /// <summary>No facts recorded: not started, not complete, no forecast, no issue.</summary>
    public static ActionProgress None { get; } = new();

    /// <summary>When work started, or <see langword="null"/>.</summary>
    public LocalDate? StartedOn { get; }

    /// <summary>When the action was completed, or <see langword="null"/>.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>When completion is now forecast, or <see langword="null"/>.</summary>
    public LocalDate? ForecastCompletion { get; }

    /// <summary>Whether an issue or risk to delivery is flagged.</summary>
    public bool IssueFlagged { get; }

    /// <summary>The progress narrative, or <see langword="null"/>.</summary>
    public string? Narrative { get; }

    /// <summary>A performance reading against target, or <see langword="null"/>.</summary>
    public PerformanceReading? Reading { get; }

    /// <summary>Whether the action was complete on a date.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns><see langword="true"/> when <see cref="CompletedOn"/> is on or before <paramref name="asAt"/>.</returns>
    public bool IsCompleteOn(LocalDate asAt) => CompletedOn <= asAt;

    /// <summary>Whether work had started on a date.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns><see langword="true"/> when <see cref="StartedOn"/> or <see cref="CompletedOn"/> is on or before <paramref name="asAt"/>.</returns>
    public bool IsStartedOn(LocalDate asAt) => StartedOn <= asAt || CompletedOn <= asAt;
}
