using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Resettlement;

/// <summary>An action agreed in a resettlement plan for one pathway: what, who (a post) and by when.</summary>
public sealed record ResettlementAction
{
    /// <summary>Creates an action.</summary>
    /// <param name="description">What will be done; never blank.</param>
    /// <param name="lead">The post responsible (never a named person).</param>
    /// <param name="dueBy">The date by which it is due, if one was agreed.</param>
    public ResettlementAction(string description, PostTitle lead, LocalDate? dueBy = null)
    {
        Description = Preconditions.CheckNotBlank(description, nameof(description));
        Lead = Preconditions.CheckNotNull(lead, nameof(lead));
        DueBy = dueBy;
    }

    /// <summary>What will be done.</summary>
    public string Description { get; }

    /// <summary>The post responsible.</summary>
    public PostTitle Lead { get; }

    /// <summary>The date by which the action is due, or <see langword="null"/>.</summary>
    public LocalDate? DueBy { get; }
}
