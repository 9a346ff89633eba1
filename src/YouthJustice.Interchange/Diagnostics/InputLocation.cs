using System.Text;

namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// Where in the input an <see cref="InputIssue"/> was found: a JSON path (<c>children[3].ete[0].hoursOffered</c>),
/// a CSV file with its line and column (<c>ete.csv, line 4, column hours_offered</c>), or a position in a document
/// that could not be parsed (<c>line 12, byte 5</c>).
/// </summary>
/// <remarks>Equality is by value: two locations are equal when every part is equal.</remarks>
public sealed record InputLocation
{
    private InputLocation(string? path, string? file, long? line, string? column, long? bytePositionInLine)
    {
        Path = path;
        File = file;
        Line = line;
        Column = column;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The whole input (a document or a folder), when no finer place applies.</summary>
    public static InputLocation Document { get; } = new(null, null, null, null, null);

    /// <summary>The JSON path of the item or field, <c>children[3].ete[0].hoursOffered</c>; <see langword="null"/> for CSV.</summary>
    public string? Path { get; }

    /// <summary>The file name (<c>ete.csv</c>), when the input is a CSV table set or a named document.</summary>
    public string? File { get; }

    /// <summary>The 1-based line number, when known.</summary>
    public long? Line { get; }

    /// <summary>The CSV column name (<c>hours_offered</c>), when the issue is about one column.</summary>
    public string? Column { get; }

    /// <summary>The 0-based byte position within <see cref="Line"/> at which a JSON document stopped parsing.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>A location in a JSON document given by its path.</summary>
    /// <param name="path">The JSON path, <c>children[3].ete[0].hoursOffered</c>; empty for the root.</param>
    /// <returns>The location.</returns>
    public static InputLocation Json(string path) => new(path, null, null, null, null);

    /// <summary>A position in a JSON document that could not be parsed.</summary>
    /// <param name="path">The JSON path of the item being read when parsing stopped (may be empty).</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="bytePositionInLine">The 0-based byte position in that line.</param>
    /// <returns>The location.</returns>
    public static InputLocation JsonPosition(string path, long? line, long? bytePositionInLine)
        => new(path, null, line, null, bytePositionInLine);

    /// <summary>A place in a CSV file.</summary>
    /// <param name="file">The file name, <c>ete.csv</c>.</param>
    /// <param name="line">The 1-based line number, or <see langword="null"/> for the file as a whole.</param>
    /// <param name="column">The column name, or <see langword="null"/> for the whole line.</param>
    /// <returns>The location.</returns>
    public static InputLocation Csv(string file, long? line = null, string? column = null)
        => new(null, file, line, column, null);

    /// <summary>The location as a person reads it: <c>children[3].ete[0].hoursOffered</c>,
    /// <c>ete.csv, line 4, column hours_offered</c>, <c>children[5] (line 40, byte 12)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (File is null && Path is null)
        {
            return "the document";
        }

        if (File is null)
        {
            var position = Line is { } jsonLine
                ? string.Create(CultureInfo.InvariantCulture, $"line {jsonLine}, byte {BytePositionInLine ?? 0}")
                : null;
            return (Path!.Length, position) switch
            {
                (_, null) => Path.Length == 0 ? "the document" : Path,
                (0, _) => position,
                _ => $"{Path} ({position})",
            };
        }

        var text = new StringBuilder(File);
        if (Line is { } line)
        {
            text.Append(", line ").Append(line.ToString(CultureInfo.InvariantCulture));
        }

        if (Column is not null)
        {
            text.Append(", column ").Append(Column);
        }

        return text.ToString();
    }
}
