using OneOf;
using YouthJustice.Domain;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// The data row of a CSV table being read, field by field. An empty cell is an absent value; a cell of a column the
/// file does not have is absent too.
/// </summary>
/// <remarks>
/// One instance per file is reused for every row (<see cref="Load"/> copies the row's cells into its buffer), so that
/// no string is made for a cell that is read as a date, a number, a flag or a value of a closed set: those are parsed
/// from the cell's span, and a string is made only for text that is kept (ids) or quoted in an issue. A caller that
/// keeps the record after the row (to report on it later) keeps <see cref="Detach"/>'s site instead.
/// </remarks>
internal sealed class CsvRecord : RecordReader
{
    /// <summary>The separator of the items of a list cell (<c>offence_ids</c>): <c>O1;O2</c>.</summary>
    internal const char ListSeparator = ';';

    private readonly CsvTableSpec _spec;
    private readonly string[] _fields;
    private readonly int[] _cellOfField;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly object?[] _enumCache;
    private char[] _buffer = new char[256];
    private int _cellCount;

    /// <summary>Creates the row reader of one file.</summary>
    /// <param name="spec">The file's layout.</param>
    /// <param name="fieldIndex">Each field's cell in the file's header (a field the header lacks is not in it).</param>
    /// <param name="cells">The number of cells of a row (the header's).</param>
    /// <param name="log">Where the row's issues go.</param>
    internal CsvRecord(CsvTableSpec spec, IReadOnlyDictionary<string, int> fieldIndex, int cells, IssueLog log)
        : base(log, null)
    {
        _spec = spec;
        _fields = new string[spec.Columns.Count];
        _cellOfField = new int[spec.Columns.Count];
        for (var i = 0; i < _fields.Length; i++)
        {
            _fields[i] = spec.Columns[i].Field;
            _cellOfField[i] = fieldIndex.TryGetValue(_fields[i], out var cell) ? cell : -1;
        }

        _starts = new int[cells];
        _lengths = new int[cells];
        _enumCache = new object?[cells];
    }

    internal long Line { get; private set; }

    internal CsvTableSpec Spec => _spec;

    protected override bool IsTyped => false;

    /// <summary>Makes this the record of the row being read: copies its cells, forgets the previous row's errors.</summary>
    /// <param name="row">The row (its cells are read before the reader moves on).</param>
    /// <param name="line">Its 1-based line number.</param>
    internal void Load(nietras.SeparatedValues.SepReader.Row row, long line)
    {
        Reset(null);
        Line = line;
        var used = 0;
        _cellCount = row.ColCount;
        for (var i = 0; i < _cellCount; i++)
        {
            var cell = row[i].Span;
            if (used + cell.Length > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, used + cell.Length));
            }

            cell.CopyTo(_buffer.AsSpan(used));
            _starts[i] = used;
            _lengths[i] = cell.Length;
            used += cell.Length;
        }
    }

    /// <summary>
    /// What is kept of this row once the reader has moved on: its file, line, child and first error, enough to report
    /// on it later (a duplicate id found when its child is built, a data-quality warning), with issues going to
    /// <paramref name="log"/>.
    /// </summary>
    /// <param name="log">Where issues reported later go.</param>
    /// <returns>The site.</returns>
    internal RecordReader Detach(IssueLog log) => new CsvRowSite(_spec, Line, log, ChildId, FirstErrorCode);

    /// <summary>The cell of <paramref name="field"/> as a span; empty when the cell is empty or the file lacks the column.</summary>
    /// <param name="field">The field's JSON name.</param>
    /// <returns>The cell's text.</returns>
    internal ReadOnlySpan<char> Cell(string field)
    {
        var index = Index(field);
        return index < 0 ? default : _buffer.AsSpan(_starts[index], _lengths[index]);
    }

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

    /// <summary>
    /// A value of a closed set: a text this column has already read is looked up by its span (the column's values are
    /// few: the names and codes of the set); any other goes the general way, and is remembered once it is valid. A
    /// column of a file is always read with the same parser, so what it read once it reads the same again.
    /// </summary>
    internal override T? Enum<T>(string field, bool required, Func<string?, OneOf<T, UnknownValueError>> parse)
        where T : class
    {
        var index = Index(field);
        var cache = index < 0 ? null : _enumCache[index] as Dictionary<string, T>;
        if (cache is not null && cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(_buffer.AsSpan(_starts[index], _lengths[index]), out var known))
        {
            return known;
        }

        var value = base.Enum(field, required, parse);
        if (value is not null && index >= 0)
        {
            cache ??= new Dictionary<string, T>(StringComparer.Ordinal);
            _enumCache[index] = cache;
            cache[new string(_buffer, _starts[index], _lengths[index])] = value;
        }

        return value;
    }

    protected override bool TryText(string field, out ReadOnlySpan<char> text)
    {
        var index = Index(field);
        if (index < 0 || _lengths[index] == 0)
        {
            text = default;
            return false;
        }

        text = _buffer.AsSpan(_starts[index], _lengths[index]);
        return true;
    }

    protected override RawValue Raw(string field)
    {
        var index = Index(field);
        if (index < 0 || _lengths[index] == 0)
        {
            return RawValue.Missing;
        }

        return new RawValue(RawKind.Text, new string(_buffer, _starts[index], _lengths[index]));
    }

    /// <summary>The field's cell in this row, or -1. Field names are the layout's literals, so a reference comparison finds them first.</summary>
    private int Index(string field)
    {
        var fields = _fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (ReferenceEquals(fields[i], field))
            {
                return Cell(i);
            }
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (string.Equals(fields[i], field, StringComparison.Ordinal))
            {
                return Cell(i);
            }
        }

        return -1;
    }

    private int Cell(int fieldNumber)
    {
        var cell = _cellOfField[fieldNumber];
        return cell < _cellCount ? cell : -1;
    }
}
