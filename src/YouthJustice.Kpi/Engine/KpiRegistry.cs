using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Engine;

/// <summary>The measures the engine computes, in return order. Adding a KPI means adding it here.</summary>
internal static class KpiRegistry
{
    public static CohortKpi[] CohortKpis() =>
    [
        new AccommodationKpi(),
    ];

    public static ServiceKpi[] ServiceKpis() =>
    [
    ];
}
