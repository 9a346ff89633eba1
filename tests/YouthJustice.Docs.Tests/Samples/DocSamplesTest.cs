using System.Threading.Tasks;
using YouthJustice.Docs.Tests.TestSupport;

namespace YouthJustice.Docs.Tests.Samples;

/// <summary>
/// Every C# sample of the documentation (README.md and docs/**/*.md), compiled and run from the page itself: the
/// <c>```csharp</c> blocks are read out of the Markdown, so a changed page fails here. The checks a page writes beside
/// its samples (<c>&lt;!-- check: … --&gt;</c>, hidden in the rendered page) pin the results the page states.
/// </summary>
public class DocSamplesTest
{
    public static TheoryData<string> Pages() => new(MarkdownPage.WithSamples(Repository.Root));

    [Fact]
    public void The_pages_with_samples_include_the_readme_and_the_quick_start() =>
        MarkdownPage.WithSamples(Repository.Root).Should().Contain(["README.md", "docs/quickstart.md", "docs/interchange.md", "docs/kpis/annual.md"]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_pages_csharp_samples_compile_run_and_pass_their_checks(string path)
    {
        var page = MarkdownPage.Read(Repository.Root, path);
        var script = SampleCompiler.Build(page);

        SampleCompiler.Errors(page, script).Should().BeEmpty($"every C# sample of {path} compiles as written");
        if (page.CompileOnly)
        {
            page.Checks.Should().BeEmpty($"{path} is compile-only, so it cannot check results");
            return;
        }

        var state = await script.RunAsync();
        foreach (var check in page.Checks)
        {
            state = await state.ContinueWithAsync(check.Code);
            state.ReturnValue.Should().Be(true, $"{path}({check.Line}) checks `{check.Code}`");
        }
    }

    [Fact]
    public void A_line_that_is_only_a_value_is_compiled_as_a_discard() =>
        SampleCompiler.ValuesAsDiscards("q.Start;   // 2024-01-01\nConsole.WriteLine(q);\nx = 1;")
            .Should().Be("_ = q.Start;   // 2024-01-01\nConsole.WriteLine(q);\nx = 1;");

    [Fact]
    public void A_sample_that_does_not_compile_is_reported_with_its_page_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("yj-docs-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "page.md"), "# A page\n\n```csharp\nvar q = new ReportingQuarter(2024, 1);\nq.NoSuchMember;\n```\n");
            var page = MarkdownPage.Read(folder.FullName, "page.md");

            SampleCompiler.Errors(page, SampleCompiler.Build(page)).Should().ContainSingle()
                .Which.Should().StartWith("page.md(5): CS1061:");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
