using YouthJustice.Conformance.Tests.Decks;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Interchange.Json;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Conformance.Tests;

/// <summary>Every deck also in the YJB's case-level shape (input.yjaf.json): the same data, the same expected figures.</summary>
public sealed class ConformanceYjafDeckTest
{
    /// <summary>Set to 1 to (re)write the YJAF copies of the decks 01-60 into the source tree from their input.json.</summary>
    private const string RegenerateVariable = "YJ_REGENERATE_YJAF_DECKS";

    public static TheoryData<string> Decks() => ConformanceDeckTest.Decks();

    [Theory]
    [MemberData(nameof(Decks))]
    public void The_yjaf_copy_reads_as_the_same_data_as_the_deck_input(string name)
    {
        var deck = ConformanceDeck.Named(name);
        var ours = CaseLevelJsonReader.ReadFile(deck.InputPath);

        var theirs = YjafReader.ReadFile(deck.YjafInputPath);

        theirs.Errors.Should().BeEmpty();
        theirs.IsFatal.Should().BeFalse();
        theirs.Value.Should().Be(ours.Value);
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void The_yjaf_copy_of_a_deck_is_what_the_writer_writes_from_its_input(string name)
    {
        var deck = ConformanceDeck.Named(name);
        if (deck.IsYjafDeck)
        {
            File.Exists(deck.YjafInputPath).Should().BeTrue("a yjaf deck is written by hand");
            return;
        }

        using var written = new MemoryStream();
        YjafWriter.Write(CaseLevelJsonReader.ReadFile(deck.InputPath).Value, written);
        var expected = System.Text.Encoding.UTF8.GetString(written.ToArray()) + "\n";
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "tests", "conformance", name, "input.yjaf.json"), expected);
            return;
        }

        File.ReadAllText(deck.YjafInputPath).ReplaceLineEndings("\n").Should().Be(expected, $"run the conformance tests with {RegenerateVariable}=1 to rewrite the copy");
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void Library_computes_what_the_deck_pins_from_the_yjaf_copy(string name)
    {
        var deck = ConformanceDeck.Named(name);
        var expected = deck.Expected;
        var data = YjafReader.ReadFile(deck.YjafInputPath).Value;

        var result = new KpiEngine(expected.EngineOptions).Compute(KpiEngine.Prepare(data), ReportingQuarter.Parse(expected.Quarter).AsT0, DefinitionSet.Parse(expected.Definitions).AsT0);

        DeckComparison.Differences(result, expected).Should().BeEmpty($"deck {name} (YJAF shape) pins: {File.ReadAllText(deck.RulePath).Trim()}");
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void Yj_validate_on_the_yjaf_copy_finds_no_discrepancy(string name)
    {
        var deck = ConformanceDeck.Named(name);

        var (exitCode, output, error) = YjRunner.Run("validate", deck.YjafInputPath, "--return", deck.ExpectedPath, "--quiet");

        exitCode.Should().Be(0, $"deck {name}: {output}{error}");
        error.Should().BeEmpty();
    }

    [Fact]
    public void The_yjaf_decks_read_with_their_record_rules_counted()
    {
        var latest = YjafReader.ReadFile(ConformanceDeck.Named("61-yjaf-latest-document-wins").YjafInputPath);
        var deleted = YjafReader.ReadFile(ConformanceDeck.Named("62-yjaf-deleted-child").YjafInputPath);

        latest.Summary.For(InputItemKind.YjafDocument).RejectedByCode.Should().ContainKey(IssueCodes.YjafSuperseded).WhoseValue.Should().Be(1);
        deleted.Summary.For(InputItemKind.YjafDocument).RejectedByCode.Should().ContainKey(IssueCodes.YjafDeleted).WhoseValue.Should().Be(1);
        deleted.Outcome.Should().Be(ReadOutcome.Complete);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "YouthJustice.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("YouthJustice.sln was not found.");
    }
}
