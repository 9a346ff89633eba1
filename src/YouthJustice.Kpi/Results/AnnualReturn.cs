using System.Collections.Generic;
using System.Linq;
using YouthJustice.Domain;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Results;

/// <summary>
/// A service's figures for a financial year: every measure with its four quarters and the year, and the four quarterly
/// returns themselves (cohorts and exclusions included). Built by <see cref="KpiEngine.ComputeAnnual(PreparedService, FinancialYear, DefinitionSet, AnnualMethod)"/>.
/// </summary>
public sealed record AnnualReturn
{
    /// <summary>Creates an annual return.</summary>
    /// <param name="service">The service code.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="definitions">The definition set used.</param>
    /// <param name="method">The method asked for.</param>
    /// <param name="measures">The measures, in catalogue order.</param>
    /// <param name="quarters">The four quarterly returns, Q1 first.</param>
    /// <exception cref="System.ArgumentException">Not four quarterly returns.</exception>
    public AnnualReturn(ServiceCode service, FinancialYear year, DefinitionSet definitions, AnnualMethod method, IEnumerable<AnnualMeasureResult> measures, IEnumerable<KpiReturn> quarters)
    {
        Service = service;
        Year = year;
        Definitions = Preconditions.CheckNotNull(definitions, nameof(definitions));
        Method = Preconditions.CheckNotNull(method, nameof(method));
        Measures = Preconditions.CheckNotNull(measures, nameof(measures)).ToArray();
        Quarters = Preconditions.CheckNotNull(quarters, nameof(quarters)).ToArray();
        Preconditions.CheckArgument(Quarters.Count == 4, nameof(quarters), $"A financial year has 4 quarterly returns; {Quarters.Count} were given.");
    }

    /// <summary>The service code.</summary>
    public ServiceCode Service { get; }

    /// <summary>The financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>The definition set used.</summary>
    public DefinitionSet Definitions { get; }

    /// <summary>The method asked for (each measure's <see cref="AnnualMeasureResult.Method"/> says which one produced it).</summary>
    public AnnualMethod Method { get; }

    /// <summary>Every measure, in catalogue order.</summary>
    public IReadOnlyList<AnnualMeasureResult> Measures { get; }

    /// <summary>The four quarterly returns, Q1 (April–June) first.</summary>
    public IReadOnlyList<KpiReturn> Quarters { get; }

    /// <summary>The measure with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">A measure id such as <c>kpi1.headline</c>.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public AnnualMeasureResult? Find(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
