
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The disposal is an intervention programme (a half of a DTO), never a sentence.</summary>
public sealed record NotALegalOutcome : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>

    public NotALegalOutcome(
        string ruleId,
        string citation)
        : base(ruleId, citation)
    {

    }



    /// <inheritdoc />
    public override string Message => $"{RuleId}: this is an intervention programme, not a disposal a court or the police can give ({Citation}).";
}
