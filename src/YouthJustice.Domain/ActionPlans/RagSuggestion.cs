namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// The status an <see cref="IRagScheme"/> suggests for an action, with the rule that decided and the reason in words.
/// </summary>
/// <param name="Status">The suggested status, or <see langword="null"/> when the scheme has no basis to suggest one.</param>
/// <param name="Rule">A short, stable name of the rule that decided ("complete", "past-due", "within-tolerance").</param>
/// <param name="Reason">The reason, for a board report.</param>
public sealed record RagSuggestion(ActionStatus? Status, string Rule, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Status?.Name ?? "no suggestion"} ({Rule}): {Reason}";
}
