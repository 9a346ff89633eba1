
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The disposal cannot be combined with another disposal proposed alongside it.</summary>
public sealed record IncompatibleDisposals : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="other">The other disposal.</param>
    public IncompatibleDisposals(
        string ruleId,
        string citation,
        Disposal other)
        : base(ruleId, citation)
    {
        Other = Preconditions.CheckNotNull(other, nameof(other));
    }

    /// <summary>The other disposal.</summary>
    public Disposal Other { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: cannot be combined with {Other.Name} ({Citation}).";
}
