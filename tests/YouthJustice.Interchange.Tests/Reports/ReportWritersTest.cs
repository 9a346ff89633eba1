using System.Text.Json;
using YouthJustice.Domain.Children;
using YouthJustice.Interchange.Explanations;
using YouthJustice.Interchange.Quality;
using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Interchange.Tests.Reports;

/// <summary>
/// The library's report writers (what <c>yj</c> writes, callable without it), against
/// <see cref="CaseDocuments.ThreeChildren"/> in 2023Q3: C1 and C2 in the cohort on referral orders, C3 excluded
/// (ResidentInAnotherArea), kpi1.headline 1/2.
/// </summary>
public sealed class ReportWritersTest
{
    private static readonly ReportingQuarter Q = new(2023, 3);

    private static (KpiEngine Engine, PreparedService Service) Three()
    {
        var data = CaseLevelJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(CaseDocuments.ThreeChildren))).Value!;
        return (new KpiEngine(), KpiEngine.Prepare(data));
    }

    private static string Text(System.Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    private static JsonElement Json(System.Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void The_return_csv_has_a_row_per_measure_and_split_then_the_cohort_counts()
    {
        var (engine, service) = Three();
        var kpiReturn = engine.Compute(service, Q, DefinitionSet.Definitions2024);

        var lines = Text(w => KpiReturnCsvWriter.Write(kpiReturn, w)).Split('\n');

        lines[0].Should().Be(KpiReturnCsvWriter.Header);
        lines.Should().Contain("measure,kpi1.headline,1,all,1,2,50.0,percent,false,Proportion of children in suitable accommodation at the end of their order");
        lines.Should().Contain(l => l.StartsWith("measure,kpi1.headline,1,ReferralOrder,1,2,50.0,"));
        lines.Should().Contain("cohort,children,,all,2,,,count,false,Children in the cohort");
        lines.Should().Contain("cohort,excluded,,ResidentInAnotherArea,1,,,count,false,\"the child was resident in another area at the outcome date\"".Replace("\"", string.Empty, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Several_returns_in_one_csv_lead_each_row_with_the_service_and_quarter()
    {
        var (engine, service) = Three();
        var q3 = engine.Compute(service, Q, DefinitionSet.Definitions2024);
        var q4 = engine.Compute(service, Q.Next(), DefinitionSet.Definitions2024);

        var lines = Text(w => KpiReturnCsvWriter.WriteMany([q3, q4], w)).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        var one = Text(w => KpiReturnCsvWriter.Write(q3, w)).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("service,quarter," + KpiReturnCsvWriter.Header);
        lines.Skip(1).Take(one.Length - 1).Should().Equal(one.Skip(1).Select(l => "T01,2023Q3," + l));
        lines.Skip(one.Length).Should().OnlyContain(l => l.StartsWith("T01,2023Q4,"));
        lines.Should().HaveCount((2 * (one.Length - 1)) + 1);
    }

    [Fact]
    public void A_field_with_a_comma_or_quote_is_quoted_in_the_difference_csv()
    {
        var difference = new DefinitionDifference(new ChildId("C1"), "kpi1.headline", ChildMeasureStatus.NotInDenominator, ChildMeasureStatus.Met, "age, at \"the end\"", ["a"], ["b", "c"]);

        var text = Text(w => DefinitionDifferenceWriter.WriteCsv([difference], w));

        text.Split('\n')[0].Should().Be(DefinitionDifferenceWriter.CsvHeader);
        text.Split('\n')[1].Should().Be("C1,kpi1.headline,NotInDenominator,Met,\"age, at \"\"the end\"\"\",a,b c");
    }

    [Fact]
    public void The_difference_json_counts_children_and_says_when_the_input_lost_data()
    {
        var difference = new DefinitionDifference(new ChildId("C1"), "kpi1.headline", ChildMeasureStatus.NotInDenominator, ChildMeasureStatus.Met, "rule", [], []);

        var json = Json(s => DefinitionDifferenceWriter.WriteJson(Q, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024, [difference, difference with { MeasureId = "kpi2.headline" }], s, inputLosses: 3));
        var clean = Json(s => DefinitionDifferenceWriter.WriteJson(Q, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024, [], s));

        json.GetProperty("inputLosses").GetInt32().Should().Be(3);
        json.GetProperty("children").GetInt32().Should().Be(1);
        json.GetProperty("differences")[1].GetProperty("from").GetString().Should().Be("NotInDenominator");
        clean.TryGetProperty("inputLosses", out _).Should().BeFalse();
    }

    [Fact]
    public void The_explanation_json_gives_the_kept_row_and_every_measure()
    {
        var (engine, service) = Three();
        var explanation = engine.Explain(service, new ChildId("C2"), Q, DefinitionSet.Definitions2024).AsT0;

        var json = Json(s => ChildExplanationJsonWriter.Write(explanation, s));

        json.GetProperty("standing").GetString().Should().Be("Member");
        json.GetProperty("summary").GetString().Should().Be(ExplanationText.Summary(explanation));
        json.GetProperty("summary").GetString().Should().StartWith("In the cohort: intervention I1 (ReferralOrder, 2023-05-01 to 2023-11-30) for offence O1");
        json.GetProperty("member").GetProperty("typeOfOrder").GetString().Should().Be("ReferralOrder");
        var headline = json.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "kpi1.headline");
        headline.GetProperty("status").GetString().Should().Be("NotMet");
        json.GetProperty("measures").GetArrayLength().Should().Be(explanation.Measures.Count).And.BeGreaterThan(10);
    }

    [Fact]
    public void The_summary_of_an_excluded_child_names_the_reason()
    {
        var (engine, service) = Three();
        var explanation = engine.Explain(service, new ChildId("C3"), Q, DefinitionSet.Definitions2024).AsT0;

        ExplanationText.Summary(explanation).Should().StartWith("Excluded from the cohort (ResidentInAnotherArea): ");
        ExplanationText.Words(ChildMeasureStatus.NoData).Should().Be("no data");
        ExplanationText.Name(ChildMeasureStatus.NotMet).Should().Be("NotMet");
    }

    [Fact]
    public void The_check_report_counts_items_and_groups_issues_by_rule_and_child()
    {
        var read = CaseLevelJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(CaseDocuments.WithIssues)));

        var json = Json(s => CheckReportJsonWriter.Write(read, "with-issues.json", s));

        json.GetProperty("input").GetString().Should().Be("with-issues.json");
        json.GetProperty("readable").GetBoolean().Should().BeTrue();
        json.GetProperty("errors").GetInt32().Should().Be(read.Issues.Count(i => i.Severity == YouthJustice.Interchange.Diagnostics.IssueSeverity.Error)).And.BeGreaterThan(0);
        var children = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "children");
        (children.GetProperty("accepted").GetInt32() + children.GetProperty("rejected").GetInt32()).Should().Be(children.GetProperty("read").GetInt32());
        json.GetProperty("byRule").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Contain("IX-FIELD-002");
        json.GetProperty("byRule").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "IX-FIELD-002").GetProperty("title").GetString().Should().Be(IssueTitles.For("IX-FIELD-002"));
    }
}
