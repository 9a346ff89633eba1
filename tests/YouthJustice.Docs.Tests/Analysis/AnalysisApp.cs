using System.Globalization;
using System.Text.RegularExpressions;

namespace YouthJustice.Docs.Tests.Analysis;

/// <summary>A cell of an analysis: Markdown text, or C# code.</summary>
internal sealed record AnalysisCell(bool IsCode, string Source);

/// <summary>
/// An analysis in docs/analysis as a C# file-based app, read as cells. The app's layout (the "percent" format that
/// Jupytext and VS Code also read): the <c>#:property</c> and <c>#:package</c> directives first, then cells, each
/// opened by <c>// %%</c> (code) or <c>// %% [markdown]</c> (Markdown written as <c>//</c> comments).
/// The notebook of the app has one code cell first that loads the packages (<c>#r "nuget: Name, version"</c>, one per
/// <c>#:package</c> line, with the <c>#:property</c> values put in), then the app's cells, in order and unchanged.
/// </summary>
internal sealed partial class AnalysisApp
{
    private AnalysisApp(IReadOnlyList<(string Name, string Version)> packages, IReadOnlyList<AnalysisCell> cells)
    {
        Packages = packages;
        Cells = cells;
    }

    /// <summary>The packages the app names, versions resolved.</summary>
    public IReadOnlyList<(string Name, string Version)> Packages { get; }

    /// <summary>The app's cells after its directives.</summary>
    public IReadOnlyList<AnalysisCell> Cells { get; }

    /// <summary>The notebook's cells: the package cell, then the app's cells.</summary>
    public IReadOnlyList<AnalysisCell> NotebookCells =>
        [new AnalysisCell(true, string.Join("\n", Packages.Select(p => $"#r \"nuget: {p.Name}, {p.Version}\""))), .. Cells];

    /// <summary>The app's code, cell by cell joined by a blank line: what the notebook's code cells must add up to.</summary>
    public string Code => string.Join("\n\n", Cells.Where(c => c.IsCode).Select(c => c.Source));

    public static AnalysisApp Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var packages = new List<(string, string)>();
        var i = 0;
        for (; i < lines.Length && !lines[i].StartsWith("// %%", StringComparison.Ordinal); i++)
        {
            var line = lines[i];
            if (line.StartsWith("#:property ", StringComparison.Ordinal))
            {
                var pair = line["#:property ".Length..].Split('=', 2);
                properties[pair[0].Trim()] = pair[1].Trim();
            }
            else if (line.StartsWith("#:package ", StringComparison.Ordinal))
            {
                var pair = line["#:package ".Length..].Split('@', 2);
                var version = PropertyReference().Replace(pair[1].Trim(), m => properties[m.Groups[1].Value]);
                packages.Add((pair[0].Trim(), version));
            }
            else if (line.Trim().Length != 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {i + 1}: only #:property and #:package lines may come before the first cell, found '{line}'"));
            }
        }

        var cells = new List<AnalysisCell>();
        while (i < lines.Length)
        {
            var isCode = lines[i].Trim() == "// %%";
            if (!isCode && lines[i].Trim() != "// %% [markdown]")
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {i + 1}: a cell opens with '// %%' or '// %% [markdown]', found '{lines[i]}'"));
            }

            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("// %%", StringComparison.Ordinal); i++)
            {
                body.Add(isCode ? lines[i] : MarkdownLine(lines[i], i));
            }

            while (body.Count > 0 && body[^1].Trim().Length == 0)
            {
                body.RemoveAt(body.Count - 1);
            }

            cells.Add(new AnalysisCell(isCode, string.Join("\n", body)));
        }

        return new AnalysisApp(packages, cells);
    }

    private static string MarkdownLine(string line, int index) =>
        line.Trim().Length == 0 ? "" :
        line == "//" ? "" :
        line.StartsWith("// ", StringComparison.Ordinal) ? line[3..] :
        throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {index + 1}: a Markdown cell's lines start with '// ', found '{line}'"));

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex PropertyReference();
}
