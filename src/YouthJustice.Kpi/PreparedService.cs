using YouthJustice.Domain;
using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi;

/// <summary>
/// A service's data laid out once for fast, repeated KPI computation (every quarter, both definition sets,
/// explanations). Build it with <see cref="KpiEngine.Prepare"/>; it is immutable and safe to share between threads.
/// </summary>
public sealed class PreparedService
{
    internal PreparedService(ServiceData service)
    {
        Service = Preconditions.CheckNotNull(service, nameof(service));
        Table = new CaseTable(service);
    }

    /// <summary>The service's data.</summary>
    public ServiceData Service { get; }

    internal CaseTable Table { get; }
}
