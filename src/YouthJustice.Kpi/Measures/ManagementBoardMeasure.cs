using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 7 measure as the guidance names it: its id (a literal in <see cref="ManagementBoardMeasures"/>), its title,
/// its rule and, for 7a and 7c, the statutory sector the rule reads.
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi7.7a.Police</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record ManagementBoardMeasure(string Id, string Title, ManagementBoardRule Rule)
{
    /// <summary>The statutory sector of 7a and 7c.</summary>
    public BoardSector? Sector { get; init; }

    /// <summary>The unit: the number of sectors with a new partner is a count, every other measure a percentage.</summary>
    public MeasureUnit Unit => Rule == ManagementBoardRule.NewPartners ? MeasureUnit.Count : MeasureUnit.Percent;
}
