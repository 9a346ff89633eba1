namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// A duty that comes with an available disposal: a parent or guardian must (under 16) or may (16–17) be ordered to pay
/// a fine, to attend referral order panel meetings, or be made subject to a parenting order.
/// </summary>
public sealed record EligibilityNote
{
    /// <summary>Creates the note.</summary>
    /// <param name="ruleId">The rule id; never blank.</param>
    /// <param name="message">A sentence for a person; never blank.</param>
    /// <param name="citation">The statute; never blank.</param>
    /// <param name="isMandatory">Whether the court must (rather than may) do it.</param>
    public EligibilityNote(string ruleId, string message, string citation, bool isMandatory)
    {
        RuleId = Preconditions.CheckNotBlank(ruleId, nameof(ruleId));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
        Citation = Preconditions.CheckNotBlank(citation, nameof(citation));
        IsMandatory = isMandatory;
    }

    /// <summary>The rule id.</summary>
    public string RuleId { get; }

    /// <summary>A sentence for a person.</summary>
    public string Message { get; }

    /// <summary>The statute.</summary>
    public string Citation { get; }

    /// <summary>Whether the court must (rather than may) do it.</summary>
    public bool IsMandatory { get; }

    /// <inheritdoc />
    public override string ToString() => RuleId + ": " + Message + " (" + Citation + ")";
}
