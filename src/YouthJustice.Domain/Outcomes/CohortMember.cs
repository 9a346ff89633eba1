using YouthJustice.Domain.Cases;

namespace YouthJustice.Domain.Outcomes;

/// <summary>One intervention of an outcome-tracking cohort: the child's case record and the intervention's last day.</summary>
public sealed record CohortMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="child">The child's case record (offences, ETE and accommodation).</param>
    /// <param name="interventionEnd">The intervention's last day.</param>
    public CohortMember(ChildCase child, LocalDate interventionEnd)
    {
        Child = Preconditions.CheckNotNull(child, nameof(child));
        InterventionEnd = interventionEnd;
    }

    /// <summary>The child's case record.</summary>
    public ChildCase Child { get; }

    /// <summary>The intervention's last day.</summary>
    public LocalDate InterventionEnd { get; }

    /// <summary>A member for an intervention of the child's case that has ended.</summary>
    /// <param name="child">The child's case record.</param>
    /// <param name="intervention">One of the child's interventions; it must have an end date.</param>
    /// <returns>The member.</returns>
    public static CohortMember For(ChildCase child, Intervention intervention)
    {
        Preconditions.CheckNotNull(intervention, nameof(intervention));
        Preconditions.CheckArgument(
            intervention.End is not null,
            nameof(intervention),
            string.Create(CultureInfo.InvariantCulture, $"Intervention {intervention.Id} has not ended; outcomes are tracked from the end of an intervention."));
        return new CohortMember(child, intervention.End!.Value);
    }
}
