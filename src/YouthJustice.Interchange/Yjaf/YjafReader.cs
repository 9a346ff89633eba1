using System.Text;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Json;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>
/// Reads the YJB's own case-level shape, the child documents a case-management system sends to YJAF
/// (spec/yjaf-case-level.md; docs/interchange-yjaf.md), into a service's data: a JSON document
/// (<see cref="Read"/>) whose <c>documents</c> list holds one child document each, or the newline-delimited variant
/// (<see cref="ReadNdjson"/>) with one child document per line. A child document is a header (<c>ypid</c>,
/// <c>yotoucode</c>, <c>return_start_date</c>, <c>return_end_date</c>, <c>deleted</c> ...) and its typed
/// <c>items</c> (<c>{"document_item_type": "offence", "document_item": {...}}</c>).
/// </summary>
/// <remarks>
/// <para>Streamed: one child document is held in memory at a time (with the best document so far of each child).
/// Never throws on bad input; every item is accounted for as the other readers do (accepted, or rejected with its JSON
/// path, value and reason), and the <see cref="ReadSummary"/> also counts the documents
/// (<see cref="InputItemKind.YjafDocument"/>), hearings, links and items our model does not carry.</para>
/// <para>The pipeline's record rules (decision YJ-1): of several documents of one child the latest is used (by return
/// start date, then end date, sign-off date, source return id, then place in the input); the others are left out
/// with a warning (<see cref="IssueCodes.YjafSuperseded"/>). A child whose latest document is marked deleted is left
/// out (<see cref="IssueCodes.YjafDeleted"/>). YJB codes are mapped onto our enumerations (docs/interchange-yjaf.md);
/// <c>1900-01-01</c> means no date.</para>
/// </remarks>
public static class YjafReader
{
    /// <summary>The optional schema of a YJAF-shaped JSON document written by us: <c>yjaf-case-level/1</c>.</summary>
    public const string Schema = "yjaf-case-level/1";

    /// <summary>The default limit on the size of one child document: 16 MiB.</summary>
    public const int DefaultMaxItemBytes = JsonStreamScanner.DefaultMaxElementBytes;

    /// <summary>Reads a YJAF-shaped JSON document from a stream (UTF-8). The stream is not closed.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="maxItemBytes">The largest one child document may be; a larger one is skipped and reported.</param>
    /// <returns>The service's data (the latest document of each child, without rejected items), every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ReadResult<ServiceData> Read(Stream stream, int maxItemBytes = DefaultMaxItemBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItemBytes, 1024);
        var handler = new YjafJsonHandler();
        new JsonStreamScanner(stream, maxItemBytes).Scan(handler);
        return handler.Result();
    }

    /// <summary>Reads a YJAF-shaped JSON document from a file. A file that cannot be opened is reported, not thrown.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxItemBytes">The largest one child document may be.</param>
    /// <returns>The service's data, every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ReadResult<ServiceData> ReadFile(string path, int maxItemBytes = DefaultMaxItemBytes)
    {
        return Files.ReadService(path, s => Read(s, maxItemBytes));
    }

    /// <summary>
    /// Reads newline-delimited YJAF child documents (one JSON object per line; blank lines are skipped) from a stream.
    /// A line may instead hold the service (<c>{"service": {...}, "populations": [...], "boardAttendance": [...]}</c>,
    /// as our writer puts first). A line that is not a JSON object is reported (<see cref="IssueCodes.YjafBadLine"/>)
    /// and the other lines are still read. The stream is not closed.
    /// </summary>
    /// <param name="stream">The lines (UTF-8).</param>
    /// <param name="maxItemBytes">The longest one line may be; a longer one is skipped and reported.</param>
    /// <returns>The service's data, every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ReadResult<ServiceData> ReadNdjson(Stream stream, int maxItemBytes = DefaultMaxItemBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItemBytes, 1024);
        var builder = new YjafServiceBuilder();
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        long number = 0;
        var any = false;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception exception) when (exception is IOException or DecoderFallbackException)
            {
                builder.Log.Error(
                    exception is DecoderFallbackException ? IssueCodes.NotJson : IssueCodes.ReadFailed,
                    InputLocation.JsonPosition(string.Empty, number + 1, null),
                    null,
                    $"The input could not be read from here on: {exception.Message}");
                break;
            }

            if (line is null)
            {
                break;
            }

            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            any = true;
            var path = string.Create(CultureInfo.InvariantCulture, $"line {number}");
            if (line.Length > maxItemBytes)
            {
                builder.Log.Error(IssueCodes.YjafBadLine, InputLocation.JsonPosition(string.Empty, number, null), null, string.Create(CultureInfo.InvariantCulture, $"Line {number} is longer than the limit of {maxItemBytes} bytes for one child document; it was skipped."));
                builder.Unreadable(IssueCodes.YjafBadLine);
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && !root.TryGetProperty(YjafLayout.Ypid, out _)
                    && (root.TryGetProperty(RecordLayout.Service, out _) || root.TryGetProperty(RecordLayout.Populations, out _) || root.TryGetProperty(RecordLayout.BoardAttendance, out _)))
                {
                    ServiceLine(builder, root, path);
                }
                else
                {
                    builder.Document(root, path);
                }
            }
            catch (JsonException exception)
            {
                builder.Log.Error(
                    IssueCodes.YjafBadLine,
                    InputLocation.JsonPosition(string.Empty, number, exception.BytePositionInLine),
                    null,
                    $"Line {number} is not a JSON object: {exception.Message} The line was skipped; the other lines are read.");
                builder.Unreadable(IssueCodes.YjafBadLine);
            }
        }

        if (!any)
        {
            builder.Log.Error(IssueCodes.EmptyDocument, InputLocation.Document, null, "The input has no lines.");
        }

        return builder.Result();
    }

    /// <summary>Reads newline-delimited YJAF child documents from a file. A file that cannot be opened is reported, not thrown.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxItemBytes">The longest one line may be.</param>
    /// <returns>The service's data, every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ReadResult<ServiceData> ReadNdjsonFile(string path, int maxItemBytes = DefaultMaxItemBytes)
    {
        return Files.ReadService(path, s => ReadNdjson(s, maxItemBytes));
    }

    private static void ServiceLine(YjafServiceBuilder builder, JsonElement root, string path)
    {
        foreach (var property in root.EnumerateObject())
        {
            var at = path + "." + property.Name;
            switch (property.Name)
            {
                case RecordLayout.Schema:
                    if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() != Schema)
                    {
                        builder.Log.Warning(IssueCodes.UnknownField, InputLocation.Json(at), property.Value.GetRawText(), $"The schema of a YJAF line is '{Schema}'; this one was ignored.");
                    }

                    break;
                case RecordLayout.Service:
                    builder.Service(property.Value, at);
                    break;
                case RecordLayout.Populations:
                case RecordLayout.BoardAttendance:
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        builder.Log.Error(IssueCodes.WrongType, InputLocation.Json(at), null, $"'{property.Name}' must be a list.");
                        break;
                    }

                    var index = 0;
                    foreach (var element in property.Value.EnumerateArray())
                    {
                        var itemPath = string.Create(CultureInfo.InvariantCulture, $"{at}[{index}]");
                        if (property.Name == RecordLayout.Populations)
                        {
                            builder.Population(element, itemPath);
                        }
                        else
                        {
                            builder.BoardAttendance(element, itemPath);
                        }

                        index++;
                    }

                    break;
                default:
                    builder.Log.Warning(IssueCodes.UnknownField, InputLocation.Json(at), null, $"'{property.Name}' is not a field of the service line; it was ignored.");
                    break;
            }
        }
    }
}
