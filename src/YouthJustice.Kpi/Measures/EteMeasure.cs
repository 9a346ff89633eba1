using YouthJustice.Domain.Education;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 2 measure as the guidance names it: its id (a literal in <see cref="EteMeasures"/>), its title, its rule and
/// the values the rule reads (a point, an age group, a provision, the bands of hours offered and attended).
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi2.2b.atEnd.schoolAgeSuitable</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record EteMeasure(string Id, string Title, EteRule Rule)
{
    /// <summary>The point of 2a–2e; <see langword="null"/> for the headline and the 2a change measures.</summary>
    public OrderPoint? Point { get; init; }

    /// <summary>The age group of 2b and 2c: <see langword="true"/> compulsory school age, <see langword="false"/> above it, <see langword="null"/> every child.</summary>
    public bool? SchoolAge { get; init; }

    /// <summary>The provision of 2d.</summary>
    public EteProvision? Provision { get; init; }

    /// <summary>The band of hours offered of 2e (<see cref="EteKpi.BandOf"/>); -1 for any other measure.</summary>
    public int OfferedBand { get; init; } = -1;

    /// <summary>The band of hours attended of 2e (<see cref="EteKpi.BandOf"/>); -1 for any other measure.</summary>
    public int AttendedBand { get; init; } = -1;
}
