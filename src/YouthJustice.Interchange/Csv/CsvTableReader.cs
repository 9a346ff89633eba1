using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using nietras.SeparatedValues;
using YouthJustice.Interchange.Diagnostics;

namespace YouthJustice.Interchange.Csv;

/// <summary>
/// Reads one CSV file of the table set with Sep: checks the header against the file's layout, then hands over each
/// data row as a <see cref="CsvRecord"/>. Blank lines are skipped; a UTF-8 byte order mark is allowed. Every data
/// row is counted as seen; rows that cannot be read at all (wrong number of fields, a required column missing from
/// the header) are rejected here, the others are accepted or rejected by the caller.
/// </summary>
internal static class CsvTableReader
{
    internal static void Read(Stream stream, CsvTableSpec spec, IssueLog log, ReadTally tally, Action<CsvRecord> onRow)
    {
        var file = spec.FileName;
        try
        {
            using var reader = Sep.New(',')
                .Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
                .From(stream, leaveOpen: true);
            if (reader.Header.IsEmpty)
            {
                log.Error(IssueCodes.EmptyFile, InputLocation.Csv(file), null, $"{file} is empty: it must start with the header line {spec.ExpectedHeader}");
                return;
            }

            var names = reader.Header.ColNames;
            var usable = CheckHeader(spec, names, log);
            var columnIndex = names.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
            foreach (var row in reader)
            {
                if (row.ColCount == 1 && row[0].Span.IsEmpty)
                {
                    continue;
                }

                tally.See(spec.Kind);
                var line = row.LineNumberFrom;
                if (!usable)
                {
                    tally.Reject(spec.Kind, IssueCodes.MissingColumn);
                    continue;
                }

                if (row.ColCount != names.Count)
                {
                    log.Error(
                        IssueCodes.WrongFieldCount,
                        InputLocation.Csv(file, line),
                        null,
                        $"The line has {row.ColCount} field(s); the header has {names.Count}.");
                    tally.Reject(spec.Kind, IssueCodes.WrongFieldCount);
                    continue;
                }

                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                }

                onRow(new CsvRecord(spec, columnIndex, cells, line, log, null));
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
        catch (Exception exception) when (exception is IOException or InvalidDataException or ArgumentException or DecoderFallbackException or UnauthorizedAccessException or NotSupportedException)
        {
            log.Error(IssueCodes.ReadFailed, InputLocation.Csv(file), null, $"{file} could not be read: {exception.Message}");
        }
    }

    /// <summary>Reports unknown and missing columns; false when a required column is missing (no row can be read).</summary>
    private static bool CheckHeader(CsvTableSpec spec, IReadOnlyList<string> names, IssueLog log)
    {
        var file = spec.FileName;
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

        var usable = true;
        foreach (var column in spec.Columns.Where(c => c.Required && !names.Contains(c.Name, StringComparer.Ordinal)))
        {
            log.Error(
                IssueCodes.MissingColumn,
                InputLocation.Csv(file, 1, column.Name),
                null,
                $"The required column '{column.Name}' is missing, so no line of {file} can be read; the header of {file} is: {spec.ExpectedHeader}");
            usable = false;
        }

        return usable;
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
