namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>One condition of a rule, whether it holds, and what was seen.</summary>
public sealed record RuleCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="description">The condition in the statute's terms; never blank.</param>
    /// <param name="isMet">Whether it holds in the case.</param>
    /// <param name="detail">What was seen (the plea, the count, the date); never blank.</param>
    public RuleCondition(string description, bool isMet, string detail)
    {
        Description = Preconditions.CheckNotBlank(description, nameof(description));
        IsMet = isMet;
        Detail = Preconditions.CheckNotBlank(detail, nameof(detail));
    }

    /// <summary>The condition in the statute's terms.</summary>
    public string Description { get; }

    /// <summary>Whether it holds in the case.</summary>
    public bool IsMet { get; }

    /// <summary>What was seen.</summary>
    public string Detail { get; }

    /// <inheritdoc />
    public override string ToString() => (IsMet ? "[met] " : "[not met] ") + Description + ": " + Detail;
}
