using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.National;

namespace YouthJustice.Kpi.Engine;

/// <summary>The measures the engine computes, in return order. Adding a KPI means adding it here.</summary>
internal static class KpiRegistry
{
    public static CohortKpi[] CohortKpis() =>
    [
        new AccommodationKpi(),
        new EteKpi(),
        new SendAlnKpi(),
        new MentalHealthKpi(),
        new SubstanceMisuseKpi(),
        new OutOfCourtDisposalsKpi(),
        new WiderServicesKpi(),
    ];

    public static ServiceKpi[] ServiceKpis() =>
    [
        new ManagementBoardAttendanceKpi(),
        new SeriousViolenceKpi(),
        new VictimsKpi(),
        new FirstTimeEntrantsMeasure(),
        new ProvenReoffendingMeasure(),
        new UseOfCustodyMeasure(),
    ];
}
