namespace YouthJustice.Domain.Caseload;

/// <summary>One cell of a caseload table: a count and its percentage (of the column, or of the total in the sex row).</summary>
/// <param name="Count">The number of children.</param>
/// <param name="Percent">The percentage to one decimal place (half away from zero), or <see langword="null"/> when the base is zero.</param>
public sealed record CaseloadCell(int Count, decimal? Percent)
{
    internal static CaseloadCell Of(int count, int total)
        => new(count, total == 0 ? null : System.Math.Round(count * 100m / total, 1, System.MidpointRounding.AwayFromZero));

    /// <inheritdoc />
    public override string ToString() => Percent is { } p ? $"{Count} ({p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}%)" : $"{Count}";
}
