using System.Text;
using nietras.SeparatedValues;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// Reads one CSV file of the table set with Sep: checks the header against the file's layout, then gives each data
/// row in turn as a <see cref="CsvRecord"/> (the same instance, loaded with each row in turn: the caller reads it and
/// keeps only <see cref="CsvRecord.Detach"/>'s site). Blank lines are skipped; a UTF-8 byte order mark is allowed. Rows
/// that cannot be read at all (wrong number of fields, a required column missing from the header) are counted and
/// rejected here; the others are given to the caller, which counts them. A file that stops being readable part way
/// (bytes that are not UTF-8, an I/O error) is one issue, and its rows up to there stay read.
/// </summary>
/// <remarks>
/// The reader is pulled (<see cref="MoveNext"/>), so that the table set can walk several files side by side, child by
/// child (decision NJ6); <see cref="Read"/> walks one file to its end.
/// </remarks>
internal sealed class CsvTableReader : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly CsvTableSpec _spec;
    private readonly IssueLog _log;
    private readonly ReadTally _tally;
    private StreamReader? _text;
    private SepReader? _reader;
    private CsvRecord? _record;
    private string? _refusal;
    private int _columns;
    private bool _ownsStream;

    private CsvTableReader(Stream stream, CsvTableSpec spec, IssueLog log, ReadTally tally)
    {
        _stream = stream;
        _spec = spec;
        _log = log;
        _tally = tally;
    }

    /// <summary>The row the reader stands on, after <see cref="MoveNext"/> returned <see langword="true"/>.</summary>
    internal CsvRecord Current => _record!;

    /// <summary>Reads the whole file, handing each readable row to <paramref name="onRow"/>.</summary>
    internal static void Read(Stream stream, CsvTableSpec spec, IssueLog log, ReadTally tally, Action<CsvRecord> onRow)
    {
        using var reader = Open(stream, spec, log, tally);
        while (reader.MoveNext())
        {
            onRow(reader.Current);
        }
    }

    /// <summary>Opens the file and reads its header (reporting its unknown, missing and doubled columns).</summary>
    /// <param name="stream">The file (left open: the caller disposes it).</param>
    /// <param name="spec">The file's layout.</param>
    /// <param name="log">Where the file's issues go.</param>
    /// <param name="tally">Where the rows refused here are counted.</param>
    /// <returns>The reader, before its first row.</returns>
    internal static CsvTableReader Open(Stream stream, CsvTableSpec spec, IssueLog log, ReadTally tally)
    {
        var reader = new CsvTableReader(stream, spec, log, tally);
        try
        {
            reader.ReadHeader();
        }
        catch (Exception exception) when (reader.Stopped(exception))
        {
        }

        return reader;
    }

    /// <summary>
    /// Opens the file at <paramref name="path"/> (disposed with the reader) and reads its header; <see langword="null"/>,
    /// with the issue in <paramref name="log"/>, when the file cannot be opened.
    /// </summary>
    internal static CsvTableReader? OpenFile(string path, CsvTableSpec spec, IssueLog log, ReadTally tally)
    {
        var opened = Files.OpenRead(path);
        if (opened.TryPickT1(out var issue, out var stream))
        {
            log.Add(issue);
            return null;
        }

        var reader = Open(stream, spec, log, tally);
        reader._ownsStream = true;
        return reader;
    }

    /// <summary>Moves to the next readable row; <see langword="false"/> at the end of the file (or where it stopped being readable).</summary>
    internal bool MoveNext()
    {
        if (_reader is null)
        {
            return false;
        }

        try
        {
            return NextRow();
        }
        catch (Exception exception) when (Stopped(exception))
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader?.Dispose();
        _text?.Dispose();
        _reader = null;
        _text = null;
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private void ReadHeader()
    {
        var file = _spec.FileName;

        // Bytes that are not UTF-8 are refused, as the JSON reader refuses them, rather than replaced silently (IX-R2).
        _text = new StreamReader(_stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var reader = Sep.New(',')
            .Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
            .From(_text);
        if (reader.Header.IsEmpty)
        {
            reader.Dispose();
            _log.Error(IssueCodes.EmptyFile, InputLocation.Csv(file), null, $"{file} is empty: it must start with the header line {_spec.ExpectedHeader}");
            return;
        }

        var names = reader.Header.ColNames;
        var canonical = names.Select(_spec.Canonical).ToArray();
        _refusal = CheckHeader(_spec, names, canonical, _log);
        var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < canonical.Length; i++)
        {
            columnIndex.TryAdd(canonical[i], i);
        }

        // Fields are read by their JSON name: map each straight to its cell once per file, not twice per field read.
        var fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in _spec.Columns)
        {
            if (columnIndex.TryGetValue(column.Name, out var index))
            {
                fieldIndex[column.Field] = index;
            }
        }

        _columns = names.Count;
        _record = new CsvRecord(_spec, fieldIndex, names.Count, _log);
        _reader = reader;
    }

    private bool NextRow()
    {
        var reader = _reader!;
        while (reader.MoveNext())
        {
            var row = reader.Current;
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue;
            }

            var line = row.LineNumberFrom;
            if (_refusal is not null)
            {
                _tally.See(_spec.Kind);
                _tally.Reject(_spec.Kind, _refusal);
                continue;
            }

            if (row.ColCount != _columns)
            {
                _log.Error(
                    IssueCodes.WrongFieldCount,
                    InputLocation.Csv(_spec.FileName, line),
                    null,
                    $"The line has {row.ColCount} field(s); the header has {_columns}.");
                _tally.See(_spec.Kind);
                _tally.Reject(_spec.Kind, IssueCodes.WrongFieldCount);
                continue;
            }

            _record!.Load(row, line);
            return true;
        }

        Dispose();
        return false;
    }

    /// <summary>
    /// Whether <paramref name="exception"/> means the file cannot be read (further): if so it is reported as one issue
    /// and the reader ends; any other exception is a defect and goes on up.
    /// </summary>
    private bool Stopped(Exception exception)
    {
        var file = _spec.FileName;
        switch (exception)
        {
            case ArgumentException when DuplicateColumn(_stream) is { } duplicate:
                Dispose();
                _log.Error(
                    IssueCodes.DuplicateColumn,
                    InputLocation.Csv(file, 1, duplicate),
                    duplicate,
                    $"The column '{duplicate}' appears more than once in the header; the header of {file} is: {_spec.ExpectedHeader}");
                return true;
            case DecoderFallbackException fallback:
                Dispose();
                var bytes = fallback.BytesUnknown is { Length: > 0 } unknown ? " (bytes " + Convert.ToHexString(unknown) + ")" : string.Empty;
                _log.Error(
                    IssueCodes.ReadFailed,
                    InputLocation.Csv(file),
                    null,
                    $"{file} is not UTF-8 text{bytes}, so it was not read: save it as CSV UTF-8 (Excel: 'CSV UTF-8 (Comma delimited)').");
                return true;
            case IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException or NotSupportedException:
                Dispose();
                _log.Error(IssueCodes.ReadFailed, InputLocation.Csv(file), null, $"{file} could not be read: {exception.Message}");
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Reports unknown, missing and doubled columns; returns the issue code that refuses every row (a required column
    /// missing, or an own id given under both its names), or <see langword="null"/> when the rows can be read.
    /// </summary>
    private static string? CheckHeader(CsvTableSpec spec, IReadOnlyList<string> names, IReadOnlyList<string> canonical, IssueLog log)
    {
        var file = spec.FileName;
        string? refusal = null;
        foreach (var column in spec.Columns.Where(c => c.Alias is not null && names.Contains(c.Name, StringComparer.Ordinal) && names.Contains(c.Alias, StringComparer.Ordinal)))
        {
            log.Error(
                IssueCodes.DuplicateColumn,
                InputLocation.Csv(file, 1, column.Alias),
                column.Alias,
                $"The columns '{column.Alias}' and '{column.Name}' both give the record's own id; keep one of them, so no line of {file} is read; the header of {file} is: {spec.ExpectedHeader}");
            refusal = IssueCodes.DuplicateColumn;
        }

        foreach (var name in names)
        {
            if (spec.Column(name) is null)
            {
                log.Error(
                    IssueCodes.UnknownColumn,
                    InputLocation.Csv(file, 1, name),
                    name,
                    $"Unknown column '{name}' (it is ignored); the header of {file} is: {spec.ExpectedHeader}");
            }
        }

        foreach (var column in spec.Columns.Where(c => c.Required && !canonical.Contains(c.Name, StringComparer.Ordinal)))
        {
            log.Error(
                IssueCodes.MissingColumn,
                InputLocation.Csv(file, 1, column.Name),
                null,
                $"The required column '{column.Name}' is missing, so no line of {file} can be read{Hint(column.Name, names)}; the header of {file} is: {spec.ExpectedHeader}");
            refusal ??= IssueCodes.MissingColumn;
        }

        return refusal;
    }

    /// <summary>Why a required column may look missing: a near miss in case or spaces, or another delimiter.</summary>
    private static string Hint(string column, IReadOnlyList<string> names)
    {
        if (names.FirstOrDefault(n => string.Equals(n.Trim(), column, StringComparison.OrdinalIgnoreCase)) is { } near)
        {
            return $" ('{near}' differs from it in case or spaces: column names are lower case, with no spaces around the commas)";
        }

        if (names.Count == 1 && names[0].IndexOfAny([';', '\t', '|']) is var at and >= 0)
        {
            return $" (the header is separated by '{(names[0][at] == '\t' ? "\\t" : new string(names[0][at], 1))}': the table set is comma-separated)";
        }

        return string.Empty;
    }

    private static string? DuplicateColumn(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        stream.Position = 0;
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var header = text.ReadLine() ?? string.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return header.Split(',').Select(n => n.Trim('"')).FirstOrDefault(n => !seen.Add(n));
    }
}
