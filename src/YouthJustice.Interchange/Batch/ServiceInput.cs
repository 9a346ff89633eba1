namespace YouthJustice.Interchange.Batch;

/// <summary>
/// One service's case-level input in a national job's folder: a JSON document (<c>YJS01.json</c>) or a CSV table set
/// (a folder holding <c>children.csv</c>), as <c>yj sample --services</c> writes them.
/// </summary>
/// <param name="Path">The file or folder.</param>
/// <param name="IsCsv">Whether it is a CSV table set (a folder); otherwise a JSON document.</param>
public sealed record ServiceInput(string Path, bool IsCsv)
{
    /// <summary>
    /// The services in a folder, in ordinal order of their names: each <c>*.json</c> file and each sub-folder (a CSV table
    /// set; one without <c>children.csv</c> is still a service, whose read then says so, rather than being left out
    /// silently). Any other file is not a service and is left out (see <paramref name="skipped"/>).
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
            else if (entry.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                inputs.Add(new ServiceInput(entry, IsCsv: false));
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
