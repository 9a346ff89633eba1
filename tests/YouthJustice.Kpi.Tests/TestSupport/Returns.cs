using YouthJustice.Domain.Services;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>The one way the KPI tests compute a return: a fresh engine over the service, prepared.</summary>
internal static class Returns
{
    /// <summary>The <paramref name="quarter"/> return of <paramref name="service"/> under <paramref name="definitions"/> (default: the current set).</summary>
    public static KpiReturn Of(ServiceData service, ReportingQuarter quarter, DefinitionSet? definitions = null)
        => new KpiEngine().Compute(KpiEngine.Prepare(service), quarter, definitions ?? DefinitionSet.Default);

    /// <summary>The <paramref name="quarter"/> return of <paramref name="service"/> under <paramref name="profile"/> (and the current definitions unless given).</summary>
    public static KpiReturn Of(ServiceData service, ReportingQuarter quarter, KpiProfile profile, DefinitionSet? definitions = null)
        => new KpiEngine(new KpiOptions { Profile = profile }).Compute(KpiEngine.Prepare(service), quarter, definitions ?? DefinitionSet.Default);
}
