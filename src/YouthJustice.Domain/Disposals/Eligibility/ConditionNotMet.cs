
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>A statutory condition of the disposal is not met.</summary>
public sealed record ConditionNotMet : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="condition">The condition, in words.</param>
    public ConditionNotMet(
        string ruleId,
        string citation,
        string condition)
        : base(ruleId, citation)
    {
        Condition = Preconditions.CheckNotBlank(condition, nameof(condition));
    }

    /// <summary>The condition, in words.</summary>
    public string Condition { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {Condition} ({Citation}).";
}
