
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The court has not made a finding the disposal needs (the custody threshold, the fostering conditions).</summary>
public sealed record FindingRequired : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="finding">The finding needed, in words.</param>
    public FindingRequired(
        string ruleId,
        string citation,
        string finding)
        : base(ruleId, citation)
    {
        Finding = Preconditions.CheckNotBlank(finding, nameof(finding));
    }

    /// <summary>The finding needed, in words.</summary>
    public string Finding { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: the court must find that {Finding} ({Citation}).";
}
