using System.Collections.Generic;
using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// A KPI counted over the quarter's cohort of children (KPIs 1–6 and wider services): for each cohort child it
/// records a status on each of its measures. Implementations read like the guidance: cohort → denominator →
/// numerator, one method per sub-measure where that helps.
/// </summary>
internal abstract class CohortKpi
{
    public abstract KpiArea Area { get; }

    /// <summary>The KPI's measures; a measure's local number is its position here.</summary>
    public abstract IReadOnlyList<MeasureDefinition> Measures { get; }

    public abstract void Evaluate(in ChildContext child, MeasureSinkSlice sink);
}
