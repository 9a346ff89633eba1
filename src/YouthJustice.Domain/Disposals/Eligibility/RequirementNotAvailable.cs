
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>A requirement cannot be part of this order for this child (wrong kind of YRO, too young, not yet law, needs another requirement).</summary>
public sealed record RequirementNotAvailable : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="requirement">The requirement.</param>
    /// <param name="why">Why it is not available, in words.</param>
    public RequirementNotAvailable(
        string ruleId,
        string citation,
        YroRequirement requirement,
        string why)
        : base(ruleId, citation)
    {
        Requirement = Preconditions.CheckNotNull(requirement, nameof(requirement));
        Why = Preconditions.CheckNotBlank(why, nameof(why));
    }

    /// <summary>The requirement.</summary>
    public YroRequirement Requirement { get; }

    /// <summary>Why it is not available, in words.</summary>
    public string Why { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {Requirement.Name} is not available: {Why} ({Citation}).";
}
