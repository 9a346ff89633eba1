using YouthJustice.Domain.Children;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 3 measure as the guidance names it: its id (a literal in <see cref="SendAlnMeasures"/>), its title, its rule
/// and the value the rule reads (an ethnicity group, an age band or a sex).
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi3.identifiedBySex.Female</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record SendAlnMeasure(string Id, string Title, SendAlnRule Rule)
{
    /// <summary>The ethnicity group of the ethnicity breakdown.</summary>
    public EthnicityGroup? Group { get; init; }

    /// <summary>The age band (10–14, 15–17) of the age breakdown.</summary>
    public AgeBand? Band { get; init; }

    /// <summary>The sex of the sex breakdown.</summary>
    public Sex? Sex { get; init; }
}
