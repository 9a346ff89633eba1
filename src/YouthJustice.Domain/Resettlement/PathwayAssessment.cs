namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// A resettlement plan's assessment of one pathway: when it was assessed, what was found, and the actions agreed.
/// </summary>
/// <remarks>
/// An assessment with no action is reported as a gap by <see cref="ResettlementGapCheck"/>: where no need is found,
/// plans record an action such as "maintain current placement" so that the check stays mechanical.
/// </remarks>
public sealed record PathwayAssessment
{
    /// <summary>Creates a pathway assessment.</summary>
    /// <param name="pathway">The youth pathway assessed.</param>
    /// <param name="assessedOn">The date of the assessment.</param>
    /// <param name="finding">What the assessment found (need, strengths, current arrangements); never blank.</param>
    /// <param name="actions">The actions agreed for the pathway; may be empty.</param>
    public PathwayAssessment(ResettlementPathway pathway, LocalDate assessedOn, string finding, IEnumerable<ResettlementAction> actions)
    {
        Pathway = Preconditions.CheckNotNull(pathway, nameof(pathway));
        AssessedOn = assessedOn;
        Finding = Preconditions.CheckNotBlank(finding, nameof(finding));
        var list = Preconditions.CheckNotNull(actions, nameof(actions)).ToImmutableArray();
        Preconditions.CheckArgument(list.All(a => a is not null), nameof(actions), "Actions must not contain null.");
        Actions = list;
    }

    /// <summary>The pathway assessed.</summary>
    public ResettlementPathway Pathway { get; }

    /// <summary>The date of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>What the assessment found.</summary>
    public string Finding { get; }

    /// <summary>The actions agreed for the pathway.</summary>
    public IReadOnlyList<ResettlementAction> Actions { get; }

    /// <inheritdoc />
    public bool Equals(PathwayAssessment? other)
        => other is not null && Pathway == other.Pathway && AssessedOn == other.AssessedOn && Finding == other.Finding
           && Actions.SequenceEqual(other.Actions);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Pathway, AssessedOn, Finding, Actions.Count);
}
