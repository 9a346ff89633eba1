using YouthJustice.Interchange.Formats;

namespace YouthJustice.Interchange.Batch;

/// <summary>
/// One service's case-level input in a national job's folder: a JSON document (<c>YJS01.json</c>), a CSV table set
/// (a folder holding <c>children.csv</c>), as <c>yj sample --services</c> writes them, or the YJB's own shape, a YJAF
/// document or YJAF lines (<c>YJS01.ndjson</c>).
/// </summary>
/// <param name="Path">The file or folder.</param>
/// <param name="IsCsv">Whether it is a CSV table set (a folder); otherwise a file, read as <see cref="Format"/> says.</param>
public sealed record ServiceInput(string Path, bool IsCsv)
{
    /// <summary>
    /// The format the input is read in: by default our CSV table set when <see cref="IsCsv"/>, else our JSON document;
    /// <see cref="InFolder"/> sets the format it detects (<see cref="ServiceFormat.Detect"/>).
    /// </summary>
    public ServiceFormat Format { get; init; } = IsCsv ? ServiceFormat.CaseLevelCsv : ServiceFormat.CaseLevelJson;

    /// <summary>
    /// The services in a folder, in ordinal order of their names: each <c>*.json</c> file (our document or a YJAF
    /// document, told apart by <see cref="ServiceFormat.Detect"/>), each <c>*.ndjson</c> or <c>*.jsonl</c> file (YJAF
    /// lines) and each sub-folder (a CSV table set; one without <c>children.csv</c> is still a service, whose read then
    /// says so, rather than being left out silently). Any other file is not a service and is left out (see
    /// <paramref name="skipped"/>).
    /// </summary>
    /// <param name="folder">The folder of services.</param>
    /// <param name="skipped">Receives the entries that are neither.</param>
    /// <returns>The services found.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<ServiceInput> InFolder(string folder, out IReadOnlyList<string> skipped)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        var inputs = new List<ServiceInput>();
        var others = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(entry))
            {
                inputs.Add(new ServiceInput(entry, IsCsv: true));
            }
            else if (entry.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                     || entry.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
                     || entry.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                inputs.Add(new ServiceInput(entry, IsCsv: false) { Format = ServiceFormat.Detect(entry) });
            }
            else
            {
                others.Add(entry);
            }
        }

        skipped = others;
        return inputs;
    }
}
