namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// One action of an action plan: its reference, what will be done, the lead post, when it starts and is due, its
/// budget and the outcome measure that will show it worked.
/// </summary>
/// <remarks>
/// The fields are those seen in published plans (<c>spec/domain-rules.md</c> §5.1). A due date written as a month
/// ("November 2023", "JUNE 22") is recorded as the last day of that month; a timescale with no date ("Ongoing") is kept
/// in <see cref="Timescale"/> with no <see cref="DueDate"/>. Progress and status are not part of the action: they are
/// dated judgements recorded at each review (<see cref="ActionStatusJudgement"/>).
/// </remarks>
public sealed record PlanAction
{
    /// <summary>Creates an action.</summary>
    /// <param name="reference">The plan's reference for the action ("1.3", "b.1"); unique within the plan; never blank.</param>
    /// <param name="description">What will be done; never blank.</param>
    /// <param name="lead">The lead post.</param>
    /// <param name="dueDate">When the action is due, or <see langword="null"/>.</param>
    /// <param name="startDate">When work is planned to start, or <see langword="null"/>; not after <paramref name="dueDate"/>.</param>
    /// <param name="budget">The budget, or <see langword="null"/> when the plan states none.</param>
    /// <param name="outcomeMeasure">How success will be measured, or <see langword="null"/>.</param>
    /// <param name="timescale">The timescale as written when it is not a date ("Ongoing", "6 months"), or <see langword="null"/>.</param>
    public PlanAction(
        string reference,
        string description,
        PostTitle lead,
        LocalDate? dueDate,
        LocalDate? startDate = null,
        ActionBudget? budget = null,
        string? outcomeMeasure = null,
        string? timescale = null)
    {
        Reference = Preconditions.CheckNotBlank(reference, nameof(reference)).Trim();
        Description = Preconditions.CheckNotBlank(description, nameof(description));
        Lead = Preconditions.CheckNotNull(lead, nameof(lead));
        Preconditions.CheckArgument(
            !(startDate > dueDate),
            nameof(startDate),
            string.Create(CultureInfo.InvariantCulture, $"Action {reference}: the start date {startDate:uuuu-MM-dd} is after the due date {dueDate:uuuu-MM-dd}."));
        DueDate = dueDate;
        StartDate = startDate;
        Budget = budget;
        OutcomeMeasure = outcomeMeasure is null ? null : Preconditions.CheckNotBlank(outcomeMeasure, nameof(outcomeMeasure));
        Timescale = timescale is null ? null : Preconditions.CheckNotBlank(timescale, nameof(timescale));
    }

    /// <summary>The plan's reference for the action.</summary>
    public string Reference { get; }

    /// <summary>What will be done.</summary>
    public string Description { get; }

    /// <summary>The lead post.</summary>
    public PostTitle Lead { get; }

    /// <summary>When the action is due, or <see langword="null"/>.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>When work is planned to start, or <see langword="null"/>.</summary>
    public LocalDate? StartDate { get; }

    /// <summary>The budget, or <see langword="null"/>.</summary>
    public ActionBudget? Budget { get; }

    /// <summary>How success will be measured, or <see langword="null"/>.</summary>
    public string? OutcomeMeasure { get; }

    /// <summary>The timescale as written when it is not a date, or <see langword="null"/>.</summary>
    public string? Timescale { get; }

    /// <summary>Whether the action is past its due date on <paramref name="asAt"/>: due strictly before that date.</summary>
    /// <param name="asAt">The date of the check.</param>
    /// <returns><see langword="true"/> when the due date is before <paramref name="asAt"/>; an action due today is not yet past due.</returns>
    public bool IsPastDue(LocalDate asAt) => DueDate < asAt;
}
