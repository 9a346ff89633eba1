namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// An action plan as agreed (or as revised): its title, source, the date it was agreed, and its recommendations with
/// their actions.
/// </summary>
/// <remarks>
/// <para>
/// Action references are unique within a plan (they key every review); recommendation references are unique too.
/// Due dates may precede <see cref="AgreedOn"/>: plans are often agreed after work has begun.
/// </para>
/// <para>
/// A plan changes between board meetings (actions added or dropped). Each <see cref="ActionPlanReview"/> holds the
/// version of the plan it reviewed, so two reviews can be compared (<see cref="ActionPlanReviewDiff"/>).
/// </para>
/// </remarks>
[Source("YouthJustice specification, domain-rules §5.1 (action-plan row fields seen in real plans)", Confidence = Confidence.High)]
public sealed record ActionPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="title">The plan's title; never blank.</param>
    /// <param name="source">Where its recommendations come from.</param>
    /// <param name="agreedOn">When the plan (this version) was agreed or submitted.</param>
    /// <param name="recommendations">The recommendations with their actions.</param>
    /// <exception cref="ArgumentException">A recommendation or action reference is repeated.</exception>
    public ActionPlan(string title, ActionPlanSource source, LocalDate agreedOn, IEnumerable<Recommendation> recommendations)
    {
        Title = Preconditions.CheckNotBlank(title, nameof(title));
        Source = Preconditions.CheckNotNull(source, nameof(source));
        AgreedOn = agreedOn;
        var list = Preconditions.CheckNotNull(recommendations, nameof(recommendations)).ToImmutableArray();
        Preconditions.CheckArgument(list.All(r => r is not null), nameof(recommendations), "Recommendations must not contain null.");
        CheckUnique(list.Select(r => r.Reference), "recommendation");
        var actions = list.SelectMany(r => r.Actions).ToImmutableArray();
        CheckUnique(actions.Select(a => a.Reference), "action");
        Recommendations = list;
        Actions = actions;
    }

    /// <summary>The plan's title.</summary>
    public string Title { get; }

    /// <summary>Where its recommendations come from.</summary>
    public ActionPlanSource Source { get; }

    /// <summary>When this version of the plan was agreed or submitted.</summary>
    public LocalDate AgreedOn { get; }

    /// <summary>The recommendations in plan order.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>Every action of the plan, in plan order.</summary>
    public IReadOnlyList<PlanAction> Actions { get; }

    /// <summary>The action with a reference, or <see langword="null"/>.</summary>
    /// <param name="reference">The action reference.</param>
    /// <returns>The action, or <see langword="null"/> when the plan has none with that reference.</returns>
    public PlanAction? FindAction(string reference) => Actions.FirstOrDefault(a => a.Reference == reference);

    /// <inheritdoc />
    public bool Equals(ActionPlan? other)
        => other is not null && Title == other.Title && Source == other.Source && AgreedOn == other.AgreedOn
           && Recommendations.SequenceEqual(other.Recommendations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Source, AgreedOn, Recommendations.Count);

    private static void CheckUnique(IEnumerable<string> references, string what)
    {
        var repeated = references.GroupBy(r => r, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(
            repeated is null,
            "recommendations",
            string.Create(CultureInfo.InvariantCulture, $"Each {what} reference must be unique within a plan; '{repeated?.Key}' appears {repeated?.Count()} times."));
    }
}
