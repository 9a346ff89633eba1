namespace YouthJustice.Kpi.Engine;

/// <summary>
/// A child's suitability at a time point, from every relevant record (kpi-rules §2.1, §2.2, §13.7): unsuitable if
/// any record is Unsuitable or Unknown, suitable if all are Suitable, no data when no record is there.
/// </summary>
/// <param name="Kind">Suitable, unsuitable or no data.</param>
/// <param name="DecidingRow">The global row of the record that decided it (the first unsuitable one, else the first), or -1.</param>
internal readonly record struct StatusAtPoint(SuitabilityKind Kind, int DecidingRow)
{
    public static StatusAtPoint NoData => new(SuitabilityKind.NoData, -1);
}

/// <summary>The three outcomes of <see cref="StatusAtPoint"/>.</summary>
internal enum SuitabilityKind
{
    NoData = 0,
    Suitable = 1,
    Unsuitable = 2,
}
