namespace YouthJustice.Kpi.Measures;

/// <summary>The two days a cohort KPI reads a child's records on: the start and the end of the order (kpi-rules §13.20).</summary>
internal enum OrderPoint
{
    /// <summary>The start of the order (for a custodial order, the custody start).</summary>
    Start,

    /// <summary>The end of the order.</summary>
    End,
}
