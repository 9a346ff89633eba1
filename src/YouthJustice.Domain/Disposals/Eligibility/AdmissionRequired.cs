
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>An out-of-court disposal that needs the child's admission (or acceptance of responsibility) was proposed without one.</summary>
public sealed record AdmissionRequired : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>

    public AdmissionRequired(
        string ruleId,
        string citation)
        : base(ruleId, citation)
    {

    }



    /// <inheritdoc />
    public override string Message => $"{RuleId}: the child must admit the offence ({Citation}).";
}
