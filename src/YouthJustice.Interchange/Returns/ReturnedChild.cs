using System.Collections.Immutable;
using YouthJustice.Domain.Disposals;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Interchange.Returns;

/// <summary>
/// One cohort child's outcome on every cohort measure, the optional <c>children</c> extension of a KPI return that
/// <c>yj validate</c> uses to compare a vendor's figures child by child.
/// </summary>
/// <remarks>Equality is by value, the statuses compared entry by entry.</remarks>
public sealed record ReturnedChild
{
    /// <summary>Creates the entry.</summary>
    /// <param name="childId">The child's id as written.</param>
    /// <param name="typeOfOrder">The child's type of order.</param>
    /// <param name="measures">The child's status on each measure, by measure id.</param>
    /// <exception cref="ArgumentException"><paramref name="childId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReturnedChild(string childId, TypeOfOrder typeOfOrder, IReadOnlyDictionary<string, ChildMeasureStatus> measures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(childId);
        ArgumentNullException.ThrowIfNull(typeOfOrder);
        ArgumentNullException.ThrowIfNull(measures);
        ChildId = childId;
        TypeOfOrder = typeOfOrder;
        Measures = measures.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>The child's id.</summary>
    public string ChildId { get; }

    /// <summary>The child's type of order.</summary>
    public TypeOfOrder TypeOfOrder { get; }

    /// <summary>The child's status on each measure, by measure id in ordinal order.</summary>
    public IReadOnlyDictionary<string, ChildMeasureStatus> Measures { get; }

    /// <summary>The entry of a child computed by the KPI engine.</summary>
    /// <param name="outcomes">The engine's per-child outcomes.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> is null.</exception>
    public static ReturnedChild From(ChildOutcomes outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return new ReturnedChild(outcomes.ChildId.Value, outcomes.TypeOfOrder, outcomes.Statuses);
    }

    /// <inheritdoc />
    public bool Equals(ReturnedChild? other)
        => other is not null && ChildId == other.ChildId && TypeOfOrder == other.TypeOfOrder && Measures.SequenceEqual(other.Measures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ChildId, TypeOfOrder, Measures.Count);
}
