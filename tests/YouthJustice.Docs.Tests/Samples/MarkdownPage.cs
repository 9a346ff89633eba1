using System.Text.RegularExpressions;

namespace YouthJustice.Docs.Tests.Samples;

/// <summary>A C# sample of a page: the text of one <c>```csharp</c> block and the line it starts on.</summary>
internal sealed record CodeBlock(int Line, string Code);

/// <summary>
/// A Markdown page of the documentation, read for its C# samples: every fenced <c>```csharp</c> block, the checks
/// written beside them as <c>&lt;!-- check: EXPRESSION --&gt;</c> (a C# condition on the samples' variables that must
/// be true after they run), and whether the page says <c>&lt;!-- samples: compile only --&gt;</c> (its samples read
/// files the test does not have).
/// </summary>
internal sealed partial class MarkdownPage
{
    private MarkdownPage(string path, IReadOnlyList<CodeBlock> blocks, IReadOnlyList<CodeBlock> checks, bool compileOnly)
    {
        Path = path;
        Blocks = blocks;
        Checks = checks;
        CompileOnly = compileOnly;
    }

    /// <summary>The page's path, relative to the repository root, with forward slashes.</summary>
    public string Path { get; }

    public IReadOnlyList<CodeBlock> Blocks { get; }

    public IReadOnlyList<CodeBlock> Checks { get; }

    public bool CompileOnly { get; }

    public static MarkdownPage Read(string root, string relativePath)
    {
        var lines = File.ReadAllLines(System.IO.Path.Combine(root, relativePath));
        var blocks = new List<CodeBlock>();
        var checks = new List<CodeBlock>();
        var compileOnly = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.StartsWith("```csharp", StringComparison.Ordinal))
            {
                var start = i + 1;
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("```", StringComparison.Ordinal); i++)
                {
                    code.Add(lines[i]);
                }

                blocks.Add(new CodeBlock(start + 1, string.Join("\n", code)));
            }
            else if (Check().Match(trimmed) is { Success: true } check)
            {
                checks.Add(new CodeBlock(i + 1, check.Groups[1].Value.Trim()));
            }
            else if (trimmed == "<!-- samples: compile only -->")
            {
                compileOnly = true;
            }
        }

        return new MarkdownPage(relativePath.Replace('\\', '/'), blocks, checks, compileOnly);
    }

    /// <summary>Every Markdown page of the repository's documentation that has a C# sample: README.md and docs/.</summary>
    public static IEnumerable<string> WithSamples(string root) =>
        new[] { "README.md" }
            .Concat(Directory.GetFiles(System.IO.Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
                .Select(p => System.IO.Path.GetRelativePath(root, p).Replace('\\', '/'))
                .Where(p => !p.StartsWith("docs/api/", StringComparison.Ordinal)))
            .Where(p => Read(root, p).Blocks.Count > 0)
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"^<!--\s*check:(.*)-->$")]
    private static partial Regex Check();
}
