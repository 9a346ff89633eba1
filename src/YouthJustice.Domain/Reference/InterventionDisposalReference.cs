using YouthJustice.Domain.Disposals;

namespace YouthJustice.Domain.Reference;

/// <summary>
/// One row of the intervention disposal table: whether an intervention programme with this disposal counts in the
/// KPIs (the YJB's <c>intervention_programme_disposal_type</c> table, which is not public; kpi-rules §0.2).
/// </summary>
public sealed record InterventionDisposalReference
{
    /// <summary>Creates the row.</summary>
    /// <param name="disposal">The intervention's disposal.</param>
    /// <param name="countsInKpis">Whether such an intervention can bring a child into the KPI cohort.</param>
    /// <param name="source">Where the value comes from ("kpi-rules §13.2", "our choice", a local agreement); not blank.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="disposal"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="source"/> is blank.</exception>
    public InterventionDisposalReference(Disposal disposal, bool countsInKpis, string source)
    {
        Disposal = Preconditions.CheckNotNull(disposal, nameof(disposal));
        CountsInKpis = countsInKpis;
        Source = Preconditions.CheckNotBlank(source, nameof(source));
    }

    /// <summary>The intervention's disposal.</summary>
    public Disposal Disposal { get; }

    /// <summary>Whether such an intervention can bring a child into the KPI cohort.</summary>
    public bool CountsInKpis { get; }

    /// <summary>Where the value comes from.</summary>
    public string Source { get; }
}
