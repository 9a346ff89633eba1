namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The court dealing with the child cannot make the disposal.</summary>
public sealed record CourtNotEmpowered : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="court">The court, or <see langword="null"/> out of court.</param>
    /// <param name="allowedCourts">The courts that can make it.</param>
    public CourtNotEmpowered(
        string ruleId,
        string citation,
        SentencingCourt? court,
        IReadOnlyList<SentencingCourt> allowedCourts)
        : base(ruleId, citation)
    {
        Court = court;
        AllowedCourts = Preconditions.CheckNotNull(allowedCourts, nameof(allowedCourts)).ToArray();
    }

    /// <summary>The court, or <see langword="null"/> out of court.</summary>
    public SentencingCourt? Court { get; }

    /// <summary>The courts that can make it.</summary>
    public IReadOnlyList<SentencingCourt> AllowedCourts { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {(Court is null ? "no court" : Court.ToString())} cannot make it; only {string.Join(" or ", AllowedCourts)} ({Citation}).";
}
