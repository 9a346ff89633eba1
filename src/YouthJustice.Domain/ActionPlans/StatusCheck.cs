namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// A recorded status beside the status a scheme suggests: the recorded judgement stands, and a difference is reported
/// as a mismatch for the board to look at.
/// </summary>
/// <param name="ActionReference">The action checked.</param>
/// <param name="Recorded">The status recorded in the review.</param>
/// <param name="Suggestion">What the scheme suggests, with its rule and reason.</param>
public sealed record StatusCheck(string ActionReference, ActionStatus Recorded, RagSuggestion Suggestion)
{
    /// <summary>Whether the scheme suggests a different status from the one recorded (never when it suggests none).</summary>
    public bool IsMismatch => Suggestion.Status is { } suggested && suggested != Recorded;

    /// <summary>A sentence for a board report.</summary>
    public string Message => IsMismatch
        ? $"Action {ActionReference}: recorded {Recorded.Name}, the scheme suggests {Suggestion.Status!.Name} ({Suggestion.Reason}) The recorded status stands."
        : $"Action {ActionReference}: recorded {Recorded.Name}, consistent with the scheme.";
}
