using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Reference;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The reference tables of kpi-rules §0.2 and §13.2–§13.3 (<see cref="KpiReferenceTables"/>, replaceable by the
/// user) as arrays indexed by <see cref="Disposal"/> value, for the hot path: whether an intervention's disposal
/// counts, and each legal outcome's type of order, dedup rank and legal-outcome group.
/// </summary>
internal sealed class CountingTables
{
    private readonly bool[] _interventionCounts;
    private readonly int[] _outcomeTypeOfOrder;
    private readonly int[] _outcomeRank;
    private readonly bool[] _outcomeCautionOrSentence;
    private readonly bool[] _outcomePreCourt;

    public CountingTables(KpiReferenceTables tables)
    {
        Tables = tables;
        var size = 0;
        foreach (var d in Disposal.List)
        {
            size = System.Math.Max(size, d.Value + 1);
        }

        _interventionCounts = new bool[size];
        _outcomeTypeOfOrder = new int[size];
        _outcomeRank = new int[size];
        _outcomeCautionOrSentence = new bool[size];
        _outcomePreCourt = new bool[size];
        foreach (var d in Disposal.List)
        {
            _interventionCounts[d.Value] = tables.CountsInKpis(d);
            var row = tables.ForOutcome(d);
            _outcomeTypeOfOrder[d.Value] = row is { CountsInKpis: true, TypeOfOrder: { } type } ? type.Value : 0;
            _outcomeRank[d.Value] = row?.DedupSeriousnessRank ?? int.MaxValue;
            // An outcome the user's table does not list keeps the group of the disposal ladder.
            var group = row?.Group ?? d.LegalOutcomeGroup;
            _outcomeCautionOrSentence[d.Value] = group.IsCautionOrSentence;
            _outcomePreCourt[d.Value] = group == LegalOutcomeGroup.PreCourt;
        }
    }

    /// <summary>The project's documented defaults (<see cref="KpiReferenceTables.Default"/>).</summary>
    public static CountingTables Default { get; } = new(KpiReferenceTables.Default);

    public KpiReferenceTables Tables { get; }

    public bool InterventionCounts(int disposal) => (uint)disposal < (uint)_interventionCounts.Length && _interventionCounts[disposal];

    /// <summary>The outcome's type of order value (1–6), or 0 when the outcome does not count in the cohort.</summary>
    public int OutcomeTypeOfOrder(int disposal) => (uint)disposal < (uint)_outcomeTypeOfOrder.Length ? _outcomeTypeOfOrder[disposal] : 0;

    /// <summary>The outcome's dedup rank (1 = most serious; other court outcomes 4); <see cref="int.MaxValue"/> when it has none.</summary>
    public int OutcomeRank(int disposal) => (uint)disposal < (uint)_outcomeRank.Length ? _outcomeRank[disposal] : int.MaxValue;

    /// <summary>Whether the outcome's legal-outcome group (from the table, else the disposal's own) is a caution or a sentence (KPI 9).</summary>
    public bool OutcomeIsCautionOrSentence(int disposal) => (uint)disposal < (uint)_outcomeCautionOrSentence.Length && _outcomeCautionOrSentence[disposal];

    /// <summary>Whether the outcome's legal-outcome group (from the table, else the disposal's own) is pre-court.</summary>
    public bool OutcomeIsPreCourt(int disposal) => (uint)disposal < (uint)_outcomePreCourt.Length && _outcomePreCourt[disposal];
}
