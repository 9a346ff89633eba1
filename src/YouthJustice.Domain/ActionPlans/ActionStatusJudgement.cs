namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// A recorded, dated judgement of an action's status: which action, the status, when, by which post, and the
/// progress facts reported with it.
/// </summary>
/// <remarks>
/// The library never derives a status silently: this judgement is what the plan says. An <see cref="IRagScheme"/> may
/// suggest another status; a difference is reported (<see cref="StatusCheck"/>) and the judgement stands.
/// </remarks>
public sealed record ActionStatusJudgement
{
    /// <summary>Creates a judgement.</summary>
    /// <param name="actionReference">The reference of the action judged; never blank.</param>
    /// <param name="status">The status recorded.</param>
    /// <param name="recordedOn">When it was recorded; progress dates (start, completion) must not be after it.</param>
    /// <param name="recordedBy">The post that recorded it.</param>
    /// <param name="progress">The progress facts reported with it; <see cref="ActionProgress.None"/> when none.</param>
    public ActionStatusJudgement(string actionReference, ActionStatus status, LocalDate recordedOn, PostTitle recordedBy, ActionProgress progress)
    {
        ActionReference = Preconditions.CheckNotBlank(actionReference, nameof(actionReference)).Trim();
        Status = Preconditions.CheckNotNull(status, nameof(status));
        RecordedBy = Preconditions.CheckNotNull(recordedBy, nameof(recordedBy));
        Progress = Preconditions.CheckNotNull(progress, nameof(progress));
        Preconditions.CheckArgument(
            !(progress.CompletedOn > recordedOn) && !(progress.StartedOn > recordedOn),
            nameof(progress),
            string.Create(CultureInfo.InvariantCulture, $"Action {ActionReference}: progress dates (started {progress.StartedOn:uuuu-MM-dd}, completed {progress.CompletedOn:uuuu-MM-dd}) must not be after the judgement date {recordedOn:uuuu-MM-dd}."));
        RecordedOn = recordedOn;
    }

    /// <summary>The reference of the action judged.</summary>
    public string ActionReference { get; }

    /// <summary>The status recorded.</summary>
    public ActionStatus Status { get; }

    /// <summary>When the judgement was recorded.</summary>
    public LocalDate RecordedOn { get; }

    /// <summary>The post that recorded it.</summary>
    public PostTitle RecordedBy { get; }

    /// <summary>The progress facts reported with it.</summary>
    public ActionProgress Progress { get; }
}
