namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// Something the court must consider that does not make the disposal unavailable: a rule whose details are not
/// confirmed ([L], e.g. the conditional discharge bar after cautions, domain-rules §7 #11) or a minimum sentence that
/// applies unless the court finds exceptional circumstances (ss.312/315).
/// </summary>
public sealed record EligibilityWarning
{
    /// <summary>Creates the warning.</summary>
    /// <param name="ruleId">The rule id; never blank.</param>
    /// <param name="message">A sentence for a person; never blank.</param>
    /// <param name="citation">The statute or guidance; never blank.</param>
    /// <param name="confidence">How sure the project is of the rule.</param>
    public EligibilityWarning(string ruleId, string message, string citation, Confidence confidence)
    {
        RuleId = Preconditions.CheckNotBlank(ruleId, nameof(ruleId));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
        Citation = Preconditions.CheckNotBlank(citation, nameof(citation));
        Confidence = confidence;
    }

    /// <summary>The rule id.</summary>
    public string RuleId { get; }

    /// <summary>A sentence for a person.</summary>
    public string Message { get; }

    /// <summary>The statute or guidance.</summary>
    public string Citation { get; }

    /// <summary>How sure the project is of the rule.</summary>
    public Confidence Confidence { get; }

    /// <inheritdoc />
    public override string ToString() => RuleId + ": " + Message + " (" + Citation + ")";
}
