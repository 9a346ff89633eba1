namespace YouthJustice.Interchange.Csv;

/// <summary>
/// A CSV row after it was read: where it is (file and line), its child and its first error, without its cells. It is
/// what a child keeps of each accepted row, to report on it when the child is built (a duplicate id, a data-quality
/// warning), so that the rows' text is not held until every file is read.
/// </summary>
internal sealed class CsvRowSite(CsvTableSpec spec, long line, IssueLog log, string? childId, string? firstErrorCode)
    : RecordReader(log, childId, firstErrorCode)
{
    internal long Line => line;

    protected override bool IsTyped => false;

    internal override InputLocation Location(string? field)
        => InputLocation.Csv(spec.FileName, line, field is null ? null : Name(field));

    internal override string Name(string field) => spec.ColumnFor(field)?.Name ?? field;

    internal override bool Has(string field) => false;

    internal override IReadOnlyList<string>? TextList(string field) => [];

    protected override RawValue Raw(string field) => RawValue.Missing;
}
