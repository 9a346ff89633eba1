using System;
using System.Collections.Generic;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 6 — Out-of-court disposals: the proportion of children with an out-of-court disposal intervention ending in the
/// quarter who completed it.
/// </summary>
/// <remarks>
/// <para><b>Cohort</b>: children with an order ending in the quarter, one kept row per child (kpi-rules §1.2, §13.3).</para>
/// <para><b>Denominator</b>: cohort children whose type of order (from the kept row's legal outcome) is one of the three
/// out-of-court types: non-substantive out-of-court disposal with YJS intervention, youth caution with YJS intervention,
/// youth conditional caution. Every other child is outside the denominator (kpi-rules §2.6, §13.10).</para>
/// <para><b>Numerator</b>: those whose kept intervention has <c>completedSuccessfully</c> true. Not recorded counts as not
/// completed.</para>
/// <para><b>Definition sets</b>: 2023 and 2024 agree (kpi-rules §2.11).</para>
/// <para><b>Sub-measures</b>: not completed ÷ the same denominator; 6a completions ÷ children with each of the six
/// out-of-court disposals of the template (community resolution; Outcome 22; Outcome 22 deferred prosecution;
/// Outcome 20/21; youth caution; youth conditional caution), taken from the kept row's legal outcome. The catalogue,
/// <see cref="OutOfCourtDisposalMeasures"/>, writes every id out and gives each column its disposals.</para>
/// </remarks>
[Source("YJB KPI guidance, KPI 6 (gov.uk S1); YJB KPI 6 template (kpi-rules §2.6, §13.10, S24); case-level flag kpi6SuccessfullyCompleted", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", EffectiveFrom = "2023-04-01", Confidence = Confidence.Medium)]
internal sealed class OutOfCourtDisposalsKpi : CohortKpi
{
    // The catalogue first: the measures below are looked up in it, by what they declare.
    private static readonly OutOfCourtDisposalMeasure[] Catalogue = OutOfCourtDisposalMeasures.All;
    private static readonly int Headline = MeasureCatalogue.IndexOf(Catalogue, m => m.Rule == OutOfCourtDisposalRule.Headline);
    private static readonly int NotCompleted = MeasureCatalogue.IndexOf(Catalogue, m => m.Rule == OutOfCourtDisposalRule.NotCompleted);

    /// <summary>The template's six 6a columns, in the catalogue's order.</summary>
    private static readonly int[] ByDisposal = MeasureCatalogue.IndicesOf(Catalogue, m => m.Rule == OutOfCourtDisposalRule.CompletedByDisposal);

    /// <summary>The 6a column (a position in <see cref="ByDisposal"/>) of each outcome disposal value, or -1.</summary>
    private static readonly SmartEnumTable<int> ColumnOfDisposal = SmartEnumTable.Of<Disposal, int>(ColumnOf, -1);

    /// <summary>Whether each type-of-order value is an out-of-court type.</summary>
    private static readonly SmartEnumTable<bool> OutOfCourtType = SmartEnumTable.Flags<TypeOfOrder>(t => t.IsOutOfCourt);

    private readonly MeasureDefinition[] _measures = Array.ConvertAll(Catalogue, m => new MeasureDefinition(m.Id, m.Title, MeasureUnit.Percent, KpiArea.OutOfCourtDisposals, true));

    public override KpiArea Area => KpiArea.OutOfCourtDisposals;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override void Evaluate(in ChildContext child, MeasureSinkSlice sink)
    {
        var row = child.Row;
        if (!IsOutOfCourt(row.TypeOfOrder))
        {
            var outside = new Reason("not an out-of-court disposal: {record}", RecordKind.Outcome, row.Outcome);
            for (var m = 0; m < _measures.Length; m++)
            {
                sink.NotInDenominator(m, outside);
            }

            return;
        }

        var completed = child.Table.Interventions[row.Intervention].Completed;
        var reason = completed switch
        {
            1 => new Reason("completed successfully: {record}", RecordKind.Intervention, row.Intervention),
            0 => new Reason("not completed successfully: {record}", RecordKind.Intervention, row.Intervention),
            _ => new Reason("completion not recorded (counted as not completed): {record}", RecordKind.Intervention, row.Intervention),
        };
        sink.MetOrNot(Headline, completed == 1, reason);
        sink.MetOrNot(NotCompleted, completed != 1, reason);

        var disposal = child.Table.Outcomes[row.Outcome].Disposal;
        var column = ColumnOfDisposal[disposal];
        for (var c = 0; c < ByDisposal.Length; c++)
        {
            if (c == column)
            {
                sink.MetOrNot(ByDisposal[c], completed == 1, reason);
            }
            else
            {
                sink.NotInDenominator(ByDisposal[c], new Reason("the out-of-court disposal is another one: {record}", RecordKind.Outcome, row.Outcome));
            }
        }
    }

    private static bool IsOutOfCourt(int typeOfOrder) => OutOfCourtType[typeOfOrder];

    private static int ColumnOf(Disposal disposal)
    {
        for (var c = 0; c < ByDisposal.Length; c++)
        {
            if (Catalogue[ByDisposal[c]].Reads(disposal))
            {
                return c;
            }
        }

        return -1;
    }
}
