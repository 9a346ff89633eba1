using System.Collections.Generic;
using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// A measure set counted over something other than the cohort's children: management board attendance (sectors),
/// serious violence (offences by outcome date), victims (distinct victims), and the national indicators.
/// </summary>
internal abstract class ServiceKpi
{
    /// <summary>The KPI, or <see langword="null"/> for a national indicator.</summary>
    public abstract KpiArea? Area { get; }

    public abstract IReadOnlyList<MeasureDefinition> Measures { get; }

    /// <summary>Computes every measure; returns one result per entry of <see cref="Measures"/>, in order.</summary>
    public abstract IReadOnlyList<MeasureResult> Compute(ServiceContext context);

    /// <summary>Records the child's part in each measure (NotInDenominator where the child plays none).</summary>
    public abstract void Explain(ServiceContext context, int child, MeasureSinkSlice sink);
}
