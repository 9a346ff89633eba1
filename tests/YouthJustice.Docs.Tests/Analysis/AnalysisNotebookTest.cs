using YouthJustice.Docs.Tests.TestSupport;

namespace YouthJustice.Docs.Tests.Analysis;

/// <summary>
/// Each analysis in docs/analysis is a file-based app (run by <c>.ci/run</c> against the packages just built) and a
/// Jupyter notebook with the same cells. CI does not execute the notebooks (docs/analysis/README.md says why): these
/// tests pin each notebook to its app, so the notebook runs exactly the code that CI runs.
/// To rewrite the notebooks after changing an app: <c>YJ_WRITE_NOTEBOOKS=1 dotnet test tests/YouthJustice.Docs.Tests</c>.
/// </summary>
public class AnalysisNotebookTest
{
    private static readonly string[] Names = Directory.GetFiles(Repository.PathOf("docs/analysis"), "*.cs")
        .Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Apps() => new(Names);

    [Fact]
    public void There_are_the_three_analyses() =>
        Names.Should().Equal("1-service-quarter", "2-vendor-validation", "3-caseload-and-action-plan");

    [Theory]
    [MemberData(nameof(Apps))]
    public void The_notebooks_code_cells_concatenated_are_the_apps_code(string name)
    {
        var app = AnalysisApp.Parse(File.ReadAllText(Repository.PathOf($"docs/analysis/{name}.cs")));
        var notebookPath = Repository.PathOf($"docs/analysis/{name}.ipynb");
        if (Environment.GetEnvironmentVariable("YJ_WRITE_NOTEBOOKS") == "1")
        {
            File.WriteAllText(notebookPath, Notebook.Write(app.NotebookCells));
        }

        File.Exists(notebookPath).Should().BeTrue($"every analysis app has its notebook ({name}.ipynb); write it with YJ_WRITE_NOTEBOOKS=1");
        var cells = Notebook.Read(File.ReadAllText(notebookPath));

        var code = cells.Where(c => c.IsCode).Skip(1).Select(c => c.Source);
        string.Join("\n\n", code).Should().Be(app.Code, "the notebook's code cells after the package cell are the app's code, cell for cell");
        cells.Should().Equal(app.NotebookCells, "the notebook has the app's Markdown and code cells in the app's order; rewrite it with YJ_WRITE_NOTEBOOKS=1");
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void The_notebook_loads_the_packages_the_app_names_at_the_same_versions(string name)
    {
        var app = AnalysisApp.Parse(File.ReadAllText(Repository.PathOf($"docs/analysis/{name}.cs")));
        var first = Notebook.Read(File.ReadAllText(Repository.PathOf($"docs/analysis/{name}.ipynb")))[0];

        first.IsCode.Should().BeTrue();
        first.Source.Split('\n').Should().Equal(app.Packages.Select(p => $"#r \"nuget: {p.Name}, {p.Version}\""));
        app.Packages.Select(p => p.Name).Should().Contain(["YouthJustice.Kpi", "YouthJustice.Interchange", "ScottPlot"]);
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void The_app_asks_for_the_version_of_the_library_that_this_build_makes(string name)
    {
        var app = AnalysisApp.Parse(File.ReadAllText(Repository.PathOf($"docs/analysis/{name}.cs")));
        var props = File.ReadAllText(Repository.PathOf("Directory.Build.props"));
        var prefix = System.Text.RegularExpressions.Regex.Match(props, "<VersionPrefix>(.*)</VersionPrefix>").Groups[1].Value;
        var suffix = System.Text.RegularExpressions.Regex.Match(props, "<VersionSuffix>(.*)</VersionSuffix>").Groups[1].Value;

        app.Packages.Where(p => p.Name.StartsWith("YouthJustice.", StringComparison.Ordinal)).Select(p => p.Version)
            .Should().AllBe(suffix.Length == 0 ? prefix : $"{prefix}-{suffix}");
    }
}
