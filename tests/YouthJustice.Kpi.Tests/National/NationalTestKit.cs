using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.National;

/// <summary>The set-up the national indicator tests (first-time entrants, use of custody) share: the quarter and the engine call.</summary>
internal static class NationalTestKit
{
    /// <summary>2024Q1: 2024-04-01 .. 2024-06-30; population year 2023.</summary>
    public static readonly ReportingQuarter Q1 = new(2024, 1);

    /// <summary>The return of a service holding <paramref name="children"/> for the quarter, under the default definitions.</summary>
    public static KpiReturn Compute(ReportingQuarter quarter, params ChildCase[] children)
        => Returns.Of(Service(children), quarter);
}
