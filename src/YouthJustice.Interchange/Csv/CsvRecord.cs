using System;
using System.Collections.Generic;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Records;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// One data row of a CSV table, read field by field. An empty cell is an absent value; a cell of a column the file
/// does not have is absent too.
/// </summary>
internal sealed class CsvRecord : RecordReader
{
    /// <summary>The separator of the items of a list cell (<c>offence_ids</c>): <c>O1;O2</c>.</summary>
    internal const char ListSeparator = ';';

    private readonly CsvTableSpec _spec;
    private readonly IReadOnlyDictionary<string, int> _fieldIndex;
    private readonly string[] _cells;

    internal CsvRecord(CsvTableSpec spec, IReadOnlyDictionary<string, int> fieldIndex, string[] cells, long line, IssueLog log, string? childId)
        : base(log, childId)
    {
        _spec = spec;
        _fieldIndex = fieldIndex;
        _cells = cells;
        Line = line;
    }

    internal long Line { get; }

    protected override bool IsTyped => false;

    internal override InputLocation Location(string? field)
        => InputLocation.Csv(_spec.FileName, Line, field is null ? null : Name(field));

    internal override string Name(string field) => _spec.ColumnFor(field)?.Name ?? field;

    internal override bool Has(string field) => Index(field) >= 0;

    internal override IReadOnlyList<string>? TextList(string field)
    {
        var raw = Raw(field);
        if (raw.IsAbsent)
        {
            return [];
        }

        var items = raw.Text!.Split(ListSeparator, StringSplitOptions.TrimEntries);
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                Error(IssueCodes.BadText, field, raw.Text, $"'{raw.Text}' has an empty item; '{Name(field)}' lists ids separated by '{ListSeparator}', for example O1;O2.");
                return null;
            }
        }

        return items;
    }

    protected override RawValue Raw(string field)
    {
        var index = Index(field);
        if (index < 0 || index >= _cells.Length || _cells[index].Length == 0)
        {
            return RawValue.Missing;
        }

        return new RawValue(RawKind.Text, _cells[index]);
    }

    private int Index(string field)
        => _fieldIndex.TryGetValue(field, out var index) ? index : -1;
}
