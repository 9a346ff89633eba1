using System;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Sampling;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Notebooks.Tests;

/// <summary>
/// docs/notebooks/kpi-walkthrough.dib, run cell by cell in the C# kernel of Polyglot Notebooks as an analyst would:
/// every cell runs, and what the cells computed is the engine's own figures.
/// </summary>
public sealed class KpiWalkthroughNotebookTest(KpiWalkthroughRun run) : IClassFixture<KpiWalkthroughRun>
{
    [Fact]
    public void The_notebook_references_the_packages_and_every_cell_runs_without_an_error()
    {
        run.Notebook.Cells.Count(c => c.Kernel == "csharp").Should().BeGreaterThanOrEqualTo(8);
        run.Notebook.Cells.Should().Contain(c => c.Kernel == "markdown");
        run.PackageReferences.Should().Equal("YouthJustice.Kpi", "YouthJustice.Interchange");
        run.Failures.Should().BeEmpty();
    }

    [Fact]
    public async Task The_headline_table_is_the_engines_return_for_the_sample_service()
    {
        var expected = new KpiEngine().Compute(KpiEngine.Prepare(SampleGenerator.Generate(SampleOptions.Default)), new ReportingQuarter(2024, 1));
        var expectedHeadlines = expected.Measures.Where(m => m.Id.EndsWith(".headline", StringComparison.Ordinal)).ToList();

        (await run.Value("headlines.Count")).Should().Be(10);
        (await run.Value("string.Join(\",\", headlines.Select(h => h.Id))")).Should().Be(string.Join(",", expectedHeadlines.Select(m => m.Id)));
        (await run.Value("string.Join(\",\", headlines.Select(h => h.Numerator + \"/\" + h.Denominator))"))
            .Should().Be(string.Join(",", expectedHeadlines.Select(m => m.Numerator + "/" + m.Denominator)));
    }

    [Fact]
    public async Task The_read_summary_and_the_cohort_cells_account_for_every_item()
    {
        (await run.Value("read.Summary.Rejected")).Should().Be(0);
        (await run.Value("read.Value.Children.Count")).Should().Be(SampleOptions.Default.Children);
        (await run.Value("exclusions.Sum(e => e.Children) + q1.Cohort.Members.Count == q1.Cohort.Candidates")).Should().Be(true);
        (await run.Value("q1.Cohort.Exclusions.Count > 0")).Should().Be(true);
    }

    [Fact]
    public async Task The_trend_covers_the_seven_quarters_from_2023Q2_to_2024Q4()
    {
        (await run.Value("string.Join(\",\", trend.Select(t => t.Quarter))")).Should().Be("2023Q2,2023Q3,2023Q4,2024Q1,2024Q2,2024Q3,2024Q4");
    }

    [Fact]
    public async Task The_explanation_and_the_diff_come_from_the_engine()
    {
        (await run.Value("childMeasures.Count")).Should().Be(10);
        (await run.Value("childMeasures.All(m => m.Why.Length > 0)")).Should().Be(true);

        var prepared = KpiEngine.Prepare(SampleGenerator.Generate(SampleOptions.Default));
        var diff = new KpiEngine().Diff(prepared, new ReportingQuarter(2024, 1), DefinitionSet.Definitions2023, DefinitionSet.Definitions2024);
        diff.Should().NotBeEmpty("the sample service has children whose classification changes");
        (await run.Value("changes.Count")).Should().Be(diff.Count);
    }

    [Fact]
    public async Task The_year_is_the_sum_of_its_quarters_by_default()
    {
        (await run.Value("year.Method.Name")).Should().Be("SumOfQuarters");
        (await run.Value("annualHeadlines.Count")).Should().Be(10);
    }
}
