namespace YouthJustice.Domain.ActionPlans;

/// <summary>An action whose recorded status changed between two reviews.</summary>
/// <param name="ActionReference">The action.</param>
/// <param name="From">The status at the earlier review.</param>
/// <param name="To">The status at the later review.</param>
public sealed record StatusChange(string ActionReference, ActionStatus From, ActionStatus To)
{
    /// <inheritdoc />
    public override string ToString() => $"{ActionReference}: {From.Name} → {To.Name}";
}
