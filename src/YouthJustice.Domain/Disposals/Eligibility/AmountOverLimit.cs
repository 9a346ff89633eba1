using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>An amount is over its limit: a fine over the limit for the child's age, or hours of reparation over 24.</summary>
public sealed record AmountOverLimit : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="amount">The amount proposed, in the limit's unit (pounds, hours).</param>
    /// <param name="limit">The limit broken.</param>
    public AmountOverLimit(
        string ruleId,
        string citation,
        decimal amount,
        LegalLimit limit)
        : base(ruleId, citation)
    {
        Amount = amount;
        Limit = Preconditions.CheckNotNull(limit, nameof(limit));
    }

    /// <summary>The amount proposed, in the limit's unit (pounds, hours).</summary>
    public decimal Amount { get; }

    /// <summary>The limit broken.</summary>
    public LegalLimit Limit { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {(Limit.Unit == LimitUnit.Pounds ? "a fine of GBP " + Amount.ToString("0.00", CultureInfo.InvariantCulture) : Amount.ToString(CultureInfo.InvariantCulture) + " " + Names.Unit(Limit.Unit))} is over the limit; allowed: {Limit.AllowedText} ({Limit.Citation}).";
}
