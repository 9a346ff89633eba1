namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// What changed between two reviews of a plan: status changes, actions newly overdue, actions completed, actions
/// added and actions removed.
/// </summary>
/// <remarks>
/// Actions are matched by reference. <see cref="Completed"/> lists actions blue at the later review that were not blue
/// at the earlier one (including actions added already complete). <see cref="NewlyOverdue"/> lists actions overdue at
/// the later review (see <see cref="ActionPlanReview.IsOverdue"/>) that were not overdue at the earlier one or did not
/// exist then. Lists follow the later plan's order; <see cref="Removed"/> follows the earlier plan's.
/// </remarks>
public sealed record ActionPlanReviewDiff
{
    private ActionPlanReviewDiff(
        LocalDate from,
        LocalDate to,
        ImmutableArray<StatusChange> statusChanges,
        ImmutableArray<string> newlyOverdue,
        ImmutableArray<string> completed,
        ImmutableArray<string> added,
        ImmutableArray<string> removed)
    {
        From = from;
        To = to;
        StatusChanges = statusChanges;
        NewlyOverdue = newlyOverdue;
        Completed = completed;
        Added = added;
        Removed = removed;
    }

    /// <summary>The earlier board date.</summary>
    public LocalDate From { get; }

    /// <summary>The later board date.</summary>
    public LocalDate To { get; }

    /// <summary>Actions in both reviews whose recorded status changed.</summary>
    public IReadOnlyList<StatusChange> StatusChanges { get; }

    /// <summary>Actions overdue at the later review that were not overdue (or not in the plan) at the earlier one.</summary>
    public IReadOnlyList<string> NewlyOverdue { get; }

    /// <summary>Actions blue at the later review that were not blue (or not in the plan) at the earlier one.</summary>
    public IReadOnlyList<string> Completed { get; }

    /// <summary>Actions in the later plan but not the earlier one.</summary>
    public IReadOnlyList<string> Added { get; }

    /// <summary>Actions in the earlier plan but not the later one.</summary>
    public IReadOnlyList<string> Removed { get; }

    /// <summary>Whether anything changed.</summary>
    public bool HasChanges => StatusChanges.Count + NewlyOverdue.Count + Completed.Count + Added.Count + Removed.Count > 0;

    /// <summary>Compares two reviews of a plan.</summary>
    /// <param name="earlier">The earlier review.</param>
    /// <param name="later">The later review; its board date must not be before the earlier one's.</param>
    /// <returns>What changed.</returns>
    public static ActionPlanReviewDiff Between(ActionPlanReview earlier, ActionPlanReview later)
    {
        Preconditions.CheckNotNull(earlier, nameof(earlier));
        Preconditions.CheckNotNull(later, nameof(later));
        Preconditions.CheckArgument(
            later.BoardDate >= earlier.BoardDate,
            nameof(later),
            string.Create(CultureInfo.InvariantCulture, $"The later review ({later.BoardDate:uuuu-MM-dd}) is before the earlier one ({earlier.BoardDate:uuuu-MM-dd})."));

        var changes = ImmutableArray.CreateBuilder<StatusChange>();
        var overdue = ImmutableArray.CreateBuilder<string>();
        var completed = ImmutableArray.CreateBuilder<string>();
        var added = ImmutableArray.CreateBuilder<string>();
        foreach (var action in later.Plan.Actions)
        {
            var now = later.JudgementOf(action.Reference)!;
            var before = earlier.Plan.FindAction(action.Reference);
            var then = before is null ? null : earlier.JudgementOf(action.Reference);
            if (before is null)
            {
                added.Add(action.Reference);
            }
            else if (then!.Status != now.Status)
            {
                changes.Add(new StatusChange(action.Reference, then.Status, now.Status));
            }

            if (later.IsOverdue(action) && (before is null || !earlier.IsOverdue(before)))
            {
                overdue.Add(action.Reference);
            }

            if (now.Status.IsComplete && (then is null || !then.Status.IsComplete))
            {
                completed.Add(action.Reference);
            }
        }

        var removed = earlier.Plan.Actions.Where(a => later.Plan.FindAction(a.Reference) is null).Select(a => a.Reference).ToImmutableArray();
        return new ActionPlanReviewDiff(earlier.BoardDate, later.BoardDate, changes.ToImmutable(), overdue.ToImmutable(), completed.ToImmutable(), added.ToImmutable(), removed);
    }

    /// <inheritdoc />
    public bool Equals(ActionPlanReviewDiff? other)
        => other is not null && From == other.From && To == other.To
           && StatusChanges.SequenceEqual(other.StatusChanges) && NewlyOverdue.SequenceEqual(other.NewlyOverdue)
           && Completed.SequenceEqual(other.Completed) && Added.SequenceEqual(other.Added) && Removed.SequenceEqual(other.Removed);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, StatusChanges.Count, NewlyOverdue.Count, Completed.Count, Added.Count, Removed.Count);
}
