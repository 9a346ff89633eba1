using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Reporting;
using YouthJustice.Sampling;

namespace YouthJustice.Cli.Tests.Commands;

public sealed class ReportCommandTest
{
    private static readonly ReportingQuarter Quarter = ReportingQuarter.Parse("2024Q1").AsT0;

    [Fact]
    public void Sample_report_is_one_self_contained_html_file_with_every_section()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");

        var run = Yj.Run("report", "--sample", "--quarter", "2024Q1", "--out", path);

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        var html = File.ReadAllText(path);
        html.Should().StartWith("<!DOCTYPE html>");
        foreach (var section in new[] { "headlines", "trends", "splits", "cohort", "quality" })
        {
            html.Should().Contain($"<section id=\"{section}\">");
        }

        html.Should().NotContain("<script").And.NotContain("http://www.example").And.NotContain("src=\"http").And.NotContain("href=\"http");
        html.Should().Contain("@page{size:A4").And.Contain("break-before:page");
        html.Should().Contain("Disclosure control ON");
    }

    [Fact]
    public void Yj_report_writes_exactly_the_page_the_library_builds()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");
        var service = SampleGenerator.Generate(SampleOptions.Default);
        var engine = new KpiEngine();
        var trend = BoardReport.Trend(engine, KpiEngine.Prepare(service), Quarter, DefinitionSet.Default);

        var run = Yj.Run("report", "--sample", "--quarter", "2024Q1", "--out", path);

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        File.ReadAllText(path).Should().Be(BoardReport.Html(service.Name, trend, YouthJustice.Interchange.Diagnostics.ReadSummary.Empty, YouthJustice.Kpi.Disclosure.DisclosurePolicy.Default));
    }

    [Fact]
    public void Every_headline_in_the_report_has_the_engines_numerator_denominator_and_value()
    {
        var html = Report(disclosure: false);
        var engine = new KpiEngine();
        var result = engine.Compute(KpiEngine.Prepare(SampleGenerator.Generate(SampleOptions.Default)), Quarter, DefinitionSet.Default);
        var headlines = BoardReport.Headlines(result).ToList();
        headlines.Should().HaveCountGreaterThanOrEqualTo(10);

        foreach (var measure in headlines)
        {
            var row = Regex.Match(html, "<tr><th scope=\"row\">" + Regex.Escape(WebUtility.HtmlEncode(measure.Definition.Title)) + "</th><td>([^<]*)</td><td>([^<]*)</td><td class=\"value\">([^<]*)</td>");
            row.Success.Should().BeTrue(measure.Id);
            row.Groups[1].Value.Should().Be(measure.Numerator.ToString("N0", CultureInfo.InvariantCulture), measure.Id);
            if (measure.Definition.Unit != YouthJustice.Kpi.Results.MeasureUnit.Count)
            {
                row.Groups[2].Value.Should().Be(measure.Denominator.ToString("N0", CultureInfo.InvariantCulture), measure.Id);
            }

            row.Groups[3].Value.Should().Be(measure.Value is null ? "n/a" : measure.Value.Value.ToString("0.0", CultureInfo.InvariantCulture), measure.Id);
        }
    }

    [Fact]
    public void Every_chart_has_a_title_and_a_text_alternative_and_one_trend_per_headline()
    {
        var html = Report(disclosure: true);
        var engine = new KpiEngine();
        var result = engine.Compute(KpiEngine.Prepare(SampleGenerator.Generate(SampleOptions.Default)), Quarter, DefinitionSet.Default);
        var headlines = BoardReport.Headlines(result).ToList();

        var charts = Regex.Matches(html, "<svg class=\"chart[^\"]*\" role=\"img\"[^>]*>(.*?)</svg>", RegexOptions.Singleline);
        Regex.Count(html, "<svg class=\"chart trend\"").Should().Be(headlines.Count);
        Regex.Count(html, "<svg class=\"chart split\"").Should().Be(headlines.Count(m => m.ByTypeOfOrder.Count > 0)).And.BePositive();
        charts.Count.Should().Be(Regex.Count(html, "<svg"));
        foreach (Match chart in charts)
        {
            chart.Groups[1].Value.Should().Contain("<title id=").And.Contain("<desc id=");
        }
    }

    [Fact]
    public void Disclosure_control_hides_small_counts_by_default_and_shows_them_when_turned_off()
    {
        var published = Report(disclosure: true);
        var internalUse = Report(disclosure: false);

        published.Should().Contain(">~<").And.Contain("Disclosure control ON");
        internalUse.Should().NotContain(">~<").And.Contain("Disclosure control OFF");
    }

    [Fact]
    public void Eight_quarters_end_with_the_reporting_quarter()
    {
        var quarters = BoardReport.EightQuarters(Quarter);

        quarters.Should().HaveCount(8);
        quarters[^1].Should().Be(Quarter);
        quarters[0].Should().Be(ReportingQuarter.Parse("2022Q2").AsT0);
    }

    private static string Report(bool disclosure)
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");
        var args = disclosure
            ? new[] { "report", "--sample", "--quarter", "2024Q1", "--out", path, "--quiet" }
            : ["report", "--sample", "--quarter", "2024Q1", "--out", path, "--quiet", "--no-disclosure-control"];
        var run = Yj.Run(args);
        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        return File.ReadAllText(path);
    }
}
