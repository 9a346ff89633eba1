using YouthJustice.Domain.Children;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 8 measure as the guidance names it: its id (a literal in <see cref="WiderServicesMeasures"/>), its title,
/// its rule and, for 8a and 8b, the care status the rule reads.
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi8.8b.during.ChildInNeed</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record WiderServicesMeasure(string Id, string Title, WiderServicesRule Rule)
{
    /// <summary>The care status of 8a and 8b, one that counts for wider services (<see cref="CareStatus.CountsForWiderServices"/>).</summary>
    public CareStatus? Status { get; init; }
}
