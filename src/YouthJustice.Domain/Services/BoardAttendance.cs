using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Services;

/// <summary>
/// One sector's attendance at the service's management board(s) in a quarter (interchange <c>boardAttendance[]</c>;
/// YJB <c>kpi8_mba_v1</c> rows "Senior partner", "Delegated or non-senior partner", "If attended - was this a new
/// partner?").
/// </summary>
/// <param name="Quarter">The reporting quarter.</param>
/// <param name="Sector">The sector.</param>
/// <param name="Senior">Whether a senior partner from the sector attended.</param>
/// <param name="Delegate">Whether a delegated (non-senior) partner attended.</param>
/// <param name="NewPartner">Whether the partner who attended was new.</param>
public sealed record BoardAttendance(ReportingQuarter Quarter, BoardSector Sector, bool Senior, bool Delegate, bool NewPartner)
{
    /// <summary>The sector.</summary>
    public BoardSector Sector { get; } = Preconditions.CheckNotNull(Sector, nameof(Sector));
}
