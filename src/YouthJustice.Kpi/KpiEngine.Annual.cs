using System;
using YouthJustice.Domain;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi;

/// <summary>The annual return: the four quarters summed, or each child counted once in their last cohort quarter (<see cref="AnnualMethod"/>).</summary>
public sealed partial class KpiEngine
{
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

        return new AnnualReturn(service.Code, year, defs, method, measures, quarters);
    }

    /// <summary>Counts the cohort measures over a year with each child once, in the child's last cohort quarter.</summary>
    internal MeasureAccumulator AccumulateDistinctChildren(CaseTable table, FinancialYear year, DefinitionSet definitions)
    {
        var cohorts = new QuarterCohort[4];
        var lastQuarter = new int[table.ChildCount];
        Array.Fill(lastQuarter, -1);
        for (var q = 0; q < 4; q++)
        {
            cohorts[q] = QuarterCohort.Build(table, _counting, year.Quarter(q + 1), definitions, _options.Profile);
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
}
