using System;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>What a cohort measure sees of one child in one quarter: the kept row, every qualifying row, the
/// child's records, the definition set and the profile.</summary>
internal readonly ref struct ChildContext
{
    public ChildContext(CaseTable table, in CohortRow row, ReadOnlySpan<CohortRow> qualifying, DefinitionSet definitions, KpiProfile? profile = null)
    {
        Table = table;
        Row = row;
        Qualifying = qualifying;
        Definitions = definitions;
        Profile = profile ?? KpiProfile.Guidance;
    }

    public CaseTable Table { get; }

    public CohortRow Row { get; }

    public ReadOnlySpan<CohortRow> Qualifying { get; }

    public DefinitionSet Definitions { get; }

    /// <summary>The guidance, or the YJB pipeline's behaviours a measure follows where they differ (yjaf-case-level §6).</summary>
    public KpiProfile Profile { get; }

    public int Child => Row.Child;

    /// <summary>The day the order is taken to start for "at start" (<see cref="Periods.OrderStart"/>).</summary>
    public int OrderStart => Periods.OrderStart(Row.Disposal, Row.Start, Row.OutcomeDate);

    /// <summary>The first day of the "at start" window (<see cref="Periods.AtStartWindowStart"/>).</summary>
    public int AtStartWindowStart => Periods.AtStartWindowStart(Row.TypeOfOrder, OrderStart);

    /// <summary>Whether a status record is present at the start of the order (kpi-rules §1.4, §13.20).</summary>
    public bool IsAtStart(int recordStart, int recordEnd) => Periods.IsAtStart(recordStart, recordEnd, OrderStart, AtStartWindowStart);

    /// <summary>
    /// Whether a record present at the start is present only through the custody window: it ended on the day before
    /// custody began (kpi-rules §13.20). Explanations say so.
    /// </summary>
    public bool IsAtStartThroughCustodyWindow(int recordEnd) => recordEnd < OrderStart;

    /// <summary>The first day of the "during" window (<see cref="Periods.DuringWindowStart"/>).</summary>
    public int DuringWindowStart => Periods.DuringWindowStart(Row.TypeOfOrder, Row.Start, OrderStart);
}
