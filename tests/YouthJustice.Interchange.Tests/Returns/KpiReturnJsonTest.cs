using System.Text.Json;
using YouthJustice.Domain.Disposals;
using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Results;
using YouthJustice.Sampling;

namespace YouthJustice.Interchange.Tests.Returns;

public class KpiReturnJsonTest
{
    private static readonly KpiEngine Engine = new();
    private static readonly PreparedService Service = KpiEngine.Prepare(SampleGenerator.Generate(SampleOptions.Default));
    private static readonly ReportingQuarter Quarter = new(2024, 1);

    [Theory]
    [InlineData(2023, 1)]
    [InlineData(2024, 1)]
    [InlineData(2024, 4)]
    public void Every_written_measure_has_a_null_value_exactly_when_its_denominator_is_0(int year, int quarterNumber)
    {
        // interchange.md: value = numerator ÷ denominator in the unit, null when the denominator is 0 (decision K8: a
        // count is written over 1).
        using var stream = new MemoryStream();
        KpiReturnJsonWriter.Write(Engine.Compute(Service, new ReportingQuarter(year, quarterNumber)), stream);
        using var json = JsonDocument.Parse(stream.ToArray());

        foreach (var measure in json.RootElement.GetProperty("measures").EnumerateArray())
        {
            var id = measure.GetProperty("id").GetString();
            var denominator = measure.GetProperty("denominator").GetInt64();
            var value = measure.GetProperty("value");
            (value.ValueKind == JsonValueKind.Null).Should().Be(denominator == 0, id);
            if (measure.GetProperty("unit").GetString() == "count")
            {
                denominator.Should().Be(1, id);
                value.GetDecimal().Should().Be(measure.GetProperty("numerator").GetInt64(), id);
            }
        }
    }

    [Fact]
    public void A_computed_return_with_its_children_reads_back_equal()
    {
        var computed = Engine.Compute(Service, Quarter);
        var outcomes = Engine.Outcomes(Service, Quarter);

        var result = RoundTrip(s => KpiReturnJsonWriter.Write(computed, s, outcomes));

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(KpiReturnDocument.From(computed, outcomes));
        result.Value!.Children.Should().HaveCount(computed.Cohort.Members.Count);
        result.Summary.For(InputItemKind.Measure).Accepted.Should().Be(computed.Measures.Count);
        result.Summary.For(InputItemKind.Exclusion).Accepted.Should().Be(computed.Cohort.Exclusions.Count);
    }

    [Fact]
    public void A_return_with_its_input_losses_reads_back_equal_and_the_losses_are_ignored()
    {
        var computed = Engine.Compute(Service, Quarter);
        var losses = new[]
        {
            new InputIssue(IssueSeverity.Error, IssueCodes.UnknownValue, InputLocation.Json("children[1].sex"), "M", "'M' is not a valid 'sex'."),
            new InputIssue(IssueSeverity.Warning, IssueCodes.UnknownFile, InputLocation.Csv("ETE.csv"), "ETE.csv", "'ETE.csv' is not a file of the table set."),
        };
        using var written = new MemoryStream();
        KpiReturnJsonWriter.WriteWithInputLosses(computed, written, null, losses, indented: true);
        var text = Encoding.UTF8.GetString(written.ToArray());

        var result = Read(text);

        text.Should().Contain("\"inputLosses\": {").And.Contain("\"count\": 2").And.Contain("\"IX-CSV-008\": 1");
        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(KpiReturnDocument.From(computed));
    }

    [Fact]
    public void A_return_under_the_2023_definitions_without_children_reads_back_equal()
    {
        var computed = Engine.Compute(Service, Quarter, DefinitionSet.Definitions2023);

        var result = RoundTrip(s => KpiReturnJsonWriter.Write(computed, s));

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(KpiReturnDocument.From(computed));
        result.Value!.Children.Should().BeNull();
        result.Value.Definitions.Should().Be(DefinitionSet.Definitions2023);
    }

    [Fact]
    public void The_written_return_has_the_shape_of_the_specification()
    {
        var computed = Engine.Compute(Service, Quarter);
        using var stream = new MemoryStream();
        KpiReturnJsonWriter.Write(computed, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("schema", "service", "quarter", "definitions", "measures", "cohort");
        root.GetProperty("schema").GetString().Should().Be("youthjustice-kpi-return/1");
        root.GetProperty("service").GetString().Should().Be("YJS01");
        root.GetProperty("quarter").GetString().Should().Be("2024Q1");
        root.GetProperty("definitions").GetString().Should().Be("2024");
        var headline = root.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "kpi1.headline");
        headline.EnumerateObject().Select(p => p.Name).Should().Equal("id", "title", "numerator", "denominator", "value", "unit", "byTypeOfOrder");
        headline.GetProperty("unit").GetString().Should().Be("percent");
        var measure = computed.Find("kpi1.headline")!;
        headline.GetProperty("numerator").GetInt64().Should().Be(measure.Numerator);
        headline.GetProperty("value").GetRawText().Should().Be(measure.Value is { } v ? (v + 0.0m).ToString(System.Globalization.CultureInfo.InvariantCulture) : "null");
        headline.GetProperty("value").GetRawText().Should().Contain(".");
        headline.GetProperty("byTypeOfOrder").EnumerateObject().First().Value.EnumerateObject().Select(p => p.Name).Should().Equal("numerator", "denominator");
        var cohort = root.GetProperty("cohort");
        cohort.GetProperty("children").GetInt32().Should().Be(computed.Cohort.Members.Count);
        var excluded = cohort.GetProperty("excluded").EnumerateArray().First();
        excluded.GetProperty("childId").GetString().Should().Be(computed.Cohort.Exclusions[0].ChildId.Value);
        excluded.GetProperty("reason").GetString().Should().Be(computed.Cohort.Exclusions[0].Reason.Name);
    }

    [Fact]
    public void A_value_with_no_denominator_is_written_as_null()
    {
        var document = new KpiReturnDocument("YJS01", Quarter, DefinitionSet.Default, [new ReturnedMeasure("kpi3.headline", "SEND", new Fraction(0, 0), null, MeasureUnit.Percent, null, false)], 0, []);
        using var stream = new MemoryStream();

        KpiReturnJsonWriter.WriteDocument(document, stream, indented: false);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(
            "{\"schema\":\"youthjustice-kpi-return/1\",\"service\":\"YJS01\",\"quarter\":\"2024Q1\",\"definitions\":\"2024\",\"measures\":[{\"id\":\"kpi3.headline\",\"title\":\"SEND\",\"numerator\":0,\"denominator\":0,\"value\":null,\"unit\":\"percent\"}],\"cohort\":{\"children\":0,\"excluded\":[]}}");
    }

    [Fact]
    public void The_specification_example_is_read()
    {
        const string example = """
            { "schema": "youthjustice-kpi-return/1", "service": "YJS01", "quarter": "2024Q1", "definitions": "2024",
              "measures": [ { "id": "kpi1.headline", "title": "...", "numerator": 3, "denominator": 5, "value": 60.0,
                              "unit": "percent", "byTypeOfOrder": { "ReferralOrder": { "numerator": 1, "denominator": 2 } } } ],
              "cohort": { "children": 5, "excluded": [ { "childId": "C009", "reason": "ResidentInAnotherArea" } ] } }
            """;

        var result = Read(example);

        result.Issues.Should().BeEmpty();
        var measure = result.Value!.Find("kpi1.headline")!;
        measure.Fraction.Should().Be(new Fraction(3, 5));
        measure.Value.Should().Be(60.0m);
        measure.ByTypeOfOrder.Should().Equal(new Dictionary<TypeOfOrder, Fraction> { [TypeOfOrder.ReferralOrder] = new Fraction(1, 2) });
        result.Value.Excluded.Should().Equal(new ReturnedExclusion("C009", ExclusionReason.ResidentInAnotherArea));
        result.Value.CohortChildren.Should().Be(5);
    }

    [Fact]
    public void Every_conformance_deck_expectation_is_read_without_errors()
    {
        var decks = Directory.GetDirectories(Path.Combine(Root(), "tests", "conformance"));

        decks.Should().NotBeEmpty();
        var read = 0;
        foreach (var deck in decks.Where(d => File.Exists(Path.Combine(d, "expected.json"))))
        {
            var result = KpiReturnJsonReader.ReadFile(Path.Combine(deck, "expected.json"));
            result.Errors.Should().BeEmpty(deck);
            result.Value.Should().NotBeNull(deck);
            read++;
        }

        // Guard: the filter must leave the decks' expectations to read (64 today), not pass on none.
        read.Should().BeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public void A_value_that_does_not_match_its_fraction_is_a_warning()
        => Read(Return("{\"id\": \"kpi1.headline\", \"numerator\": 3, \"denominator\": 5, \"value\": 61.0, \"unit\": \"percent\"}"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "warning IX-RET-001 at measures[0].value: The value 61.0 does not match 3/5 in percent, which is 60.0.");

    [Fact]
    public void An_unknown_exclusion_reason_is_reported()
        => Read("{\"schema\": \"youthjustice-kpi-return/1\", \"service\": \"Y\", \"quarter\": \"2024Q1\", \"definitions\": \"2024\", \"measures\": [], \"cohort\": {\"children\": 0, \"excluded\": [{\"childId\": \"C1\", \"reason\": \"TooOld\"}]}}")
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error IX-FIELD-002 at cohort.excluded[0].reason: 'TooOld' is not a valid 'reason'; expected one of: EndedBeforeCollection, DisposalNotCounted, NoLinkedOffence, OutcomeNotCounted, OverturnedOnAppeal, ResidentInAnotherArea, AgeOutsideRange, AppealStatusNotRecorded, ResidenceNotRecorded.");

    [Fact]
    public void An_unknown_child_status_is_reported_and_the_entry_rejected()
    {
        var result = Read("{\"schema\": \"youthjustice-kpi-return/1\", \"service\": \"Y\", \"quarter\": \"2024Q1\", \"definitions\": \"2024\", \"measures\": [], \"cohort\": {\"children\": 1, \"excluded\": []}, "
            + "\"children\": [{\"childId\": \"C1\", \"typeOfOrder\": \"ReferralOrder\", \"measures\": {\"kpi1.headline\": \"Yes\"}}]}");

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-FIELD-002 at children[0].measures: 'Yes' is not a valid status for 'kpi1.headline'; expected one of: NotInDenominator, Met, NotMet, NoData.");
        result.Value!.Children.Should().BeEmpty();
    }

    [Fact]
    public void A_wrong_schema_reads_no_return()
    {
        var result = Read("{\"schema\": \"youthjustice-caselevel/1\", \"children\": []}");

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-JSON-002 at schema: The document's schema is 'youthjustice-caselevel/1'; this reader reads 'youthjustice-kpi-return/1' only, so nothing was read.");
        result.Value.Should().BeNull();
    }

    [Fact]
    public void A_return_without_a_quarter_is_reported_and_not_returned()
    {
        var result = Read("{\"schema\": \"youthjustice-kpi-return/1\", \"service\": \"Y\", \"definitions\": \"2024\", \"measures\": [{\"id\": \"kpi1.headline\", \"numerator\": 1, \"denominator\": 1}], \"cohort\": {\"children\": 0, \"excluded\": []}}");

        result.Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-FIELD-001 at quarter: The required field 'quarter' is missing.");
        result.Value.Should().BeNull();
        result.Summary.For(InputItemKind.Measure).Rejected.Should().Be(1);
    }

    [Fact]
    public void A_negative_count_rejects_the_measure()
        => Read(Return("{\"id\": \"kpi1.headline\", \"numerator\": -1, \"denominator\": 5}"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-FIELD-004 at measures[0].numerator: 'numerator' cannot be negative; was -1.");

    private static string Return(string measure)
        => "{\"schema\": \"youthjustice-kpi-return/1\", \"service\": \"Y\", \"quarter\": \"2024Q1\", \"definitions\": \"2024\", \"measures\": [" + measure + "], \"cohort\": {\"children\": 0, \"excluded\": []}}";

    private static ReadResult<KpiReturnDocument?> Read(string text) => KpiReturnJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static ReadResult<KpiReturnDocument?> RoundTrip(System.Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return KpiReturnJsonReader.Read(stream);
    }

    private static string Root()
    {
        var folder = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "YouthJustice.sln")))
        {
            folder = folder.Parent;
        }

        return folder.FullName;
    }
}
