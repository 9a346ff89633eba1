using System.Collections.Generic;
using System.Linq;
using YouthJustice.Domain;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Results;

/// <summary>
/// A service's quarterly KPI return (interchange.md, <c>youthjustice-kpi-return/1</c>): every measure with its exact
/// numerator and denominator, and the cohort with every exclusion.
/// </summary>
public sealed record KpiReturn
{
    /// <summary>Creates a return.</summary>
    /// <param name="service">The service code.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="definitions">The definition set used.</param>
    /// <param name="measures">The measures, in catalogue order.</param>
    /// <param name="cohort">The cohort.</param>
    public KpiReturn(ServiceCode service, ReportingQuarter quarter, DefinitionSet definitions, IEnumerable<MeasureResult> measures, Cohort cohort)
    {
        Service = service;
        Quarter = quarter;
        Definitions = Preconditions.CheckNotNull(definitions, nameof(definitions));
        Measures = Preconditions.CheckNotNull(measures, nameof(measures)).ToArray();
        Cohort = Preconditions.CheckNotNull(cohort, nameof(cohort));
    }

    /// <summary>The service code.</summary>
    public ServiceCode Service { get; }

    /// <summary>The quarter.</summary>
    public ReportingQuarter Quarter { get; }

    /// <summary>The definition set used.</summary>
    public DefinitionSet Definitions { get; }

    /// <summary>
    /// The profile the return followed: <see cref="KpiProfile.Guidance"/> (the default) or the YJB pipeline's behaviours
    /// where they differ (yjaf-case-level §6.1, §6.8–§6.11).
    /// </summary>
    public KpiProfile Profile { get; init; } = KpiProfile.Guidance;

    /// <summary>Every measure, in catalogue order.</summary>
    public IReadOnlyList<MeasureResult> Measures { get; }

    /// <summary>The cohort: members and exclusions with reasons.</summary>
    public Cohort Cohort { get; }

    /// <summary>The measure with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">A measure id such as <c>kpi1.headline</c>.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public MeasureResult? Find(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
