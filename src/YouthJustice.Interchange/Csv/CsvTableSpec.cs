namespace YouthJustice.Interchange.Csv;

/// <summary>The layout of one CSV file of the table set: its kind of item and its columns in header order.</summary>
internal sealed class CsvTableSpec
{
    private readonly Dictionary<string, CsvColumn> _byField;

    internal CsvTableSpec(InputItemKind kind, string fileName, params CsvColumn[] columns)
    {
        Kind = kind;
        FileName = fileName;
        Columns = columns;
        _byField = columns.ToDictionary(c => c.Field, StringComparer.Ordinal);
    }

    internal InputItemKind Kind { get; }

    internal string FileName { get; }

    internal IReadOnlyList<CsvColumn> Columns { get; }

    internal string ExpectedHeader => string.Join(",", Columns.Select(c => c.Name));

    internal CsvColumn? ColumnFor(string field) => _byField.GetValueOrDefault(field);

    internal CsvColumn? Column(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal) || string.Equals(c.Alias, name, StringComparison.Ordinal));

    /// <summary>The column's own name for a header name that may be its alias (<c>id</c> for <c>intervention_id</c>).</summary>
    internal string Canonical(string name) => Column(name)?.Name ?? name;
}
