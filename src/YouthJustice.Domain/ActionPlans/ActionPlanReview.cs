namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// A review of an action plan at a board meeting: the version of the plan reviewed and one recorded, dated status
/// judgement for each of its actions.
/// </summary>
/// <remarks>
/// <para>
/// Every action of the plan has exactly one judgement, and no judgement names an action outside the plan, so that
/// roll-ups add up. A judgement may have been recorded before the board date (carried forward) but not after it.
/// </para>
/// <para>
/// An action is <b>overdue</b> at a review when its due date is before the board date and its recorded status is not
/// blue (complete).
/// </para>
/// </remarks>
public sealed record ActionPlanReview
{
    /// <summary>Creates a review.</summary>
    /// <param name="boardDate">The date of the board meeting that reviewed the plan.</param>
    /// <param name="plan">The version of the plan reviewed.</param>
    /// <param name="judgements">One judgement per action of the plan, in any order.</param>
    /// <exception cref="ArgumentException">An action has no judgement or several, a judgement names no action of the plan, or a judgement is dated after the board.</exception>
    public ActionPlanReview(LocalDate boardDate, ActionPlan plan, IEnumerable<ActionStatusJudgement> judgements)
    {
        Plan = Preconditions.CheckNotNull(plan, nameof(plan));
        var list = Preconditions.CheckNotNull(judgements, nameof(judgements)).ToImmutableArray();
        Preconditions.CheckArgument(list.All(j => j is not null), nameof(judgements), "Judgements must not contain null.");
        var byReference = list.GroupBy(j => j.ActionReference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var repeated = byReference.FirstOrDefault(p => p.Value.Length > 1);
        Preconditions.CheckArgument(repeated.Key is null, nameof(judgements), Text($"Action {repeated.Key} has {repeated.Value?.Length} judgements; a review holds one per action."));
        var unknown = list.FirstOrDefault(j => plan.FindAction(j.ActionReference) is null);
        Preconditions.CheckArgument(unknown is null, nameof(judgements), Text($"The judgement for action {unknown?.ActionReference} names no action of the plan."));
        var missing = plan.Actions.FirstOrDefault(a => !byReference.ContainsKey(a.Reference));
        Preconditions.CheckArgument(missing is null, nameof(judgements), Text($"Action {missing?.Reference} has no judgement; a review holds one per action."));
        var late = list.FirstOrDefault(j => j.RecordedOn > boardDate);
        Preconditions.CheckArgument(late is null, nameof(judgements), Text($"The judgement for action {late?.ActionReference} is dated {late?.RecordedOn:uuuu-MM-dd}, after the board on {boardDate:uuuu-MM-dd}."));
        BoardDate = boardDate;
        Judgements = plan.Actions.Select(a => byReference[a.Reference][0]).ToImmutableArray();
    }

    /// <summary>The date of the board meeting.</summary>
    public LocalDate BoardDate { get; }

    /// <summary>The version of the plan reviewed.</summary>
    public ActionPlan Plan { get; }

    /// <summary>The judgements, in plan order.</summary>
    public IReadOnlyList<ActionStatusJudgement> Judgements { get; }

    /// <summary>The judgement of an action.</summary>
    /// <param name="actionReference">The action reference.</param>
    /// <returns>The judgement, or <see langword="null"/> when the plan has no such action.</returns>
    public ActionStatusJudgement? JudgementOf(string actionReference) => Judgements.FirstOrDefault(j => j.ActionReference == actionReference);

    /// <summary>Whether an action is overdue at this review: due before the board date and not recorded as blue.</summary>
    /// <param name="action">An action of the plan.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdue(PlanAction action)
    {
        Preconditions.CheckNotNull(action, nameof(action));
        var judgement = JudgementOf(action.Reference);
        Preconditions.CheckArgument(judgement is not null, nameof(action), Text($"Action {action.Reference} is not in the plan reviewed."));
        return action.IsPastDue(BoardDate) && !judgement!.Status.IsComplete;
    }

    /// <summary>
    /// Checks every recorded status against a scheme's suggestion as at the board date. The recorded statuses are
    /// unchanged; differences are reported.
    /// </summary>
    /// <param name="scheme">The scheme to check against.</param>
    /// <returns>One check per action, in plan order.</returns>
    public IReadOnlyList<StatusCheck> Check(IRagScheme scheme)
    {
        Preconditions.CheckNotNull(scheme, nameof(scheme));
        return Plan.Actions
            .Select((action, i) => new StatusCheck(action.Reference, Judgements[i].Status, scheme.Suggest(action, Judgements[i].Progress, BoardDate)))
            .ToImmutableArray();
    }

    /// <summary>Counts the actions by status, overall and by lead.</summary>
    /// <returns>The roll-up.</returns>
    public ActionPlanRollUp RollUp() => new(this);

    /// <inheritdoc />
    public bool Equals(ActionPlanReview? other)
        => other is not null && BoardDate == other.BoardDate && Plan == other.Plan && Judgements.SequenceEqual(other.Judgements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BoardDate, Plan, Judgements.Count);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
