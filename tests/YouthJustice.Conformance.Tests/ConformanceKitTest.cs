using YouthJustice.Conformance.Tests.Decks;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Measures;

namespace YouthJustice.Conformance.Tests;

/// <summary>The kit as a whole: enough decks, each complete, covering every KPI, exclusion reason and definition set.</summary>
public sealed class ConformanceKitTest
{
    [Fact]
    public void Kit_has_at_least_forty_decks_each_with_input_expected_and_a_one_line_rule()
    {
        var decks = ConformanceDeck.All();

        decks.Should().HaveCountGreaterThanOrEqualTo(40);
        foreach (var deck in decks)
        {
            File.Exists(deck.InputPath).Should().BeTrue(deck.Name);
            File.Exists(deck.ExpectedPath).Should().BeTrue(deck.Name);
            File.ReadAllText(deck.RulePath).TrimEnd('\n').Should().NotBeNullOrWhiteSpace().And.NotContain("\n", deck.Name);
        }
    }

    [Fact]
    public void Every_exclusion_reason_is_pinned_by_a_deck()
    {
        var pinned = ConformanceDeck.All().SelectMany(d => d.Expected.Excluded).Select(e => e.Reason).ToHashSet();

        pinned.Should().BeEquivalentTo(ExclusionReason.List.Select(r => r.Name));
    }

    [Fact]
    public void Both_definition_sets_are_used()
    {
        ConformanceDeck.All().Select(d => d.Expected.Definitions).Distinct().Should().BeEquivalentTo("2023", "2024");
    }

    [Fact]
    public void Every_kpi_has_its_headline_and_a_sub_measure_pinned()
    {
        var ids = ConformanceDeck.All().SelectMany(d => d.Expected.Measures).Select(m => m.Id).ToHashSet();

        foreach (var kpi in KpiArea.List)
        {
            var prefix = "kpi" + kpi.PublicNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
            ids.Should().Contain(prefix + "headline");
            ids.Where(id => id.StartsWith(prefix, System.StringComparison.Ordinal) && id != prefix + "headline").Should().NotBeEmpty(kpi.Name);
        }
    }

    [Fact]
    public void Conformance_page_lists_every_deck_with_its_rule()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "conformance.md"));

        ConformanceDeck.All().Should().NotBeEmpty("a loop over no deck would pass on nothing");
        foreach (var deck in ConformanceDeck.All())
        {
            page.Should().Contain($"| `{deck.Name}` | {File.ReadAllText(deck.RulePath).Trim()} |");
        }
    }

    [Theory]
    [InlineData("quarter-last-day")]
    [InlineData("quarter-first-day")]
    [InlineData("leap-day")]
    [InlineData("dedup")]
    [InlineData("sentinel-date")]
    [InlineData("empty-service")]
    [InlineData("no-board-return")]
    public void Kit_has_a_deck_for(string topic)
    {
        ConformanceDeck.All().Should().Contain(d => d.Name.Contains(topic, System.StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "YouthJustice.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("YouthJustice.sln was not found above " + System.AppContext.BaseDirectory);
    }
}
