using System;
using System.Collections.Generic;
using YouthJustice.Domain;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi;

/// <summary>One quarter's return: the cohort, the cohort measures counted into one accumulator, the service-level measures.</summary>
public sealed partial class KpiEngine
{
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
        var cohort = QuarterCohort.Build(table, _counting, quarter, defs, _options.Profile);
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

        return new KpiReturn(service.Code, quarter, defs, results, ToCohort(table, cohort)) { Profile = _options.Profile };
    }

    /// <summary>Counts the cohort measures of a quarter without building result objects (the hot path the benchmarks measure).</summary>
    internal MeasureAccumulator Accumulate(CaseTable table, QuarterCohort cohort)
    {
        var accumulator = new MeasureAccumulator(CohortMeasureCount);
        for (var i = 0; i < cohort.MemberCount; i++)
        {
            ref readonly var row = ref cohort.Kept[i];
            accumulator.CurrentType = row.TypeIndex;
            var context = new ChildContext(table, row, cohort.QualifyingOf(i), cohort.Definitions, cohort.Profile);
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
            kpi.Evaluate(new ChildContext(table, row, cohort.QualifyingOf(i), cohort.Definitions, cohort.Profile), slice);
        }

        return (accumulator, _cohortBase[k]);
    }

    internal QuarterCohort BuildCohort(PreparedService service, ReportingQuarter quarter, DefinitionSet definitions)
        => QuarterCohort.Build(service.Table, _counting, quarter, definitions, _options.Profile);


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
}
