using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Xunit;

namespace YouthJustice.Notebooks.Tests;

/// <summary>
/// Runs a documentation notebook once, cell by cell, in the C# kernel of Polyglot Notebooks, with its
/// <c>#r "nuget: YouthJustice.…"</c> references pointed at the assemblies of this build; the kernel keeps the
/// notebook's variables for the tests to read.
/// </summary>
public abstract class NotebookRun : IAsyncLifetime, IDisposable
{
    private static readonly Regex NugetReference = new("^#r \"nuget: *(?<id>YouthJustice\\.[A-Za-z]+)[^\"]*\"$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private readonly CSharpKernel _kernel = new();
    private readonly List<string> _failures = [];
    private readonly string _file;

    /// <param name="file">The notebook's file name under docs/notebooks.</param>
    protected NotebookRun(string file) => _file = file;

    /// <summary>The notebook's cells.</summary>
    public DibNotebook Notebook { get; private set; } = new([]);

    /// <summary>Each failed cell's error, followed by the cell.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>The package ids the notebook references with <c>#r "nuget: …"</c>.</summary>
    public IReadOnlyList<string> PackageReferences { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Notebook = DibNotebook.Read(Path.Combine(AppContext.BaseDirectory, "notebooks", _file));
        var packages = new List<string>();
        foreach (var cell in Notebook.Cells.Where(c => c.Kernel == "csharp"))
        {
            var code = NugetReference.Replace(cell.Code, m =>
            {
                packages.Add(m.Groups["id"].Value);
                return LocalReference(m.Groups["id"].Value);
            });
            var result = await _kernel.SendAsync(new SubmitCode(code));
            _failures.AddRange(result.Events.OfType<CommandFailed>().Select(f => $"{f.Message}\n--- in the cell ---\n{cell.Code}"));
        }

        PackageReferences = packages;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _kernel.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Evaluates an expression in the notebook's kernel, after every cell has run.</summary>
    /// <param name="expression">A C# expression over the notebook's variables.</param>
    /// <returns>Its value.</returns>
    public async Task<object?> Value(string expression)
    {
        if (_failures.Count > 0)
        {
            throw new InvalidOperationException("A cell failed, so the notebook's results cannot be read:\n" + string.Join("\n", _failures));
        }

        var result = await _kernel.SendAsync(new SubmitCode(expression));
        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failed is not null)
        {
            throw new InvalidOperationException($"{expression}: {failed.Message}");
        }

        return result.Events.OfType<ReturnValueProduced>().Single().Value;
    }

    // A package's assembly and the assemblies its public types expose (the Domain package and NodaTime), as the
    // package's dependencies would bring them.
    private static string LocalReference(string package)
    {
        string[] assemblies = [package, "YouthJustice.Domain", "NodaTime"];
        return string.Join('\n', assemblies.Distinct().Select(a =>
        {
            var dll = Path.Combine(AppContext.BaseDirectory, a + ".dll");
            if (!File.Exists(dll))
            {
                throw new FileNotFoundException($"The notebook references {package}, but this build has no {a}.dll.", dll);
            }

            return $"#r \"{dll}\"";
        }));
    }
}

/// <summary>docs/notebooks/kpi-walkthrough.dib, run once for its tests.</summary>
public sealed class KpiWalkthroughRun : NotebookRun
{
    /// <summary>Creates the run.</summary>
    public KpiWalkthroughRun()
        : base("kpi-walkthrough.dib")
    {
    }
}
