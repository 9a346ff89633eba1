using YouthJustice.Domain.Services;
using YouthJustice.Kpi;

namespace YouthJustice.Interchange.Json;

/// <summary>
/// Reads a case-level JSON document (<c>"schema": "youthjustice-caselevel/1"</c>, spec/interchange.md) into a
/// service's data. The document is streamed: one child object is held in memory at a time, so a document of a
/// million children needs memory for the result, not for the text.
/// </summary>
/// <remarks>
/// <para>Never throws on bad input. Every malformed item is reported as an <see cref="InputIssue"/> with its JSON path
/// (<c>children[3].ete[0].hoursOffered</c>), the value and the reason; the rest of the document is still read, and the
/// <see cref="ReadSummary"/> accounts for every item seen.</para>
/// <para>Strict where it matters: the schema must be exactly <see cref="Schema"/> (otherwise nothing is read); dates
/// are ISO <c>yyyy-MM-dd</c>, with <c>null</c> and <c>1900-01-01</c> meaning no date; enumerations accept the
/// interchange names (case-sensitive) and YJB codes only. An invalid record (one bad ETE period) is rejected alone and
/// the child kept; a child whose id, date of birth, sex or ethnicity is unusable is rejected with all its records
/// (docs/decisions.md IX1). Properties the format does not define are ignored with a warning.</para>
/// </remarks>
public static class CaseLevelJsonReader
{
    /// <summary>The schema this reader reads: <c>youthjustice-caselevel/1</c>.</summary>
    public const string Schema = "youthjustice-caselevel/1";

    /// <summary>The default limit on the size of one child object (and of any other single item): 16 MiB.</summary>
    public const int DefaultMaxItemBytes = JsonStreamScanner.DefaultMaxElementBytes;

    /// <summary>Reads a document from a stream (UTF-8, with or without a byte order mark). The stream is not closed.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="maxItemBytes">The largest one child object may be; a larger one is skipped and reported.</param>
    /// <returns>The service's data (without rejected items), every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ReadResult<ServiceData> Read(Stream stream, int maxItemBytes = DefaultMaxItemBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItemBytes, 1024);
        var handler = new CaseLevelJsonHandler();
        new JsonStreamScanner(stream, maxItemBytes).Scan(handler);
        return handler.Result();
    }

    /// <summary>
    /// Reads a document as <see cref="Read"/> does, and lays each child out for the KPI engine as soon as it is read,
    /// keeping no records (<see cref="PreparedService.HasCaseData"/> is false; decision NJ5): the same issues, counts and
    /// returns, in memory that holds the engine's rows rather than the service's objects.
    /// </summary>
    /// <param name="stream">The document.</param>
    /// <param name="maxItemBytes">The largest one child object may be; a larger one is skipped and reported.</param>
    /// <returns>The prepared service (without rejected items), every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ReadResult<PreparedService> ReadPrepared(Stream stream, int maxItemBytes = DefaultMaxItemBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItemBytes, 1024);
        var handler = new CaseLevelJsonHandler(new PreparedServiceBuilder());
        new JsonStreamScanner(stream, maxItemBytes).Scan(handler);
        return handler.PreparedResult();
    }

    /// <summary>Reads a document from a file as <see cref="ReadPrepared"/> does. A file that cannot be opened is reported, not thrown.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxItemBytes">The largest one child object may be; a larger one is skipped and reported.</param>
    /// <returns>The prepared service (without rejected items), every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ReadResult<PreparedService> ReadPreparedFile(string path, int maxItemBytes = DefaultMaxItemBytes)
        => Files.Read(path, s => ReadPrepared(s, maxItemBytes), Files.FailedPrepared);

    /// <summary>Reads a document from a file. A file that does not exist or cannot be opened is reported, not thrown.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxItemBytes">The largest one child object may be; a larger one is skipped and reported.</param>
    /// <returns>The service's data (without rejected items), every issue and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ReadResult<ServiceData> ReadFile(string path, int maxItemBytes = DefaultMaxItemBytes)
    {
        return Files.ReadService(path, s => Read(s, maxItemBytes));
    }
}
