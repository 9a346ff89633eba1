using YouthJustice.Interchange.Json;

namespace YouthJustice.Interchange.Returns;

/// <summary>
/// Reads a KPI return (<c>"schema": "youthjustice-kpi-return/1"</c>), such as a vendor's figures to compare with
/// YouthJustice's, or a conformance deck's expected figures. Never throws on bad input; measures, exclusions and
/// per-child entries are streamed and each bad one is reported with its path and rejected, the rest kept. A value
/// that does not match its numerator and denominator is a warning (<c>IX-RET-001</c>).
/// </summary>
public static class KpiReturnJsonReader
{
    /// <summary>Reads a return from a stream (UTF-8). The stream is not closed.</summary>
    /// <param name="stream">The document.</param>
    /// <returns>The return, or <see langword="null"/> when its header (schema, service, quarter, definitions, cohort size)
    /// is unusable; every issue; the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ReadResult<KpiReturnDocument?> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var handler = new KpiReturnJsonHandler();
        new JsonStreamScanner(stream).Scan(handler);
        return handler.Result();
    }

    /// <summary>Reads a return from a file; a file that does not exist or cannot be opened is reported, not thrown.</summary>
    /// <param name="path">The file.</param>
    /// <returns>As <see cref="Read(Stream)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ReadResult<KpiReturnDocument?> ReadFile(string path)
    {
        return Files.Read(path, Read, issue => new ReadResult<KpiReturnDocument?>(null, [issue], new ReadSummary([], 1, 0)));
    }
}
