using YouthJustice.Domain.Accommodation;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 1 measure as the guidance names it: its id (a literal in <see cref="AccommodationMeasures"/>), its title,
/// its rule and the values the rule reads (a point, an accommodation type group).
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi1.1b.atEnd.FosterCare</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record AccommodationMeasure(string Id, string Title, AccommodationRule Rule)
{
    /// <summary>The point of 1a and 1b; <see langword="null"/> for the headline.</summary>
    public OrderPoint? Point { get; init; }

    /// <summary>The accommodation type group of 1b.</summary>
    public AccommodationTypeGroup? Group { get; init; }
}
