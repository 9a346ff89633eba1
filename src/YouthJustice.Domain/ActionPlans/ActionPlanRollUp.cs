namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// A review's progress table: actions by status, % complete, overdue actions, and the same by lead. Every breakdown
/// adds up to the total.
/// </summary>
/// <remarks>
/// "% complete" = blue ÷ all actions (<c>spec/domain-rules.md</c> §5.1). Each action has one lead post (a joint lead
/// is one post title such as "Head of Partnerships and ETE Specialist"), so the leads' totals add up to the plan's.
/// Leads are listed in order of first appearance in the plan.
/// </remarks>
[Source("YouthJustice specification, domain-rules §5.1 (roll-ups: count by status; % complete = Blue ÷ all; tables must add up)", Confidence = Confidence.Medium)]
public sealed record ActionPlanRollUp
{
    internal ActionPlanRollUp(ActionPlanReview review)
    {
        BoardDate = review.BoardDate;
        Overall = new StatusCounts(review.Judgements.Select(j => j.Status));
        Overdue = review.Plan.Actions.Count(review.IsOverdue);
        ByLead = review.Plan.Actions
            .GroupBy(a => a.Lead)
            .Select(g => new LeadRollUp(g.Key, new StatusCounts(g.Select(a => review.JudgementOf(a.Reference)!.Status)), g.Count(review.IsOverdue)))
            .ToImmutableArray();
    }

    /// <summary>The board date of the review counted.</summary>
    public NodaTime.LocalDate BoardDate { get; }

    /// <summary>All actions by status.</summary>
    public StatusCounts Overall { get; }

    /// <summary>How many actions are overdue.</summary>
    public int Overdue { get; }

    /// <summary>The actions of each lead post, in order of first appearance.</summary>
    public IReadOnlyList<LeadRollUp> ByLead { get; }

    /// <inheritdoc />
    public bool Equals(ActionPlanRollUp? other)
        => other is not null && BoardDate == other.BoardDate && Overall == other.Overall && Overdue == other.Overdue && ByLead.SequenceEqual(other.ByLead);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(BoardDate, Overall, Overdue, ByLead.Count);
}
