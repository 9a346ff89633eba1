
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The compulsory referral conditions hold, so the court must make a referral order unless it gives a discharge, a hospital order or custody.</summary>
public sealed record MandatoryReferralOrderConditionsMet : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="explanation">Why the conditions hold, condition by condition.</param>
    public MandatoryReferralOrderConditionsMet(
        string ruleId,
        string citation,
        RuleExplanation explanation)
        : base(ruleId, citation)
    {
        Explanation = Preconditions.CheckNotNull(explanation, nameof(explanation));
    }

    /// <summary>Why the conditions hold, condition by condition.</summary>
    public RuleExplanation Explanation { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: the compulsory referral order conditions are met, so the court must make a referral order unless it imposes an absolute or conditional discharge, a hospital order or a custodial sentence ({Citation}).";
}
