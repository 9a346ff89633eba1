using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace YouthJustice.Docs.Tests.Samples;

/// <summary>
/// Compiles (and runs) a page's C# samples as a reader would type them into a C# script or notebook, block after
/// block, each seeing what the blocks before it declared:
/// <list type="bullet">
/// <item>a page whose samples have no <c>using</c> line gets every namespace of the library, NodaTime and the usual
/// System namespaces; a page with <c>using</c> lines gets exactly those (and System, System.Linq,
/// System.Collections.Generic);</item>
/// <item>a line that is only an expression (<c>q.Start;   // 2024-01-01</c>, how the pages show a value) is
/// compiled as <c>_ = q.Start;</c>: nothing else in the page's text is changed.</item>
/// </list>
/// </summary>
internal static class SampleCompiler
{
    private static readonly Assembly[] Libraries =
    [
        typeof(YouthJustice.Domain.Cases.ChildCase).Assembly,
        typeof(YouthJustice.Kpi.KpiEngine).Assembly,
        typeof(YouthJustice.Interchange.Json.CaseLevelJsonReader).Assembly,
        typeof(YouthJustice.Reporting.BoardReport).Assembly,
        typeof(YouthJustice.Sampling.SampleGenerator).Assembly,
    ];

    private static readonly Assembly[] References =
    [
        .. Libraries,
        typeof(NodaTime.LocalDate).Assembly,
        typeof(Ardalis.SmartEnum.SmartEnum<>).Assembly,
        typeof(OneOf.OneOf<>).Assembly,
    ];

    private static readonly string[] SystemNamespaces = ["System", "System.Linq", "System.Collections.Generic"];

    /// <summary>The namespaces of the library's public types, and NodaTime's.</summary>
    public static IReadOnlyList<string> LibraryNamespaces { get; } = Libraries
        .SelectMany(a => a.GetExportedTypes())
        .Select(t => t.Namespace!)
        .Append("NodaTime")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    public static Script<object> Build(MarkdownPage page)
    {
        var hasUsings = page.Blocks.Any(b => Parse(b.Code).GetCompilationUnitRoot().Usings.Count > 0);
        var options = ScriptOptions.Default
            .WithReferences(References)
            .WithImports(hasUsings ? SystemNamespaces : [.. SystemNamespaces, .. LibraryNamespaces])
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithLanguageVersion(LanguageVersion.Latest);
        Script<object>? script = null;
        foreach (var block in page.Blocks)
        {
            var code = ValuesAsDiscards(block.Code);
            script = script is null ? CSharpScript.Create(code, options) : script.ContinueWith(code, options);
        }

        return script ?? throw new InvalidOperationException($"{page.Path} has no C# sample");
    }

    /// <summary>The errors of the first of the page's samples that has any, each as "page(line): CSxxxx: message".</summary>
    public static IReadOnlyList<string> Errors(MarkdownPage page, Script<object> script)
    {
        var chain = new List<Script>();
        for (Script? current = script; current is not null; current = current.Previous)
        {
            chain.Insert(0, current);
        }

        var errors = new List<string>();
        for (var index = 0; index < chain.Count && errors.Count == 0; index++)
        {
            foreach (var diagnostic in chain[index].GetCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                var line = page.Blocks[index].Line + diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                errors.Add($"{page.Path}({line}): {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        return errors;
    }

    private static SyntaxTree Parse(string code) =>
        CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));

    /// <summary>Rewrites each top-level statement that is only a value (not a call, assignment or creation) as a discard.</summary>
    internal static string ValuesAsDiscards(string code)
    {
        var root = Parse(code).GetCompilationUnitRoot();
        var values = root.Members.OfType<GlobalStatementSyntax>()
            .Select(g => g.Statement)
            .OfType<ExpressionStatementSyntax>()
            .Where(s => s.Expression is not (InvocationExpressionSyntax or AssignmentExpressionSyntax or BaseObjectCreationExpressionSyntax
                or AwaitExpressionSyntax or PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax)
                && !(s.Expression is ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax }))
            .Select(s => s.Expression.SpanStart)
            .OrderDescending()
            .ToImmutableArray();
        var text = new StringBuilder(code);
        foreach (var start in values)
        {
            text.Insert(start, "_ = ");
        }

        return text.ToString();
    }
}
