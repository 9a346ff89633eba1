namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// Whether a rule holds in a case and why: each of its conditions, met or not, with what was seen. Used where a
/// yes/no would hide the reasoning a court or a YJS officer needs (the compulsory referral order, RO-4).
/// </summary>
public sealed record RuleExplanation
{
    private readonly ImmutableArray<RuleCondition> _conditions;

    /// <summary>Creates the explanation; the rule holds when every condition is met.</summary>
    /// <param name="ruleId">The rule id; never blank.</param>
    /// <param name="citation">The statute or guidance; never blank.</param>
    /// <param name="conditions">The conditions, in the statute's order; at least one, no nulls.</param>
    /// <param name="consequence">What follows when the rule holds, in words; never blank.</param>
    /// <exception cref="ArgumentException">A blank text, no conditions, or a null condition.</exception>
    public RuleExplanation(string ruleId, string citation, IEnumerable<RuleCondition> conditions, string consequence)
    {
        RuleId = Preconditions.CheckNotBlank(ruleId, nameof(ruleId));
        Citation = Preconditions.CheckNotBlank(citation, nameof(citation));
        _conditions = Preconditions.CheckNotNull(conditions, nameof(conditions)).ToImmutableArray();
        Preconditions.CheckArgument(_conditions.Length > 0 && _conditions.All(c => c is not null), nameof(conditions), "At least one condition, and no nulls.");
        Consequence = Preconditions.CheckNotBlank(consequence, nameof(consequence));
    }

    /// <summary>The rule id.</summary>
    public string RuleId { get; }

    /// <summary>The statute or guidance.</summary>
    public string Citation { get; }

    /// <summary>The conditions, in the statute's order.</summary>
    public IReadOnlyList<RuleCondition> Conditions => _conditions;

    /// <summary>What follows when the rule holds.</summary>
    public string Consequence { get; }

    /// <summary>Whether the rule holds: every condition is met.</summary>
    public bool Holds => _conditions.All(c => c.IsMet);

    /// <summary>The conditions that are not met.</summary>
    public IReadOnlyList<RuleCondition> UnmetConditions => _conditions.Where(c => !c.IsMet).ToArray();

    /// <summary>The explanation as text: the verdict, then each condition on its own line.</summary>
    public string Summary
        => RuleId + (Holds ? " holds: " + Consequence : " does not hold") + " (" + Citation + ")"
           + string.Concat(_conditions.Select(c => Environment.NewLine + "  " + c));

    /// <inheritdoc />
    public bool Equals(RuleExplanation? other)
        => other is not null && RuleId == other.RuleId && Citation == other.Citation && Consequence == other.Consequence
           && _conditions.SequenceEqual(other._conditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Citation, _conditions.Length);

    /// <inheritdoc />
    public override string ToString() => Summary;
}
