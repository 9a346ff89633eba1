using YouthJustice.Interchange.Formats;

namespace YouthJustice.Cli.Input;

/// <summary>
/// The formats <c>--input-format</c> names, and how <c>auto</c> tells them apart from the input itself (decision YJ-8):
/// a folder is a CSV table set; a file is read as far as its first top-level fields: a <c>documents</c> list (or a
/// <c>yjaf-case-level/1</c> schema followed by it) is a YJAF document, <c>children</c> or the
/// <c>youthjustice-caselevel/1</c> schema our own document, a first object with a <c>ypid</c>, or a first object
/// followed by another, YJAF lines; a <c>.ndjson</c>/<c>.jsonl</c> name is YJAF lines.
/// </summary>
internal static class InputFormat
{
    internal const string Auto = "auto";
    internal const string Json = "json";
    internal const string Csv = "csv";
    internal const string Yjaf = "yjaf";
    internal const string YjafLines = "yjaf-ndjson";

    internal static readonly string[] All = [Auto, Json, Csv, Yjaf, YjafLines];

    /// <summary>The format of the file at <paramref name="path"/>: <see cref="Json"/>, <see cref="Yjaf"/> or <see cref="YjafLines"/> (<see cref="ServiceFormat.Detect"/>).</summary>
    internal static string DetectFile(string path) => ServiceFormat.Detect(path).ShortName;

    /// <summary>The library's format named by <paramref name="name"/> (not <see cref="Auto"/>).</summary>
    internal static ServiceFormat Of(string name)
        => ServiceFormat.List.Single(f => string.Equals(f.ShortName, name, StringComparison.Ordinal));
}
