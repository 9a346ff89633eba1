namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// The resettlement plan for one custodial episode: when it was agreed, its assessment of each pathway with the
/// actions agreed, and when a transition plan (to adult services) was agreed, if one was.
/// </summary>
/// <remarks>
/// A plan holds at most one assessment per pathway (the current one). Planning may start before sentence, so the plan
/// date may precede the custody start. Check a plan with <see cref="ResettlementGapCheck"/>.
/// </remarks>
public sealed record ResettlementPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="episode">The custodial episode planned for.</param>
    /// <param name="agreedOn">When the plan was agreed, or <see langword="null"/> when it has not been.</param>
    /// <param name="pathways">The pathway assessments, at most one per pathway.</param>
    /// <param name="transitionPlanAgreedOn">When a transition plan to adult services was agreed, or <see langword="null"/>.</param>
    public ResettlementPlan(CustodialEpisode episode, LocalDate? agreedOn, IEnumerable<PathwayAssessment> pathways, LocalDate? transitionPlanAgreedOn = null)
    {
        Episode = Preconditions.CheckNotNull(episode, nameof(episode));
        var list = Preconditions.CheckNotNull(pathways, nameof(pathways)).ToImmutableArray();
        Preconditions.CheckArgument(list.All(a => a is not null), nameof(pathways), "Pathway assessments must not contain null.");
        var repeated = list.GroupBy(a => a.Pathway).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(
            repeated is null,
            nameof(pathways),
            string.Create(CultureInfo.InvariantCulture, $"A plan holds one assessment per pathway; '{repeated?.Key.Title}' appears {repeated?.Count()} times."));
        AgreedOn = agreedOn;
        Pathways = list.OrderBy(a => a.Pathway.Value).ToImmutableArray();
        TransitionPlanAgreedOn = transitionPlanAgreedOn;
    }

    /// <summary>The custodial episode planned for.</summary>
    public CustodialEpisode Episode { get; }

    /// <summary>When the plan was agreed, or <see langword="null"/>.</summary>
    public LocalDate? AgreedOn { get; }

    /// <summary>The pathway assessments, in the order of <see cref="ResettlementPathway.All"/>.</summary>
    public IReadOnlyList<PathwayAssessment> Pathways { get; }

    /// <summary>When a transition plan to adult services was agreed, or <see langword="null"/>.</summary>
    public LocalDate? TransitionPlanAgreedOn { get; }

    /// <summary>The assessment of a pathway, or <see langword="null"/> when the plan has none.</summary>
    /// <param name="pathway">The pathway.</param>
    /// <returns>The assessment, or <see langword="null"/>.</returns>
    public PathwayAssessment? AssessmentOf(ResettlementPathway pathway) => Pathways.FirstOrDefault(a => a.Pathway == pathway);

    /// <inheritdoc />
    public bool Equals(ResettlementPlan? other)
        => other is not null && Episode == other.Episode && AgreedOn == other.AgreedOn
           && TransitionPlanAgreedOn == other.TransitionPlanAgreedOn && Pathways.SequenceEqual(other.Pathways);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Episode, AgreedOn, TransitionPlanAgreedOn, Pathways.Count);
}
