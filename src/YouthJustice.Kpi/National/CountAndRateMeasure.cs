using System.Collections.Generic;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.National;

/// <summary>
/// A national indicator counted child by child over the quarter: a count, and the same count as a rate per the ONS
/// estimate of children aged 10–17 (for the calendar year before the financial year starts; no estimate, no rate).
/// Both the figure and a child's explanation come from one rule, <see cref="Evaluate"/>, so they cannot disagree.
/// </summary>
/// <param name="count">The count's definition.</param>
/// <param name="rate">The rate's definition.</param>
internal abstract class CountAndRateMeasure(MeasureDefinition count, MeasureDefinition rate) : ServiceKpi
{
    /// <summary>The count's local number.</summary>
    public const int Count = 0;

    /// <summary>The rate's local number.</summary>
    public const int Rate = 1;

    private readonly MeasureDefinition[] _measures = [count, rate];

    public sealed override KpiArea? Area => null;

    public sealed override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public sealed override IReadOnlyList<MeasureResult> Compute(ServiceContext context)
    {
        var table = context.Table;
        var from = Days.Of(context.Quarter.Start);
        var to = Days.Of(context.Quarter.End);
        long counted = 0;
        for (var c = 0; c < table.ChildCount; c++)
        {
            counted += Evaluate(table, c, from, to, explain: false).Count;
        }

        return
        [
            new MeasureResult(_measures[Count], Fraction.OfCount(counted)),
            new MeasureResult(_measures[Rate], new Fraction(counted, Populations.Aged10To17(table, context.Quarter))),
        ];
    }

    public sealed override void Explain(ServiceContext context, int child, MeasureSinkSlice sink)
    {
        var (counted, reason) = Evaluate(context.Table, child, Days.Of(context.Quarter.Start), Days.Of(context.Quarter.End), explain: true);
        var status = counted > 0 ? ChildMeasureStatus.Met : ChildMeasureStatus.NotInDenominator;
        sink.Record(Count, status, reason);
        sink.Record(Rate, status, reason);
    }

    /// <summary>
    /// What the child adds to the count in [<paramref name="from"/>, <paramref name="to"/>] (engine days), and, when
    /// <paramref name="explain"/> is set, why; without it the reason is <see langword="default"/> and nothing is built.
    /// </summary>
    protected abstract (int Count, Reason Reason) Evaluate(CaseTable table, int child, int from, int to, bool explain);
}
