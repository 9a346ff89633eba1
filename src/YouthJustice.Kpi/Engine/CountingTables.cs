using YouthJustice.Domain.Disposals;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The reference tables of kpi-rules §0.2 and §13.2–§13.3 as arrays indexed by <see cref="Disposal"/> value, for
/// the hot path: whether an intervention's disposal counts, and each legal outcome's type of order and dedup rank.
/// </summary>
internal sealed class CountingTables
{
    private readonly bool[] _interventionCounts;
    private readonly int[] _outcomeTypeOfOrder;
    private readonly int[] _outcomeRank;

    public CountingTables(System.Func<Disposal, bool> interventionCounts, System.Func<Disposal, TypeOfOrder?> outcomeType)
    {
        var size = 0;
        foreach (var d in Disposal.List)
        {
            size = System.Math.Max(size, d.Value + 1);
        }

        _interventionCounts = new bool[size];
        _outcomeTypeOfOrder = new int[size];
        _outcomeRank = new int[size];
        foreach (var d in Disposal.List)
        {
            _interventionCounts[d.Value] = interventionCounts(d);
            var type = outcomeType(d);
            _outcomeTypeOfOrder[d.Value] = type?.Value ?? 0;
            _outcomeRank[d.Value] = type?.DedupSeriousnessRank ?? int.MaxValue;
        }
    }

    /// <summary>The project's defaults: kpi-rules §13.2 (an intervention counts when its disposal has a type of order, which includes DTO custody and licence; the type comes from the outcome).</summary>
    public static CountingTables Default { get; } = new(d => d.TypeOfOrder is not null, d => d.TypeOfOrder);

    public bool InterventionCounts(int disposal) => (uint)disposal < (uint)_interventionCounts.Length && _interventionCounts[disposal];

    /// <summary>The outcome's type of order value (1–6), or 0 when the outcome does not count.</summary>
    public int OutcomeTypeOfOrder(int disposal) => (uint)disposal < (uint)_outcomeTypeOfOrder.Length ? _outcomeTypeOfOrder[disposal] : 0;

    /// <summary>The dedup rank of the outcome's type of order (1 = most serious).</summary>
    public int OutcomeRank(int disposal) => (uint)disposal < (uint)_outcomeRank.Length ? _outcomeRank[disposal] : int.MaxValue;
}
