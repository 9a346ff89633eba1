namespace YouthJustice.Domain.Caseload;

/// <summary>One row of a caseload table: a category with a cell per sex column and one for all children.</summary>
public sealed record CaseloadRow
{
    internal CaseloadRow(string key, string label, IReadOnlyList<CaseloadCell> bySex, CaseloadCell all)
    {
        Key = key;
        Label = label;
        BySex = bySex;
        All = all;
    }

    /// <summary>A stable key for the row ("White", "Aged10To13", "NotKnown").</summary>
    public string Key { get; }

    /// <summary>The row's label as printed ("White", "10-13", "Not known").</summary>
    public string Label { get; }

    /// <summary>A cell per column of <see cref="CaseloadProfile.SexColumns"/> (Female, Male, Not known).</summary>
    public IReadOnlyList<CaseloadCell> BySex { get; }

    /// <summary>The cell for all children.</summary>
    public CaseloadCell All { get; }

    /// <inheritdoc />
    public bool Equals(CaseloadRow? other)
        => other is not null && Key == other.Key && Label == other.Label && All == other.All && BySex.SequenceEqual(other.BySex);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Key, All);

    /// <inheritdoc />
    public override string ToString() => $"{Label}: {string.Join(" | ", BySex)} | {All}";
}
