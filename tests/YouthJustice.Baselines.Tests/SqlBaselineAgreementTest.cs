using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Csv;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Results;
using YouthJustice.Sampling;

namespace YouthJustice.Baselines.Tests;

/// <summary>
/// The SQL baseline is a second implementation of the rules: on generated services, written as CSV table sets, it must
/// give the engine's numerators and denominators for the cohort and each of the ten headlines, whole and by type of
/// order, in every quarter under both definition sets.
/// </summary>
public sealed class SqlBaselineAgreementTest : IDisposable
{
    private static readonly string[] Headlines = Enumerable.Range(1, 10).Select(n => $"kpi{n}.headline").ToArray();

    private readonly string _root = Path.Combine(Path.GetTempPath(), "yj-sql-baseline-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void The_SQL_gives_the_engine_figures_for_the_cohort_and_every_headline_by_type_of_order()
    {
        var compared = new Dictionary<string, (long Numerator, long Denominator)>();
        var typesSeen = new HashSet<string>();
        var quarters = new List<ReportingQuarter> { new(2023, 1) };
        while (quarters.Count < 9)
        {
            quarters.Add(quarters[^1].Next());
        }

        var engine = new KpiEngine();
        var definitionsDiffer = false;

        foreach (var seed in new[] { 11, 12, 13 })
        {
            var folder = Path.Combine(_root, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var generated = SampleGenerator.Generate(new SampleOptions(500, seed, new ReportingQuarter(2023, 1), 8, "YJS" + seed, "Service " + seed));
            CaseLevelCsvWriter.WriteFolder(generated, folder);
            var read = CaseLevelCsvReader.ReadFolder(folder);
            read.HasErrors.Should().BeFalse("the writer's table set reads back clean");
            var prepared = KpiEngine.Prepare(read.Value);

            using var sql = DuckDbKpiReturn.ReadCsvFolder(folder, threads: 1);
            foreach (var quarter in quarters)
            {
                var byDefinitions = new List<string>();
                foreach (var definitions in new[] { DefinitionSet.Definitions2023, DefinitionSet.Definitions2024 })
                {
                    var context = $"seed {seed}, {quarter}, {definitions.Name} definitions";
                    var kpiReturn = engine.Compute(prepared, quarter, definitions);
                    var expected = Expected(kpiReturn);
                    Compare(kpiReturn, sql.Compute(quarter, definitions), context, compared);
                    foreach (var key in expected.Keys.Where(k => k.Contains('/', StringComparison.Ordinal) && expected[k].Denominator > 0))
                    {
                        typesSeen.Add(key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]);
                    }

                    byDefinitions.Add(string.Join(";", expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")));
                }

                definitionsDiffer |= byDefinitions[0] != byDefinitions[1];
            }
        }

        // Guards: the comparison is only worth something if the generated data exercises every rule it compares.
        foreach (var id in Headlines)
        {
            compared[id].Numerator.Should().BePositive($"{id} has a numerator somewhere");
            compared[id].Denominator.Should().BeGreaterThan(compared[id].Numerator, $"{id} has a child (or victim, or sector) outside its numerator somewhere");
        }

        compared.Keys.Where(k => k.StartsWith("cohort.excluded.", StringComparison.Ordinal)).Should().HaveCountGreaterThanOrEqualTo(3, "several exclusion reasons occur");
        typesSeen.Should().BeEquivalentTo(TypeOfOrder.List.Select(t => t.Name), "every type of order occurs in a split");
        definitionsDiffer.Should().BeTrue("the two definition sets give different figures somewhere");
    }

    [Fact]
    public void The_SQL_gives_the_engine_figures_on_every_conformance_deck_under_both_definition_sets()
    {
        var decks = Directory.GetDirectories(Path.Combine(RepositoryRoot(), "tests", "conformance")).Order(StringComparer.Ordinal).ToList();
        decks.Should().HaveCountGreaterThanOrEqualTo(60, "every hand-worked deck is compared");
        var engine = new KpiEngine();
        var compared = 0;
        foreach (var deck in decks)
        {
            var read = CaseLevelJsonReader.ReadFile(Path.Combine(deck, "input.json"));
            read.HasErrors.Should().BeFalse(deck);
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(deck, "expected.json")));
            var quarter = ReportingQuarter.Parse(document.RootElement.GetProperty("quarter").GetString()).AsT0;
            var folder = Path.Combine(_root, Path.GetFileName(deck));
            CaseLevelCsvWriter.WriteFolder(read.Value, folder);
            var prepared = KpiEngine.Prepare(read.Value);
            using var sql = DuckDbKpiReturn.ReadCsvFolder(folder, threads: 1);
            foreach (var definitions in new[] { DefinitionSet.Definitions2023, DefinitionSet.Definitions2024 })
            {
                compared += Compare(engine.Compute(prepared, quarter, definitions), sql.Compute(quarter, definitions), $"{Path.GetFileName(deck)}, {definitions.Name} definitions", null);
            }
        }

        compared.Should().BeGreaterThan(60 * 2 * 10, "each deck's cohort and ten headlines are compared under both sets");
    }

    [Fact]
    public void The_SQL_gives_the_engine_figures_on_the_edge_cases_the_generator_and_decks_leave_out()
    {
        // E1: a DTO licence, its care status ending the day before custody began (during, 2024, kpi-rules §13.6);
        // E2: two referral-order outcomes of one offence, the later one in the quarter (KPI 9 keeps the latest);
        // E3: a caution whose age is taken at the arrest, 18, not at the offence, 17: not counted (kpi-rules §13.13);
        // E4: two interventions of one order ending in the quarter, the later end kept (kpi-rules §13.3).
        var read = CaseLevelJsonReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "edge-cases.json"));
        read.Errors.Select(e => e.Message).Should().BeEmpty();
        var folder = Path.Combine(_root, "edge");
        CaseLevelCsvWriter.WriteFolder(read.Value, folder);
        var prepared = KpiEngine.Prepare(read.Value);
        var engine = new KpiEngine();
        var quarter = new ReportingQuarter(2023, 4);
        var refined = engine.Compute(prepared, quarter, DefinitionSet.Definitions2024);
        var first = engine.Compute(prepared, quarter, DefinitionSet.Definitions2023);

        refined.Find("kpi8.headline")!.Fraction.Should().Be(new Fraction(1, 2), "E1 held a status during the custody window");
        first.Find("kpi8.headline")!.Fraction.Should().Be(new Fraction(0, 2), "E1 held no status at the end");
        refined.Find("kpi9.headline")!.Fraction.Should().Be(new Fraction(1, 10000), "E2's later outcome counts, E3 was 18 when arrested");
        refined.Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(0, 2), "E4's later intervention ends after the residence");

        using var sql = DuckDbKpiReturn.ReadCsvFolder(folder, threads: 1);
        Compare(refined, sql.Compute(quarter, DefinitionSet.Definitions2024), "edge cases, 2024 definitions", null);
        Compare(first, sql.Compute(quarter, DefinitionSet.Definitions2023), "edge cases, 2023 definitions", null);
    }

    [Fact]
    public void The_SQL_reference_table_is_the_library_default()
    {
        var folder = Path.Combine(_root, "empty");
        Directory.CreateDirectory(folder);
        using var sql = DuckDbKpiReturn.ReadCsvFolder(folder, threads: 1);
        var rows = sql.ReferenceRows();
        var tables = YouthJustice.Domain.Reference.KpiReferenceTables.Default;

        rows.Should().HaveCount(Disposal.List.Count);
        foreach (var disposal in Disposal.List)
        {
            var outcome = tables.ForOutcome(disposal);
            var group = outcome?.Group ?? disposal.LegalOutcomeGroup;
            rows[disposal.Name].Should().Be(
                new ReferenceRow(
                    tables.CountsInKpis(disposal),
                    outcome is { CountsInKpis: true } ? outcome.TypeOfOrder?.Name : null,
                    outcome?.DedupSeriousnessRank,
                    group.Name,
                    group.IsCautionOrSentence,
                    group == YouthJustice.Domain.Disposals.LegalOutcomeGroup.PreCourt),
                disposal.Name);
        }
    }

    // Asserts that every figure of the engine's return is the SQL's, and the SQL has no other non-empty figure;
    // returns how many figures were compared.
    private static int Compare(KpiReturn kpiReturn, IReadOnlyList<SqlFigure> figures, string context, Dictionary<string, (long Numerator, long Denominator)>? totals)
    {
        var expected = Expected(kpiReturn);
        var actual = figures.ToDictionary(f => Key(f.MeasureId, f.TypeOfOrder), f => (f.Numerator, f.Denominator));
        foreach (var (key, figure) in expected)
        {
            actual.GetValueOrDefault(key).Should().Be(figure, $"{key} ({context})");
            if (totals is not null)
            {
                Accumulate(totals, key, figure);
            }
        }

        actual.Where(a => !expected.ContainsKey(a.Key) && a.Value != (0, 0) && !(a.Key.Contains('/', StringComparison.Ordinal) && a.Value.Numerator == 0 && a.Value.Denominator == 0))
            .Should().BeEmpty($"the SQL gives no figure the engine does not ({context})");
        return expected.Count;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "YouthJustice.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (YouthJustice.sln) was not found.");
    }

    private static Dictionary<string, (long Numerator, long Denominator)> Expected(KpiReturn kpiReturn)
    {
        var expected = new Dictionary<string, (long, long)>
        {
            ["cohort.children"] = (kpiReturn.Cohort.Members.Count, 1),
        };
        foreach (var group in kpiReturn.Cohort.Exclusions.GroupBy(e => e.Reason.Name))
        {
            expected["cohort.excluded." + group.Key] = (group.Count(), 1);
        }

        foreach (var id in Headlines)
        {
            var measure = kpiReturn.Find(id) ?? throw new InvalidOperationException($"The return has no {id}.");
            expected[id] = (measure.Numerator, measure.Denominator);
            foreach (var (type, fraction) in measure.ByTypeOfOrder)
            {
                expected[Key(id, type.Name)] = (fraction.Numerator, fraction.Denominator);
            }
        }

        return expected;
    }

    private static string Key(string id, string? typeOfOrder) => typeOfOrder is null ? id : id + "/" + typeOfOrder;

    private static void Accumulate(Dictionary<string, (long Numerator, long Denominator)> totals, string key, (long Numerator, long Denominator) figure)
    {
        var (n, d) = totals.GetValueOrDefault(key);
        totals[key] = (n + figure.Numerator, d + figure.Denominator);
    }
}
