using System.Text;
using nietras.SeparatedValues;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// Reads one CSV file of the table set with Sep: checks the header against the file's layout, then hands over each
/// data row as a <see cref="CsvRecord"/> (the same instance, loaded with each row in turn: the handler reads it and
/// keeps only <see cref="CsvRecord.Detach"/>'s site). Blank lines are skipped; a UTF-8 byte order mark is allowed. Rows that
/// cannot be read at all (wrong number of fields, a required column missing from the header) are counted and
/// rejected here; the others are handed over, and the caller counts them.
/// </summary>
internal static class CsvTableReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static void Read(Stream stream, CsvTableSpec spec, IssueLog log, ReadTally tally, Action<CsvRecord> onRow)
    {
        var file = spec.FileName;
        try
        {
            // Bytes that are not UTF-8 are refused, as the JSON reader refuses them, rather than replaced silently (IX-R2).
            using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
            using var reader = Sep.New(',')
                .Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
                .From(text);
            if (reader.Header.IsEmpty)
            {
                log.Error(IssueCodes.EmptyFile, InputLocation.Csv(file), null, $"{file} is empty: it must start with the header line {spec.ExpectedHeader}");
                return;
            }

            var names = reader.Header.ColNames;
            var canonical = names.Select(spec.Canonical).ToArray();
            var refusal = CheckHeader(spec, names, canonical, log);
            var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < canonical.Length; i++)
            {
                columnIndex.TryAdd(canonical[i], i);
            }

            // Fields are read by their JSON name: map each straight to its cell once per file, not twice per field read.
            var fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var column in spec.Columns)
            {
                if (columnIndex.TryGetValue(column.Name, out var index))
                {
                    fieldIndex[column.Field] = index;
                }
            }
            var record = new CsvRecord(spec, fieldIndex, names.Count, log);
            foreach (var row in reader)
            {
                if (row.ColCount == 1 && row[0].Span.IsEmpty)
                {
                    continue;
                }

                var line = row.LineNumberFrom;
                if (refusal is not null)
                {
                    tally.See(spec.Kind);
                    tally.Reject(spec.Kind, refusal);
                    continue;
                }

                if (row.ColCount != names.Count)
                {
                    log.Error(
                        IssueCodes.WrongFieldCount,
                        InputLocation.Csv(file, line),
                        null,
                        $"The line has {row.ColCount} field(s); the header has {names.Count}.");
                    tally.See(spec.Kind);
                    tally.Reject(spec.Kind, IssueCodes.WrongFieldCount);
                    continue;
                }

                record.Load(row, line);
                onRow(record);
            }
        }
        catch (ArgumentException) when (DuplicateColumn(stream) is { } duplicate)
        {
            log.Error(
                IssueCodes.DuplicateColumn,
                InputLocation.Csv(file, 1, duplicate),
                duplicate,
                $"The column '{duplicate}' appears more than once in the header; the header of {file} is: {spec.ExpectedHeader}");
        }
        catch (DecoderFallbackException exception)
        {
            var bytes = exception.BytesUnknown is { Length: > 0 } unknown ? " (bytes " + Convert.ToHexString(unknown) + ")" : string.Empty;
            log.Error(
                IssueCodes.ReadFailed,
                InputLocation.Csv(file),
                null,
                $"{file} is not UTF-8 text{bytes}, so it was not read: save it as CSV UTF-8 (Excel: 'CSV UTF-8 (Comma delimited)').");
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException or NotSupportedException)
        {
            log.Error(IssueCodes.ReadFailed, InputLocation.Csv(file), null, $"{file} could not be read: {exception.Message}");
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
