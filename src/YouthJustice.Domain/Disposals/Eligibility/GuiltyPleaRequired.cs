
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The disposal needs a guilty plea the child has not made.</summary>
public sealed record GuiltyPleaRequired : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="plea">The plea made.</param>
    /// <param name="required">The least plea that would do.</param>
    public GuiltyPleaRequired(
        string ruleId,
        string citation,
        Plea plea,
        Plea required)
        : base(ruleId, citation)
    {
        Plea = plea;
        Required = required;
    }

    /// <summary>The plea made.</summary>
    public Plea Plea { get; }

    /// <summary>The least plea that would do.</summary>
    public Plea Required { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: needs a plea of {Required}; the plea was {Plea} ({Citation}).";
}
