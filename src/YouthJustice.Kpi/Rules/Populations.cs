using YouthJustice.Domain.Sources;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The one place where a quarter's 10–17 population is chosen, for every rate per population (KPI 9, first time
/// entrants, use of custody): the ONS mid-year estimate of the calendar year before the quarter's financial year
/// starts, supplied with the service's data.
/// </summary>
[Source("kpi-rules §2.9, §3.1, §3.3, §13.13", Confidence = Confidence.Medium)]
internal static class Populations
{
    /// <summary>The calendar year whose estimate is the population of every quarter of a financial year: the year before it starts.</summary>
    public static int Year(ReportingQuarter quarter) => quarter.FinancialYearStartYear - 1;

    /// <summary>The 10–17 population of the quarter, or 0 when the service has no estimate for the year (the rate then has no value).</summary>
    public static long Aged10To17(CaseTable table, ReportingQuarter quarter)
        => table.Service.PopulationFor(Year(quarter))?.Aged10To17 ?? 0;

    /// <summary>The last financial year (by its starting year) the YJB pipeline's KPI 9 population lookup knows: FY2024/25 (yjaf-case-level §5, §6.10).</summary>
    public const int LastPipelineSeriousViolenceYear = 2024;

    /// <summary>
    /// KPI 9's population: <see cref="Aged10To17"/>, or 0 (no rate) for a quarter after FY2024/25 under a profile that
    /// follows <see cref="PipelineDivergence.SeriousViolenceNoRateAfter2024"/> (yjaf-case-level §6.10).
    /// </summary>
    public static long SeriousViolenceAged10To17(CaseTable table, ReportingQuarter quarter, KpiProfile profile)
        => IsBeyondPipelineLookup(quarter, profile) ? 0 : Aged10To17(table, quarter);

    /// <summary>Whether the profile's KPI 9 population lookup has no column for the quarter (yjaf-case-level §6.10).</summary>
    public static bool IsBeyondPipelineLookup(ReportingQuarter quarter, KpiProfile profile)
        => profile.Has(PipelineDivergence.SeriousViolenceNoRateAfter2024) && quarter.FinancialYearStartYear > LastPipelineSeriousViolenceYear;

    /// <summary>Whether the service has no estimate for the quarter's population year.</summary>
    public static bool IsMissing(CaseTable table, ReportingQuarter quarter) => table.Service.PopulationFor(Year(quarter)) is null;
}
