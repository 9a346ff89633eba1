namespace YouthJustice.Domain.ActionPlans;

/// <summary>The actions led by one post, counted by status.</summary>
/// <param name="Lead">The lead post.</param>
/// <param name="Counts">Its actions by status.</param>
/// <param name="Overdue">How many of its actions are overdue at the review.</param>
public sealed record LeadRollUp(PostTitle Lead, StatusCounts Counts, int Overdue);
