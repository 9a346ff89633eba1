using System.Collections.Generic;
using YouthJustice.Domain;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi;

/// <summary>
/// Computes a service's YJB KPI return for a quarter, explains any child's part in it, lists each child's outcomes
/// and compares definition sets. Nothing here reads a clock, a file or global state: the quarter and the data are
/// always passed in.
/// </summary>
/// <example>
/// <code>
/// var engine = new KpiEngine();
/// var prepared = KpiEngine.Prepare(service);
/// KpiReturn q1 = engine.Compute(prepared, new ReportingQuarter(2024, 1));
/// decimal? accommodation = q1.Find("kpi1.headline")?.Value;
/// </code>
/// </example>
[Source("YJB, Key performance indicators for youth justice services (gov.uk S1); shared/spec/kpi-rules.md")]
public sealed partial class KpiEngine
{
    private readonly CountingTables _counting;
    private readonly CohortKpi[] _cohortKpis;
    private readonly ServiceKpi[] _serviceKpis;
    private readonly int[] _cohortBase;
    private readonly int[] _serviceBase;
    private readonly MeasureDefinition[] _catalogue;
    private readonly MeasureDefinition[] _catalogue2023;
    private readonly KpiOptions _options;

    /// <summary>Creates an engine with the project's default reference tables (kpi-rules §13.2–§13.3) and <see cref="KpiOptions.Default"/>.</summary>
    public KpiEngine()
        : this(CountingTables.Default, KpiOptions.Default)
    {
    }

    /// <summary>Creates an engine with the default reference tables and the given options (data as at, offences excluded from reoffending).</summary>
    /// <param name="options">The options.</param>
    public KpiEngine(KpiOptions options)
        : this(CountingTables.Default, Preconditions.CheckNotNull(options, nameof(options)))
    {
    }

    /// <summary>
    /// Creates an engine with the caller's reference tables: which intervention disposals and legal outcomes count,
    /// each outcome's type of order and dedup rank (the YJB's own tables are not public; kpi-rules §0.2).
    /// </summary>
    /// <param name="referenceTables">The tables to use.</param>
    public KpiEngine(YouthJustice.Domain.Reference.KpiReferenceTables referenceTables)
        : this(new CountingTables(Preconditions.CheckNotNull(referenceTables, nameof(referenceTables))))
    {
    }

    /// <summary>Creates an engine with the caller's reference tables and options.</summary>
    /// <param name="referenceTables">The tables to use.</param>
    /// <param name="options">The options.</param>
    public KpiEngine(YouthJustice.Domain.Reference.KpiReferenceTables referenceTables, KpiOptions options)
        : this(new CountingTables(Preconditions.CheckNotNull(referenceTables, nameof(referenceTables))), Preconditions.CheckNotNull(options, nameof(options)))
    {
    }

    internal KpiEngine(CountingTables counting)
        : this(counting, KpiOptions.Default)
    {
    }

    internal KpiEngine(CountingTables counting, KpiOptions options)
    {
        _counting = counting;
        _options = options;
        _cohortKpis = KpiRegistry.CohortKpis();
        _serviceKpis = KpiRegistry.ServiceKpis();
        _cohortBase = new int[_cohortKpis.Length];
        _serviceBase = new int[_serviceKpis.Length];
        var catalogue = new List<MeasureDefinition>();
        for (var k = 0; k < _cohortKpis.Length; k++)
        {
            _cohortBase[k] = catalogue.Count;
            catalogue.AddRange(_cohortKpis[k].Measures);
        }

        for (var k = 0; k < _serviceKpis.Length; k++)
        {
            _serviceBase[k] = catalogue.Count;
            catalogue.AddRange(_serviceKpis[k].Measures);
        }

        _catalogue = [.. catalogue];
        _catalogue2023 = System.Array.ConvertAll(_catalogue, d => TitlesUnder2023.TryGet(d.Id, out var title)
            ? new MeasureDefinition(d.Id, title, d.Unit, d.Area, d.SplitByTypeOfOrder)
            : d);
        CohortMeasureCount = _serviceKpis.Length == 0 ? _catalogue.Length : _serviceBase[0];
    }

    /// <summary>
    /// Every measure the engine computes, in return order, with its title under the 2024 definitions (a return under
    /// the 2023 definitions carries the 2023 titles of the few measures whose meaning changed: kpi-rules §2.11).
    /// </summary>
    public IReadOnlyList<MeasureDefinition> Catalogue => _catalogue;

    /// <summary>The engine's options.</summary>
    public KpiOptions Options => _options;

    private int CohortMeasureCount { get; }

    /// <summary>Lays a service's data out for computation; reuse the result for several quarters or calls.</summary>
    /// <param name="service">The service's case-level data.</param>
    /// <returns>The prepared service.</returns>
    public static PreparedService Prepare(ServiceData service) => new(service);

    private MeasureDefinition[] CatalogueFor(DefinitionSet definitions) => definitions.IsRefined ? _catalogue : _catalogue2023;
}
