namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// One reason a proposed disposal is not available: the rule that refuses it (<c>RO-1</c>, <c>DTO-3</c> ...), its
/// source, and a sentence for a person. Each kind of reason is its own type carrying the value found and what is
/// allowed.
/// </summary>
/// <remarks>
/// The kinds: <see cref="TooYoung"/>, <see cref="TooOld"/>, <see cref="TermNotAllowed"/>, <see cref="RequirementOverLimit"/>,
/// <see cref="RequirementUnderLimit"/>, <see cref="RequirementNotAvailable"/>, <see cref="RequirementMissing"/>,
/// <see cref="LawNotInForce"/>, <see cref="MandatoryReferralOrderConditionsMet"/>,
/// <see cref="PersistentOffenderFindingRequired"/>, <see cref="FindingRequired"/>, <see cref="OffenceNotImprisonable"/>,
/// <see cref="OffenceFixedByLaw"/>, <see cref="GuiltyPleaRequired"/>, <see cref="AdmissionRequired"/>,
/// <see cref="ConvictionRequired"/>, <see cref="CourtNotEmpowered"/>, <see cref="AmountOverLimit"/>,
/// <see cref="IncompatibleDisposals"/>, <see cref="NotALegalOutcome"/>, <see cref="ConditionNotMet"/>.
/// </remarks>
public abstract record IneligibilityReason
{
    /// <summary>Sets the rule and its source.</summary>
    /// <param name="ruleId">The rule id; never blank.</param>
    /// <param name="citation">The statute or guidance; never blank.</param>
    private protected IneligibilityReason(string ruleId, string citation)
    {
        RuleId = Preconditions.CheckNotBlank(ruleId, nameof(ruleId));
        Citation = Preconditions.CheckNotBlank(citation, nameof(citation));
    }

    /// <summary>The rule that refuses the disposal (<c>RO-1</c>, <c>YRO-5</c>, <c>DTO-3</c> ...).</summary>
    public string RuleId { get; }

    /// <summary>The statute or guidance the rule comes from.</summary>
    public string Citation { get; }

    /// <summary>A sentence for a person: the rule id, what was found and what is allowed.</summary>
    public abstract string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
