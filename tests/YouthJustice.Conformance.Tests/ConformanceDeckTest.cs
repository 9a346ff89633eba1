using YouthJustice.Conformance.Tests.Decks;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Conformance.Tests;

/// <summary>Every deck of tests/conformance, run through the library: the computed return has what the deck pins.</summary>
public sealed class ConformanceDeckTest
{
    public static TheoryData<string> Decks()
    {
        var data = new TheoryData<string>();
        foreach (var deck in ConformanceDeck.All())
        {
            data.Add(deck.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void Deck_input_reads_without_errors(string name)
    {
        var deck = ConformanceDeck.Named(name);
        using var stream = File.OpenRead(deck.InputPath);
        var read = CaseLevelJsonReader.Read(stream);

        read.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Message).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void Library_computes_what_the_deck_pins(string name)
    {
        var deck = ConformanceDeck.Named(name);
        var expected = deck.Expected;
        using var stream = File.OpenRead(deck.InputPath);
        var data = CaseLevelJsonReader.Read(stream).Value;
        var quarter = ReportingQuarter.Parse(expected.Quarter).AsT0;
        var definitions = DefinitionSet.Parse(expected.Definitions).AsT0;

        var result = new KpiEngine(expected.EngineOptions).Compute(KpiEngine.Prepare(data), quarter, definitions);

        DeckComparison.Differences(result, expected).Should().BeEmpty($"deck {name} pins: {File.ReadAllText(deck.RulePath).Trim()}");
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void Yj_validate_finds_no_discrepancy_with_the_expected_return(string name)
    {
        var deck = ConformanceDeck.Named(name);

        var (exitCode, output, error) = YjRunner.Run("validate", deck.InputPath, "--return", deck.ExpectedPath, "--quiet");

        exitCode.Should().Be(0, $"deck {name}: {output}{error}");
        // A cohort-only deck ("measures": []) agrees on the cohort and says that no measure was compared (decision IX-R4).
        output.Should().Contain(File.ReadAllText(deck.ExpectedPath).Contains("\"measures\": []", System.StringComparison.Ordinal)
            ? "The cohort agrees, but no measure was compared"
            : "No discrepancy: the return agrees.");
    }

    [Fact]
    public void Yj_validate_reports_a_deck_figure_changed_by_one()
    {
        var deck = ConformanceDeck.Named("23-kpi1-unknown-beside-suitable");
        var changed = Path.Combine(Path.GetTempPath(), "yj-conformance-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(changed, File.ReadAllText(deck.ExpectedPath).Replace("\"numerator\": 0,\n      \"denominator\": 1,\n      \"value\": 0.0,\n      \"byTypeOfOrder\"", "\"numerator\": 1,\n      \"denominator\": 1,\n      \"value\": 100.0,\n      \"byTypeOfOrder\"", System.StringComparison.Ordinal));
        try
        {
            var (exitCode, output, _) = YjRunner.Run("validate", deck.InputPath, "--return", changed, "--quiet");

            exitCode.Should().Be(1);
            output.Should().Contain("kpi1.headline").And.Contain("their numerator is higher by 1").And.Contain("C1 — ours: not met");
        }
        finally
        {
            File.Delete(changed);
        }
    }
}
