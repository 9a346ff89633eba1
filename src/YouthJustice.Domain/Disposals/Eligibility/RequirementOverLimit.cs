using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>A requirement's quantity (hours, days, hours a day, hours in 7 days, age at its end) is over the maximum.</summary>
public sealed record RequirementOverLimit : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="requirement">The requirement.</param>
    /// <param name="value">The value found, in the limit's unit.</param>
    /// <param name="limit">The limit broken.</param>
    public RequirementOverLimit(
        string ruleId,
        string citation,
        YroRequirement requirement,
        decimal value,
        LegalLimit limit)
        : base(ruleId, citation)
    {
        Requirement = Preconditions.CheckNotNull(requirement, nameof(requirement));
        Value = value;
        Limit = Preconditions.CheckNotNull(limit, nameof(limit));
    }

    /// <summary>The requirement.</summary>
    public YroRequirement Requirement { get; }

    /// <summary>The value found, in the limit's unit.</summary>
    public decimal Value { get; }

    /// <summary>The limit broken.</summary>
    public LegalLimit Limit { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {Requirement.Name} of {Value.ToString(CultureInfo.InvariantCulture)} {Names.Unit(Limit.Unit)} is over the limit; allowed: {Limit.AllowedText} ({Limit.Citation}).";
}
