
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>A court disposal was proposed without a conviction date.</summary>
public sealed record ConvictionRequired : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>

    public ConvictionRequired(
        string ruleId,
        string citation)
        : base(ruleId, citation)
    {

    }



    /// <inheritdoc />
    public override string Message => $"{RuleId}: a court disposal needs a conviction ({Citation}).";
}
