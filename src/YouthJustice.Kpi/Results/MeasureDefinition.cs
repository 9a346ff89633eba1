using YouthJustice.Domain;
using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Results;

/// <summary>
/// One measure of the return: a KPI headline or one of its sub-measures, or a national indicator.
/// Ids follow interchange.md: <c>kpi{n}.headline</c>, <c>kpi{n}.{sub}</c> (<c>kpi2.2a.suitableAtStart</c>),
/// <c>fte.count</c>, <c>reoffending.binaryRate</c> ...
/// </summary>
public sealed record MeasureDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="id">The stable public id; not blank.</param>
    /// <param name="title">What the measure counts, in the guidance's words; not blank.</param>
    /// <param name="unit">The unit of its value.</param>
    /// <param name="area">The KPI it belongs to, or <see langword="null"/> for a national indicator.</param>
    /// <param name="splitByTypeOfOrder">Whether the return carries the six-way type-of-order split for it.</param>
    public MeasureDefinition(string id, string title, MeasureUnit unit, KpiArea? area, bool splitByTypeOfOrder)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Title = Preconditions.CheckNotBlank(title, nameof(title));
        Unit = Preconditions.CheckNotNull(unit, nameof(unit));
        Area = area;
        SplitByTypeOfOrder = splitByTypeOfOrder;
    }

    /// <summary>The stable public id.</summary>
    public string Id { get; }

    /// <summary>What the measure counts.</summary>
    public string Title { get; }

    /// <summary>The unit of its value.</summary>
    public MeasureUnit Unit { get; }

    /// <summary>The KPI it belongs to, or <see langword="null"/> for a national indicator.</summary>
    public KpiArea? Area { get; }

    /// <summary>Whether the return carries the six-way type-of-order split.</summary>
    public bool SplitByTypeOfOrder { get; }
}
