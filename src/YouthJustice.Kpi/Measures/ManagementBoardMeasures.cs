using YouthJustice.Domain.Services;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 7 (YJB return table 8), in return order: every measure the YJB pipeline names (kpi-rules §2.8,
/// §13.11, S21), each id written out so that it can be searched for; the sectors in the order of the return's columns
/// (a–e). <c>ManagementBoardMeasuresTest</c> checks that 7a and 7c each cover every statutory sector once, in the same
/// order, and that each written id names the sector its measure reads.
/// </summary>
internal static class ManagementBoardMeasures
{
    /// <summary>Every KPI 7 measure, in return order.</summary>
    public static readonly ManagementBoardMeasure[] All =
    [
        new("kpi7.headline", KpiArea.ManagementBoardAttendance.HeadlineLabel, ManagementBoardRule.Headline),

        Senior("kpi7.7a.ChildrensSocialCare", BoardSector.ChildrensSocialCare),
        Senior("kpi7.7a.Education", BoardSector.Education),
        Senior("kpi7.7a.Police", BoardSector.Police),
        Senior("kpi7.7a.Probation", BoardSector.Probation),
        Senior("kpi7.7a.Health", BoardSector.Health),

        new("kpi7.7b.delegatedSectors", "Number of statutory sectors out of five represented by a delegated (non-senior) partner", ManagementBoardRule.DelegatedSectors),

        Delegated("kpi7.7c.ChildrensSocialCare", BoardSector.ChildrensSocialCare),
        Delegated("kpi7.7c.Education", BoardSector.Education),
        Delegated("kpi7.7c.Police", BoardSector.Police),
        Delegated("kpi7.7c.Probation", BoardSector.Probation),
        Delegated("kpi7.7c.Health", BoardSector.Health),

        new("kpi7.newPartners", "Number of statutory sectors whose partner attending was new", ManagementBoardRule.NewPartners),
    ];

    private static ManagementBoardMeasure Senior(string id, BoardSector sector)
        => new(id, $"Senior partner attending by sector: {sector.Label}", ManagementBoardRule.SeniorBySector) { Sector = sector };

    private static ManagementBoardMeasure Delegated(string id, BoardSector sector)
        => new(id, $"Delegated partner attending by sector: {sector.Label}", ManagementBoardRule.DelegatedBySector) { Sector = sector };
}
