namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// A recommendation (or "outcome needed", or area for improvement) of an action plan with the actions that answer it.
/// </summary>
public sealed record Recommendation
{
    /// <summary>Creates a recommendation.</summary>
    /// <param name="reference">The plan's reference ("a)", "Rec 3", "5.1"); never blank.</param>
    /// <param name="text">The recommendation or outcome needed; never blank.</param>
    /// <param name="actions">The actions that answer it; may be empty (a recommendation not yet planned).</param>
    public Recommendation(string reference, string text, IEnumerable<PlanAction> actions)
    {
        Reference = Preconditions.CheckNotBlank(reference, nameof(reference)).Trim();
        Text = Preconditions.CheckNotBlank(text, nameof(text));
        var list = Preconditions.CheckNotNull(actions, nameof(actions)).ToImmutableArray();
        Preconditions.CheckArgument(list.All(a => a is not null), nameof(actions), "Actions must not contain null.");
        Actions = list;
    }

    /// <summary>The plan's reference for the recommendation.</summary>
    public string Reference { get; }

    /// <summary>The recommendation or outcome needed.</summary>
    public string Text { get; }

    /// <summary>The actions that answer it, in plan order.</summary>
    public IReadOnlyList<PlanAction> Actions { get; }

    /// <inheritdoc />
    public bool Equals(Recommendation? other)
        => other is not null && Reference == other.Reference && Text == other.Text && Actions.SequenceEqual(other.Actions);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Reference, Text, Actions.Count);
}
