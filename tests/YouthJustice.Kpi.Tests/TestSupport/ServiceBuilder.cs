using YouthJustice.Domain.Services;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>Builds a service for KPI tests.</summary>
internal static class ServiceBuilder
{
    public static ServiceData Service(params ChildCase[] children)
        => Service(children, [new PopulationEstimate(2022, 24_000), new PopulationEstimate(2023, 24_000)], []);

    public static ServiceData Service(IEnumerable<ChildCase> children, IEnumerable<PopulationEstimate> populations, IEnumerable<BoardAttendance> board)
        => new(new ServiceCode("YJS01"), "Example Youth Justice Service", populations, board, children);
}
