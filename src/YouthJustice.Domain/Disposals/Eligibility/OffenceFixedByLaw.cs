
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The sentence for the offence is fixed by law (murder): only detention during His Majesty's pleasure is available.</summary>
public sealed record OffenceFixedByLaw : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>

    public OffenceFixedByLaw(
        string ruleId,
        string citation)
        : base(ruleId, citation)
    {

    }



    /// <inheritdoc />
    public override string Message => $"{RuleId}: the sentence for the offence is fixed by law; the only sentence is detention during His Majesty's pleasure ({Citation}).";
}
