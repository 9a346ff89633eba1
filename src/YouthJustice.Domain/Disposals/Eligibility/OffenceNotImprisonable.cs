
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The disposal needs an offence imprisonable for an adult.</summary>
public sealed record OffenceNotImprisonable : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>

    public OffenceNotImprisonable(
        string ruleId,
        string citation)
        : base(ruleId, citation)
    {

    }



    /// <inheritdoc />
    public override string Message => $"{RuleId}: the offence must be imprisonable for an adult ({Citation}).";
}
