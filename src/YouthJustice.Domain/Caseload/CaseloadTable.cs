namespace YouthJustice.Domain.Caseload;

/// <summary>
/// A breakdown of the caseload by one dimension: a row per category (including "Not known"), a column per sex and one
/// for all children; each cell's percentage is of its column ("percentage of gender"), and the counts of each column
/// add up to the column's total.
/// </summary>
public sealed record CaseloadTable
{
    internal CaseloadTable(CaseloadDimension dimension, IReadOnlyList<CaseloadRow> rows, CaseloadRow total)
    {
        Dimension = dimension;
        Rows = rows;
        Total = total;
    }

    /// <summary>The dimension broken down.</summary>
    public CaseloadDimension Dimension { get; }

    /// <summary>The rows, in the dimension's order, "Not known" last.</summary>
    public IReadOnlyList<CaseloadRow> Rows { get; }

    /// <summary>The column totals (each 100 %).</summary>
    public CaseloadRow Total { get; }

    /// <summary>The row with a key.</summary>
    /// <param name="key">The row key ("White", "NotKnown").</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public CaseloadRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);

    /// <inheritdoc />
    public bool Equals(CaseloadTable? other)
        => other is not null && Dimension == other.Dimension && Total == other.Total && Rows.SequenceEqual(other.Rows);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Dimension, Total);
}
