using System;
using System.Collections.Generic;
using YouthJustice.Domain;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Sources;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
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

    /// <summary>Computes the return for a quarter.</summary>
    /// <param name="service">The service's data.</param>
    /// <param name="quarter">The reporting quarter.</param>
    /// <param name="definitions">The definition set (<see cref="DefinitionSet.Default"/> is 2024).</param>
    /// <returns>The return.</returns>
    public KpiReturn Compute(ServiceData service, ReportingQuarter quarter, DefinitionSet definitions)
        => Compute(Prepare(service), quarter, definitions);

    /// <summary>Computes the return for a quarter from prepared data, under the default (2024) definitions.</summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The reporting quarter.</param>
    /// <returns>The return.</returns>
    public KpiReturn Compute(PreparedService service, ReportingQuarter quarter) => Compute(service, quarter, DefinitionSet.Default);

    /// <summary>Computes the return for a quarter from prepared data.</summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The reporting quarter.</param>
    /// <param name="definitions">The definition set.</param>
    /// <returns>The return.</returns>
    public KpiReturn Compute(PreparedService service, ReportingQuarter quarter, DefinitionSet definitions)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        var defs = Preconditions.CheckNotNull(definitions, nameof(definitions));
        var table = service.Table;
        var cohort = QuarterCohort.Build(table, _counting, quarter, defs);
        var accumulator = Accumulate(table, cohort);

        var catalogue = CatalogueFor(defs);
        var results = new List<MeasureResult>(_catalogue.Length);
        for (var m = 0; m < CohortMeasureCount; m++)
        {
            results.Add(ResultOf(catalogue[m], m, accumulator));
        }

        var context = new ServiceContext(table, quarter, defs, cohort, _counting) { Options = _options };
        foreach (var kpi in _serviceKpis)
        {
            results.AddRange(kpi.Compute(context));
        }

        return new KpiReturn(service.Service.Code, quarter, defs, results, ToCohort(table, cohort));
    }

    /// <summary>
    /// Computes a financial year: each measure's four quarters and the year's figure by
    /// <see cref="AnnualMethod.SumOfQuarters"/>, under the default (2024) definitions.
    /// </summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="year">The financial year.</param>
    /// <returns>The annual return.</returns>
    public AnnualReturn ComputeAnnual(PreparedService service, FinancialYear year)
        => ComputeAnnual(service, year, DefinitionSet.Default, AnnualMethod.SumOfQuarters);

    /// <summary>
    /// Computes a financial year: each measure's four quarters and the year's figure (kpi-rules §1.1: how the YJB
    /// builds annual figures was not found, so the method is a parameter).
    /// </summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="definitions">The definition set.</param>
    /// <param name="method">
    /// <see cref="AnnualMethod.SumOfQuarters"/> adds the quarters' numerators and denominators (a rate per population
    /// keeps the year's population); <see cref="AnnualMethod.DistinctChildren"/> counts each cohort child once, in the
    /// child's last cohort quarter of the year, and falls back to the sum of quarters for the measures not counted over
    /// the cohort's children.
    /// </param>
    /// <returns>The annual return.</returns>
    public AnnualReturn ComputeAnnual(PreparedService service, FinancialYear year, DefinitionSet definitions, AnnualMethod method)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        var defs = Preconditions.CheckNotNull(definitions, nameof(definitions));
        Preconditions.CheckNotNull(method, nameof(method));
        var quarters = new KpiReturn[4];
        for (var q = 0; q < 4; q++)
        {
            quarters[q] = Compute(service, year.Quarter(q + 1), defs);
        }

        var distinct = method == AnnualMethod.DistinctChildren ? AccumulateDistinctChildren(service.Table, year, defs) : null;
        var catalogue = CatalogueFor(defs);
        var measures = new AnnualMeasureResult[_catalogue.Length];
        var ofMeasure = new MeasureResult[4];
        for (var m = 0; m < _catalogue.Length; m++)
        {
            for (var q = 0; q < 4; q++)
            {
                ofMeasure[q] = quarters[q].Measures[m];
            }

            measures[m] = distinct is not null && m < CohortMeasureCount
                ? new AnnualMeasureResult(catalogue[m], ofMeasure, ResultOf(catalogue[m], m, distinct), AnnualMethod.DistinctChildren)
                : new AnnualMeasureResult(catalogue[m], ofMeasure, AnnualMeasureResult.SumOfQuarters(catalogue[m], ofMeasure), AnnualMethod.SumOfQuarters);
        }

        return new AnnualReturn(service.Service.Code, year, defs, method, measures, quarters);
    }

    /// <summary>Counts the cohort measures over a year with each child once, in the child's last cohort quarter.</summary>
    internal MeasureAccumulator AccumulateDistinctChildren(CaseTable table, FinancialYear year, DefinitionSet definitions)
    {
        var cohorts = new QuarterCohort[4];
        var lastQuarter = new int[table.ChildCount];
        Array.Fill(lastQuarter, -1);
        for (var q = 0; q < 4; q++)
        {
            cohorts[q] = QuarterCohort.Build(table, _counting, year.Quarter(q + 1), definitions);
            for (var i = 0; i < cohorts[q].MemberCount; i++)
            {
                lastQuarter[cohorts[q].Kept[i].Child] = q;
            }
        }

        var accumulator = new MeasureAccumulator(CohortMeasureCount);
        for (var q = 0; q < 4; q++)
        {
            var cohort = cohorts[q];
            for (var i = 0; i < cohort.MemberCount; i++)
            {
                ref readonly var row = ref cohort.Kept[i];
                if (lastQuarter[row.Child] != q)
                {
                    continue;
                }

                accumulator.CurrentType = row.TypeIndex;
                EvaluateMember(table, cohort, i, accumulator);
            }
        }

        return accumulator;
    }

    /// <summary>Counts the cohort measures of a quarter without building result objects (the hot path the benchmarks measure).</summary>
    internal MeasureAccumulator Accumulate(CaseTable table, QuarterCohort cohort)
    {
        var accumulator = new MeasureAccumulator(CohortMeasureCount);
        for (var i = 0; i < cohort.MemberCount; i++)
        {
            ref readonly var row = ref cohort.Kept[i];
            accumulator.CurrentType = row.TypeIndex;
            var context = new ChildContext(table, row, cohort.QualifyingOf(i), cohort.Definitions);
            for (var k = 0; k < _cohortKpis.Length; k++)
            {
                _cohortKpis[k].Evaluate(context, new MeasureSinkSlice(accumulator, _cohortBase[k]));
            }
        }

        return accumulator;
    }

    /// <summary>
    /// Counts one cohort KPI's measures of a quarter (the benchmarks set it beside single-measure baselines).
    /// Returns the accumulator and the index of the KPI's first measure in it.
    /// </summary>
    internal (MeasureAccumulator Accumulator, int FirstMeasure) Accumulate(CaseTable table, QuarterCohort cohort, KpiArea area)
    {
        var k = Array.FindIndex(_cohortKpis, kpi => kpi.Area == area);
        if (k < 0)
        {
            throw new ArgumentException($"{area.Name} is not counted over the cohort.", nameof(area));
        }

        var accumulator = new MeasureAccumulator(CohortMeasureCount);
        var kpi = _cohortKpis[k];
        var slice = new MeasureSinkSlice(accumulator, _cohortBase[k]);
        for (var i = 0; i < cohort.MemberCount; i++)
        {
            ref readonly var row = ref cohort.Kept[i];
            accumulator.CurrentType = row.TypeIndex;
            kpi.Evaluate(new ChildContext(table, row, cohort.QualifyingOf(i), cohort.Definitions), slice);
        }

        return (accumulator, _cohortBase[k]);
    }

    internal QuarterCohort BuildCohort(PreparedService service, ReportingQuarter quarter, DefinitionSet definitions)
        => QuarterCohort.Build(service.Table, _counting, quarter, definitions);

    /// <summary>The quarter's cohort: members with their kept rows, and every exclusion with its reason.</summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="definitions">The definition set; 2024 when null.</param>
    /// <returns>The cohort.</returns>
    public Cohort Cohort(PreparedService service, ReportingQuarter quarter, DefinitionSet? definitions = null)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        return ToCohort(service.Table, QuarterCohort.Build(service.Table, _counting, quarter, definitions ?? DefinitionSet.Default));
    }

    /// <summary>Explains, for one child and quarter, the cohort decision and every measure.</summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="childId">The child.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="definitions">The definition set; 2024 when null.</param>
    /// <returns>The explanation, or an error when the child is not in the data.</returns>
    public OneOf.OneOf<ChildExplanation, UnknownChildError> Explain(PreparedService service, ChildId childId, ReportingQuarter quarter, DefinitionSet? definitions = null)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        var defs = definitions ?? DefinitionSet.Default;
        var table = service.Table;
        var child = table.IndexOf(childId);
        if (child < 0)
        {
            return new UnknownChildError(childId);
        }

        var cohort = QuarterCohort.Build(table, _counting, quarter, defs);
        return ExplainChild(table, cohort, child);
    }

    /// <summary>Each cohort child's status on every cohort measure (for child-by-child validation).</summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="definitions">The definition set; 2024 when null.</param>
    /// <returns>One entry per cohort child, in the service's child order.</returns>
    public IReadOnlyList<ChildOutcomes> Outcomes(PreparedService service, ReportingQuarter quarter, DefinitionSet? definitions = null)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        var table = service.Table;
        var cohort = QuarterCohort.Build(table, _counting, quarter, definitions ?? DefinitionSet.Default);
        var sink = new StatusSink(CohortMeasureCount);
        var list = new List<ChildOutcomes>(cohort.MemberCount);
        for (var i = 0; i < cohort.MemberCount; i++)
        {
            sink.Reset();
            EvaluateMember(table, cohort, i, sink);
            var statuses = new Dictionary<string, ChildMeasureStatus>(CohortMeasureCount, StringComparer.Ordinal);
            for (var m = 0; m < CohortMeasureCount; m++)
            {
                statuses[_catalogue[m].Id] = sink.Statuses[m];
            }

            ref readonly var row = ref cohort.Kept[i];
            list.Add(new ChildOutcomes(table.Children[row.Child].Id, TypeOfOrder.FromValue(row.TypeOfOrder), statuses));
        }

        return list;
    }

    /// <summary>
    /// Runs two definition sets on the same data and lists every child whose standing on a measure differs, with the
    /// rule that makes the difference (kpi-rules §2.11). Cohort membership differences are listed under the id <c>cohort</c>.
    /// </summary>
    /// <param name="service">The prepared service.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="from">The first definition set.</param>
    /// <param name="to">The second definition set.</param>
    /// <returns>The differences, by child then measure.</returns>
    public IReadOnlyList<DefinitionDifference> Diff(PreparedService service, ReportingQuarter quarter, DefinitionSet from, DefinitionSet to)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        Preconditions.CheckNotNull(from, nameof(from));
        Preconditions.CheckNotNull(to, nameof(to));
        var table = service.Table;
        var a = QuarterCohort.Build(table, _counting, quarter, from);
        var b = QuarterCohort.Build(table, _counting, quarter, to);
        var sinkA = new StatusSink(CohortMeasureCount);
        var sinkB = new StatusSink(CohortMeasureCount);
        var differences = new List<DefinitionDifference>();

        var children = new SortedSet<int>();
        for (var i = 0; i < a.MemberCount; i++)
        {
            children.Add(a.Kept[i].Child);
        }

        for (var i = 0; i < b.MemberCount; i++)
        {
            children.Add(b.Kept[i].Child);
        }

        foreach (var child in children)
        {
            var ia = a.MemberIndexOf(child);
            var ib = b.MemberIndexOf(child);
            var id = table.Children[child].Id;
            if (ia < 0 || ib < 0)
            {
                var ea = ExplainChild(table, a, child);
                var eb = ExplainChild(table, b, child);
                differences.Add(new DefinitionDifference(
                    id,
                    "cohort",
                    ia < 0 ? ChildMeasureStatus.NotInDenominator : ChildMeasureStatus.Met,
                    ib < 0 ? ChildMeasureStatus.NotInDenominator : ChildMeasureStatus.Met,
                    "Cohort age: under the 2024 definitions a DTO licence intervention takes the child's age on the outcome date (custody start), under 2023 on the licence start (kpi-rules §13.4).",
                    [ea.Exclusion?.Detail ?? "in the cohort"],
                    [eb.Exclusion?.Detail ?? "in the cohort"]));
                continue;
            }

            sinkA.Reset();
            sinkB.Reset();
            EvaluateMember(table, a, ia, sinkA);
            EvaluateMember(table, b, ib, sinkB);
            ChildExplanation? explainA = null, explainB = null;
            for (var m = 0; m < CohortMeasureCount; m++)
            {
                if (sinkA.Statuses[m] == sinkB.Statuses[m])
                {
                    continue;
                }

                explainA ??= ExplainChild(table, a, child);
                explainB ??= ExplainChild(table, b, child);
                differences.Add(new DefinitionDifference(
                    id,
                    _catalogue[m].Id,
                    sinkA.Statuses[m],
                    sinkB.Statuses[m],
                    DefinitionRules.For(_catalogue[m]),
                    explainA.Measures[m].Reasons,
                    explainB.Measures[m].Reasons));
            }
        }

        return differences;
    }

    private void EvaluateMember(CaseTable table, QuarterCohort cohort, int member, IMeasureSink sink)
    {
        var context = new ChildContext(table, cohort.Kept[member], cohort.QualifyingOf(member), cohort.Definitions);
        for (var k = 0; k < _cohortKpis.Length; k++)
        {
            _cohortKpis[k].Evaluate(context, new MeasureSinkSlice(sink, _cohortBase[k]));
        }
    }

    private ChildExplanation ExplainChild(CaseTable table, QuarterCohort cohort, int child)
    {
        var sink = new ExplanationSink(table, child);
        var member = cohort.MemberIndexOf(child);
        if (member >= 0)
        {
            EvaluateMember(table, cohort, member, sink);
        }

        var context = new ServiceContext(table, cohort.Quarter, cohort.Definitions, cohort, _counting) { Options = _options };
        for (var k = 0; k < _serviceKpis.Length; k++)
        {
            _serviceKpis[k].Explain(context, child, new MeasureSinkSlice(sink, _serviceBase[k]));
        }

        var catalogue = CatalogueFor(cohort.Definitions);
        var measures = new List<MeasureExplanation>(catalogue.Length);
        for (var m = 0; m < catalogue.Length; m++)
        {
            if (sink.ByMeasure.TryGetValue(m, out var entry))
            {
                measures.Add(new MeasureExplanation(catalogue[m].Id, catalogue[m].Title, entry.Status, entry.Reasons));
            }
            else
            {
                measures.Add(new MeasureExplanation(catalogue[m].Id, catalogue[m].Title, ChildMeasureStatus.NotInDenominator, [member >= 0 ? "not in this measure's denominator" : "not in the quarter's cohort"]));
            }
        }

        var id = table.Children[child].Id;
        if (member >= 0)
        {
            return new ChildExplanation(id, cohort.Quarter, cohort.Definitions, CohortStanding.Member, ToMember(table, cohort, member), null, measures);
        }

        return cohort.ExclusionOf(child) is { } decision
            ? new ChildExplanation(id, cohort.Quarter, cohort.Definitions, CohortStanding.Excluded, null, ToExclusion(table, child, decision), measures)
            : new ChildExplanation(id, cohort.Quarter, cohort.Definitions, CohortStanding.NotACandidate, null, null, measures);
    }

    private MeasureDefinition[] CatalogueFor(DefinitionSet definitions) => definitions.IsRefined ? _catalogue : _catalogue2023;

    private static MeasureResult ResultOf(MeasureDefinition definition, int m, MeasureAccumulator accumulator)
    {
        var fraction = new Fraction(accumulator.Numerators[m], accumulator.Denominators[m]);
        if (!definition.SplitByTypeOfOrder)
        {
            return new MeasureResult(definition, fraction);
        }

        var split = new Dictionary<TypeOfOrder, Fraction>(MeasureAccumulator.TypeCount);
        foreach (var type in TypeOfOrder.List)
        {
            var cell = (m * MeasureAccumulator.TypeCount) + type.Value - 1;
            split[type] = new Fraction(accumulator.TypeNumerators[cell], accumulator.TypeDenominators[cell]);
        }

        return new MeasureResult(definition, fraction, split);
    }

    private static Cohort ToCohort(CaseTable table, QuarterCohort cohort)
    {
        var members = new CohortMember[cohort.MemberCount];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = ToMember(table, cohort, i);
        }

        var exclusions = new CohortExclusion[cohort.ExcludedCount];
        for (var i = 0; i < exclusions.Length; i++)
        {
            exclusions[i] = ToExclusion(table, cohort.Excluded[i].Child, cohort.Excluded[i].Decision);
        }

        return new Cohort(cohort.Quarter, cohort.Definitions, members, exclusions);
    }

    private static CohortMember ToMember(CaseTable table, QuarterCohort cohort, int member)
    {
        ref readonly var row = ref cohort.Kept[member];
        var child = table.Children[row.Child];
        var intervention = child.Interventions[row.Intervention - table.InterventionStart(row.Child)];
        var offence = child.Offences[row.Offence - table.OffenceStart(row.Child)];
        var outcome = offence.Outcomes[row.Outcome - table.Offences[row.Offence].FirstOutcome];
        return new CohortMember(
            child.Id,
            intervention.Id,
            intervention.Disposal,
            offence.Id,
            outcome.Outcome,
            outcome.Date,
            TypeOfOrder.FromValue(row.TypeOfOrder),
            intervention.Start,
            intervention.End!.Value,
            cohort.QualifyingOffset[member + 1] - cohort.QualifyingOffset[member]);
    }

    private static CohortExclusion ToExclusion(CaseTable table, int child, CohortDecision decision)
    {
        var reason = ExclusionReason.FromValue(decision.FailedCheck);
        var sink = new ExplanationSink(table, child);
        var intervention = table.Children[child].Interventions[decision.FurthestIntervention - table.InterventionStart(child)];
        var detail = sink.Format(new Reason("{record}", RecordKind.Intervention, decision.FurthestIntervention)) + ": " + reason.Description;
        if (decision.FurthestOutcome >= 0)
        {
            detail += " (" + sink.Format(new Reason("{record}", RecordKind.Outcome, decision.FurthestOutcome)) + ")";
        }

        return new CohortExclusion(table.Children[child].Id, reason, intervention.Id, detail);
    }
}
