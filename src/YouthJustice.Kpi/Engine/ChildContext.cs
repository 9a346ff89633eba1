using System;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>What a cohort measure sees of one child in one quarter: the kept row, every qualifying row, the
/// child's records and the definition set.</summary>
internal readonly ref struct ChildContext
{
    public ChildContext(CaseTable table, in CohortRow row, ReadOnlySpan<CohortRow> qualifying, DefinitionSet definitions)
    {
        Table = table;
        Row = row;
        Qualifying = qualifying;
        Definitions = definitions;
    }

    public CaseTable Table { get; }

    public CohortRow Row { get; }

    public ReadOnlySpan<CohortRow> Qualifying { get; }

    public DefinitionSet Definitions { get; }

    public int Child => Row.Child;

    /// <summary>
    /// The day the order is taken to start for "at start" (kpi-rules §1.4): for a custodial type of order the custody
    /// start, i.e. the outcome date of a DTO licence intervention; otherwise the intervention start.
    /// </summary>
    public int OrderStart => Row.Disposal == YouthJustice.Domain.Disposals.Disposal.DetentionAndTrainingOrderLicence.Value ? Row.OutcomeDate : Row.Start;

    /// <summary>
    /// The first day of the "at start" window (kpi-rules §13.20): for a custodial type of order the day before custody
    /// began, so that a record that ended that day is present at the start; otherwise <see cref="OrderStart"/> itself.
    /// </summary>
    public int AtStartWindowStart
        => Row.TypeOfOrder == YouthJustice.Domain.Disposals.TypeOfOrder.CustodialSentence.Value ? OrderStart - 1 : OrderStart;

    /// <summary>Whether a status record is present at the start of the order (kpi-rules §1.4, §13.20).</summary>
    public bool IsAtStart(int recordStart, int recordEnd) => Periods.IsAtStart(recordStart, recordEnd, OrderStart, AtStartWindowStart);

    /// <summary>
    /// Whether a record present at the start is present only through the custody window: it ended on the day before
    /// custody began (kpi-rules §13.20). Explanations say so.
    /// </summary>
    public bool IsAtStartThroughCustodyWindow(int recordEnd) => recordEnd < OrderStart;

    /// <summary>
    /// The first day of the "during" window (kpi-rules §13.6): the intervention start, or for a custodial type of order
    /// the day before custody began (the outcome date for a DTO licence intervention, the intervention start otherwise).
    /// </summary>
    public int DuringWindowStart
    {
        get
        {
            if (Row.TypeOfOrder != YouthJustice.Domain.Disposals.TypeOfOrder.CustodialSentence.Value)
            {
                return Row.Start;
            }

            var custodyStart = Row.Disposal == YouthJustice.Domain.Disposals.Disposal.DetentionAndTrainingOrderLicence.Value ? Row.OutcomeDate : Row.Start;
            return custodyStart - 1;
        }
    }
}
