
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The order lacks a requirement it must have (an ISS YRO without extended activity, a YRO without any requirement).</summary>
public sealed record RequirementMissing : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="requirement">The requirement missing, or <see langword="null"/> when any requirement would do.</param>
    /// <param name="why">Why it is needed, in words.</param>
    public RequirementMissing(
        string ruleId,
        string citation,
        YroRequirement? requirement,
        string why)
        : base(ruleId, citation)
    {
        Requirement = requirement;
        Why = Preconditions.CheckNotBlank(why, nameof(why));
    }

    /// <summary>The requirement missing, or <see langword="null"/> when any requirement would do.</summary>
    public YroRequirement? Requirement { get; }

    /// <summary>Why it is needed, in words.</summary>
    public string Why { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {(Requirement is null ? "a requirement" : Requirement.Name)} is missing: {Why} ({Citation}).";
}
