namespace YouthJustice.Kpi.Measures;

/// <summary>What a KPI 7 measure counts (kpi-rules §2.8, §13.11, §13.23); the rule behind each <see cref="ManagementBoardMeasure"/>.</summary>
internal enum ManagementBoardRule
{
    /// <summary>Statutory sectors with a senior partner attending in the quarter ÷ the five statutory sectors.</summary>
    Headline,

    /// <summary>7a: whether one sector's senior partner attended (1/1 or 0/1).</summary>
    SeniorBySector,

    /// <summary>7b: statutory sectors represented by a delegated (non-senior) partner ÷ the five statutory sectors.</summary>
    DelegatedSectors,

    /// <summary>7c: whether one sector's delegated partner attended (1/1 or 0/1).</summary>
    DelegatedBySector,

    /// <summary>The number of statutory sectors whose attending partner (senior or delegate) was new.</summary>
    NewPartners,
}
