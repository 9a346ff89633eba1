using System.Text.RegularExpressions;

namespace YouthJustice.Kpi.Tests.Architecture;

/// <summary>
/// Reads C# source files and finds which room (the first folder under the project; "(root)" for files beside the
/// project file) uses a type declared in another room. A use is a token naming a top-level type of another room, in
/// code (comments, strings and characters are blanked first), that is not a member access (<c>x.Name</c>) and not
/// the name being declared (<c>Reason Reason</c>: a name right after a type).
/// </summary>
internal static partial class RoomScanner
{
    private static readonly HashSet<string> Keywords =
    [
        "public", "internal", "private", "protected", "static", "readonly", "in", "ref", "out", "new", "return", "is",
        "as", "typeof", "nameof", "sizeof", "default", "case", "when", "where", "class", "struct", "record", "interface",
        "enum", "const", "override", "virtual", "abstract", "sealed", "partial", "params", "this", "base", "using",
        "namespace", "throw", "await", "async", "yield", "var", "void", "else", "if", "while", "for", "foreach",
        "switch", "catch", "scoped", "required", "init", "get", "set", "stackalloc", "checked", "unchecked",
    ];

    /// <summary>The room of a file, from its path relative to the project folder.</summary>
    public static string RoomOf(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts[0] : "(root)";
    }

    /// <summary>Every use of a type across rooms, as (from room, to room, type, file).</summary>
    public static IReadOnlyList<RoomEdge> Edges(IReadOnlyList<(string RelativePath, string Source)> files)
    {
        var code = files.Select(f => (Room: RoomOf(f.RelativePath), f.RelativePath, Code: Blank(f.Source))).ToList();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in code)
        {
            foreach (Match m in TopLevelDeclaration().Matches(file.Code))
            {
                owner[m.Groups["name"].Value] = file.Room;
            }
        }

        var edges = new List<RoomEdge>();
        foreach (var file in code)
        {
            var tokens = Token().Matches(file.Code).Select(m => m.Value).ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!owner.TryGetValue(tokens[i], out var room) || room == file.Room)
                {
                    continue;
                }

                var previous = i > 0 ? tokens[i - 1] : string.Empty;
                var isMemberAccess = previous == "." && !(i > 1 && IsNamespacePart(tokens[i - 2]));
                var isDeclaredName = previous.Length > 0 && (char.IsLetter(previous[0]) || previous[0] == '_') && !Keywords.Contains(previous);
                if (isMemberAccess || isDeclaredName)
                {
                    continue;
                }

                edges.Add(new RoomEdge(file.Room, room, tokens[i], file.RelativePath));
            }
        }

        return edges;
    }

    // A namespace part before a qualified type name (YouthJustice.Kpi.Measures.EteKpi).
    private static bool IsNamespacePart(string token)
        => token is "Kpi" or "Engine" or "Measures" or "Results" or "Cohorts" or "Explanations" or "Definitions" or "National" or "Disclosure";

    /// <summary>The source with comments, strings and character literals blanked, so that only code is read.</summary>
    internal static string Blank(string source)
    {
        var s = LineComment().Replace(source, string.Empty);
        s = BlockComment().Replace(s, " ");
        s = RawString().Replace(s, "\"\"");
        s = StringLiteral().Replace(s, "\"\"");
        return CharLiteral().Replace(s, "''");
    }

    [GeneratedRegex(@"^(?:(?:public|internal|private|protected|static|sealed|abstract|readonly|partial|ref|file)\s+)*(?:class|struct|interface|enum|record(?:\s+struct|\s+class)?)\s+(?<name>[A-Z][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex TopLevelDeclaration();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*|\S")]
    private static partial Regex Token();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex("\"\"\".*?\"\"\"", RegexOptions.Singleline)]
    private static partial Regex RawString();

    [GeneratedRegex("@?\\$?\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"'(?:[^'\\\n]|\\.)'")]
    private static partial Regex CharLiteral();
}
