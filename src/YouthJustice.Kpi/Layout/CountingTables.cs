using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Reference;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The reference tables of kpi-rules §0.2 and §13.2–§13.3 (<see cref="KpiReferenceTables"/>, replaceable by the
/// user) as lookups by <see cref="Disposal"/> value, for the hot path: whether an intervention's disposal
/// counts, and each legal outcome's type of order, dedup rank and legal-outcome group.
/// </summary>
internal sealed class CountingTables
{
    private readonly SmartEnumTable<bool> _interventionCounts;
    private readonly SmartEnumTable<int> _outcomeTypeOfOrder;
    private readonly SmartEnumTable<int> _outcomeRank;
    private readonly SmartEnumTable<bool> _outcomeCautionOrSentence;
    private readonly SmartEnumTable<bool> _outcomePreCourt;

    public CountingTables(KpiReferenceTables tables)
    {
        Tables = tables;
        _interventionCounts = SmartEnumTable.Flags<Disposal>(tables.CountsInKpis);
        _outcomeTypeOfOrder = SmartEnumTable.Of<Disposal, int>(
            d => tables.ForOutcome(d) is { CountsInKpis: true, TypeOfOrder: { } type } ? type.Value : 0,
            0);
        _outcomeRank = SmartEnumTable.Of<Disposal, int>(d => tables.ForOutcome(d)?.DedupSeriousnessRank ?? int.MaxValue, int.MaxValue);

        // An outcome the user's table does not list keeps the group of the disposal ladder.
        _outcomeCautionOrSentence = SmartEnumTable.Flags<Disposal>(d => GroupOf(tables, d).IsCautionOrSentence);
        _outcomePreCourt = SmartEnumTable.Flags<Disposal>(d => GroupOf(tables, d) == LegalOutcomeGroup.PreCourt);
    }

    /// <summary>The project's documented defaults (<see cref="KpiReferenceTables.Default"/>).</summary>
    public static CountingTables Default { get; } = new(KpiReferenceTables.Default);

    public KpiReferenceTables Tables { get; }

    public bool InterventionCounts(int disposal) => _interventionCounts[disposal];

    /// <summary>The outcome's type of order value (1–6), or 0 when the outcome does not count in the cohort.</summary>
    public int OutcomeTypeOfOrder(int disposal) => _outcomeTypeOfOrder[disposal];

    /// <summary>The outcome's dedup rank (1 = most serious; other court outcomes 4); <see cref="int.MaxValue"/> when it has none.</summary>
    public int OutcomeRank(int disposal) => _outcomeRank[disposal];

    /// <summary>Whether the outcome's legal-outcome group (from the table, else the disposal's own) is a caution or a sentence (KPI 9).</summary>
    public bool OutcomeIsCautionOrSentence(int disposal) => _outcomeCautionOrSentence[disposal];

    /// <summary>Whether the outcome's legal-outcome group (from the table, else the disposal's own) is pre-court.</summary>
    public bool OutcomeIsPreCourt(int disposal) => _outcomePreCourt[disposal];

    private static LegalOutcomeGroup GroupOf(KpiReferenceTables tables, Disposal disposal)
        => tables.ForOutcome(disposal)?.Group ?? disposal.LegalOutcomeGroup;
}
