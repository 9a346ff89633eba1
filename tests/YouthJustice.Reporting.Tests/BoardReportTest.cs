using System;
using System.Linq;
using FluentAssertions;
using Xunit;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Disclosure;
using YouthJustice.Sampling;

namespace YouthJustice.Reporting.Tests;

/// <summary>The board report as library API (<c>yj report</c> only parses, calls this and writes the page).</summary>
public sealed class BoardReportTest
{
    private static readonly ReportingQuarter Quarter = new(2024, 1);
    private static readonly KpiEngine Engine = new();
    private static readonly PreparedService Sample = KpiEngine.Prepare(SampleGenerator.Generate(SampleOptions.Default));

    [Fact]
    public void Eight_quarters_end_with_the_reports_quarter_oldest_first() =>
        BoardReport.EightQuarters(Quarter).Select(q => q.ToString())
            .Should().Equal("2022Q2", "2022Q3", "2022Q4", "2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1");

    [Fact]
    public void Trend_is_the_engines_return_for_each_of_the_eight_quarters()
    {
        var trend = BoardReport.Trend(Engine, Sample, Quarter, DefinitionSet.Definitions2023);

        trend.Should().HaveCount(BoardReport.TrendQuarters);
        trend.Select(r => r.Quarter).Should().Equal(BoardReport.EightQuarters(Quarter));
        trend[^1].Find("kpi1.headline")!.Fraction.Should().Be(Engine.Compute(Sample, Quarter, DefinitionSet.Definitions2023).Find("kpi1.headline")!.Fraction);
    }

    [Fact]
    public void Html_has_every_section_and_says_which_disclosure_control_was_used()
    {
        var trend = BoardReport.Trend(Engine, Sample, Quarter, DefinitionSet.Default);

        var published = BoardReport.Html("Example Youth Justice Service", trend, ReadSummary.Empty, DisclosurePolicy.Default);
        var internalUse = BoardReport.Html("Example Youth Justice Service", trend, ReadSummary.Empty, disclosure: null);

        foreach (var section in new[] { "headlines", "trends", "splits", "cohort", "quality" })
        {
            published.Should().Contain($"<section id=\"{section}\">");
        }

        published.Should().StartWith("<!DOCTYPE html>").And.Contain("Disclosure control ON").And.NotContain("<script");
        internalUse.Should().Contain("Disclosure control OFF");
    }

    [Fact]
    public void Html_says_when_the_figures_follow_the_yjb_pipeline_and_lists_a_profile_only_exclusion_reason()
    {
        var pipeline = new KpiEngine(new KpiOptions { Profile = KpiProfile.YjbPipeline });

        var html = BoardReport.Html("S", BoardReport.Trend(pipeline, Sample, Quarter, DefinitionSet.Default), ReadSummary.Empty, disclosure: null);
        var guidance = BoardReport.Html("S", BoardReport.Trend(Engine, Sample, Quarter, DefinitionSet.Default), ReadSummary.Empty, disclosure: null);

        html.Should().Contain("Counted as the YJB&#39;s own pipeline counts (profile yjb-pipeline)").And.Contain("6.11)")
            .And.Contain("appeal status is not recorded (dropped by the yjb-pipeline profile");
        guidance.Should().NotContain("Counted as the YJB").And.NotContain("AppealStatusNotRecorded").And.NotContain("dropped by the yjb-pipeline profile");
    }

    [Fact]
    public void Html_with_an_empty_trend_is_refused_naming_the_parameter() =>
        FluentActions.Invoking(() => BoardReport.Html("S", [], ReadSummary.Empty, DisclosurePolicy.Default))
            .Should().Throw<ArgumentException>()
            .WithMessage("The trend needs at least the report's quarter; it is empty. (Parameter 'trend')");

    [Fact]
    public void Headlines_are_each_kpis_headline_and_the_national_indicators()
    {
        var headlines = BoardReport.Headlines(Engine.Compute(Sample, Quarter)).Select(m => m.Id).ToList();

        headlines.Should().Contain(Enumerable.Range(1, 10).Select(k => $"kpi{k}.headline"));
        headlines.Should().OnlyContain(id => id.EndsWith(".headline", StringComparison.Ordinal) || !id.StartsWith("kpi", StringComparison.Ordinal));
    }
}
