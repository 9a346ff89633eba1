using Ardalis.SmartEnum;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Kpi;

namespace YouthJustice.Interchange.Formats;

/// <summary>
/// The shapes a service's case-level data are read from: our JSON document and CSV table set (interchange.md), and the
/// YJB's own case-level shape as a JSON document of child documents or one child document per line
/// (spec/yjaf-case-level.md; docs/interchange-yjaf.md). <see cref="Detect"/> tells them apart from the input itself
/// (decision YJ-8).
/// </summary>
public sealed class ServiceFormat : SmartEnum<ServiceFormat>
{
    /// <summary>Our case-level JSON document (<c>youthjustice-caselevel/1</c>).</summary>
    public static readonly ServiceFormat CaseLevelJson = new(nameof(CaseLevelJson), 1, "json", isFolder: false, static path => CaseLevelJsonReader.ReadFile(path), static path => CaseLevelJsonReader.ReadPreparedFile(path));

    /// <summary>Our CSV table set: a folder holding <c>children.csv</c> and the other tables.</summary>
    public static readonly ServiceFormat CaseLevelCsv = new(nameof(CaseLevelCsv), 2, "csv", isFolder: true, static path => CaseLevelCsvReader.ReadFolder(path), static path => CaseLevelCsvReader.ReadFolderPrepared(path));

    /// <summary>A YJAF-shaped JSON document: a <c>documents</c> list of child documents.</summary>
    public static readonly ServiceFormat YjafDocument = new(nameof(YjafDocument), 3, "yjaf", isFolder: false, static path => YjafReader.ReadFile(path), null);

    /// <summary>YJAF-shaped lines: one child document per line (<c>.ndjson</c>), after an optional service line.</summary>
    public static readonly ServiceFormat YjafLines = new(nameof(YjafLines), 4, "yjaf-ndjson", isFolder: false, static path => YjafReader.ReadNdjsonFile(path), null);

    /// <summary>How many bytes of a file are looked at to tell its format.</summary>
    private const int Peek = 64 * 1024;

    private readonly Func<string, ReadResult<ServiceData>> _read;
    private readonly Func<string, ReadResult<PreparedService>>? _readPrepared;

    private ServiceFormat(string name, int value, string shortName, bool isFolder, Func<string, ReadResult<ServiceData>> read, Func<string, ReadResult<PreparedService>>? readPrepared)
        : base(name, value)
    {
        ShortName = shortName;
        IsFolder = isFolder;
        _read = read;
        _readPrepared = readPrepared;
    }

    /// <summary>The name the <c>yj</c> tool's <c>--input-format</c> uses (<c>json</c>, <c>csv</c>, <c>yjaf</c>, <c>yjaf-ndjson</c>).</summary>
    public string ShortName { get; }

    /// <summary>Whether an input of this format is a folder (a CSV table set) rather than a file.</summary>
    public bool IsFolder { get; }

    /// <summary>
    /// The format of the input at <paramref name="path"/>: a folder is a CSV table set; a <c>.ndjson</c>/<c>.jsonl</c>
    /// name is YJAF lines; otherwise the file is read as far as its first top-level fields: a <c>documents</c> list (or
    /// the <c>yjaf-case-level/1</c> schema with one object) is a YJAF document; <c>children</c> or our schema is our
    /// document; a first object with a <c>ypid</c>, or a second top-level object, is YJAF lines; anything else (a file
    /// that cannot be read, not JSON) is taken as our document, whose reader then says what is wrong with it.
    /// </summary>
    /// <param name="path">A file or folder.</param>
    /// <returns>The format.</returns>
    public static ServiceFormat Detect(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            return CaseLevelCsv;
        }

        var extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase) || extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return YjafLines;
        }

        byte[] head;
        try
        {
            using var stream = File.OpenRead(path);
            head = new byte[(int)Math.Min(Peek, stream.Length)];
            stream.ReadExactly(head);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return CaseLevelJson;
        }

        return DetectJson(head);
    }

    /// <summary>The format of a JSON file from its first bytes (see <see cref="Detect"/>).</summary>
    /// <param name="head">The first bytes of the file (up to 64 KiB are enough).</param>
    /// <returns><see cref="CaseLevelJson"/>, <see cref="YjafDocument"/> or <see cref="YjafLines"/>.</returns>
    public static ServiceFormat DetectJson(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var reader = new Utf8JsonReader(head, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }));
        var yjafSchema = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    var rest = head[(int)reader.BytesConsumed..];
                    return rest.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty && !yjafSchema ? CaseLevelJson : YjafLines;
                }

                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                if (reader.ValueTextEquals("documents"u8))
                {
                    return YjafDocument;
                }

                if (reader.ValueTextEquals("children"u8))
                {
                    return CaseLevelJson;
                }

                if (reader.ValueTextEquals("ypid"u8))
                {
                    return YjafLines;
                }

                if (reader.ValueTextEquals("schema"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    if (reader.ValueTextEquals("yjaf-case-level/1"u8))
                    {
                        yjafSchema = true;
                    }
                    else
                    {
                        return CaseLevelJson;
                    }
                }
            }
        }
        catch (JsonException)
        {
            return yjafSchema ? YjafDocument : CaseLevelJson;
        }

        return yjafSchema ? YjafDocument : CaseLevelJson;
    }

    /// <summary>Reads the service at <paramref name="path"/> in this format.</summary>
    /// <param name="path">The file, or the folder of a CSV table set.</param>
    /// <returns>The service, every item accounted for.</returns>
    public ReadResult<ServiceData> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return _read(path);
    }

    /// <summary>
    /// Reads the service at <paramref name="path"/> in this format straight into the KPI engine's layout, keeping no
    /// records (<see cref="PreparedService.HasCaseData"/> is false; decision NJ5): the same issues, counts and returns as
    /// <see cref="Read"/> and <see cref="KpiEngine.Prepare"/>. Our JSON and CSV are laid out child by child as they are
    /// read; the YJB's shape is read whole first, since a child's latest document may come last (decision YJ-1).
    /// </summary>
    /// <param name="path">The file, or the folder of a CSV table set.</param>
    /// <returns>The prepared service, every item accounted for.</returns>
    public ReadResult<PreparedService> ReadPrepared(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (_readPrepared is not null)
        {
            return _readPrepared(path);
        }

        var read = _read(path);
        var builder = new PreparedServiceBuilder();
        foreach (var child in read.Value.Children)
        {
            builder.Add(child);
        }

        var data = read.Value;
        return new ReadResult<PreparedService>(builder.Build(data.Code, data.Name, data.Populations, data.BoardAttendance), read.Issues, read.Summary);
    }
}
