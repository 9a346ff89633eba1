using System.Globalization;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Conformance.Tests.Decks;

/// <summary>Compares a computed return with what a deck pins; every difference is one line.</summary>
internal static class DeckComparison
{
    public static IReadOnlyList<string> Differences(KpiReturn actual, ExpectedReturn expected)
    {
        var differences = new List<string>();
        if (actual.Quarter.ToString() != expected.Quarter)
        {
            differences.Add($"quarter: computed {actual.Quarter}, expected {expected.Quarter}");
        }

        if (actual.Definitions.Name != expected.Definitions)
        {
            differences.Add($"definitions: computed {actual.Definitions.Name}, expected {expected.Definitions}");
        }

        foreach (var pinned in expected.Measures)
        {
            var measure = actual.Find(pinned.Id);
            if (measure is null)
            {
                differences.Add($"{pinned.Id}: not in the engine's catalogue");
                continue;
            }

            if (pinned.Numerator is { } n && n != measure.Numerator)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{pinned.Id}: numerator {measure.Numerator}, expected {n}"));
            }

            if (pinned.Denominator is { } d && d != measure.Denominator)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{pinned.Id}: denominator {measure.Denominator}, expected {d}"));
            }

            if (pinned.HasValue && pinned.Value != measure.Value)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{pinned.Id}: value {measure.Value?.ToString(CultureInfo.InvariantCulture) ?? "null"}, expected {pinned.Value?.ToString(CultureInfo.InvariantCulture) ?? "null"}"));
            }

            foreach (var (type, (sn, sd)) in pinned.ByTypeOfOrder)
            {
                var split = measure.ByTypeOfOrder.FirstOrDefault(p => p.Key.Name == type);
                if (split.Key is null)
                {
                    differences.Add($"{pinned.Id}: no split {type}");
                }
                else if (split.Value.Numerator != sn || split.Value.Denominator != sd)
                {
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{pinned.Id} [{type}]: {split.Value}, expected {sn}/{sd}"));
                }
            }
        }

        if (actual.Cohort.Members.Count != expected.Children)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"cohort: {actual.Cohort.Members.Count} children ({string.Join(", ", actual.Cohort.Members.Select(m => m.ChildId.Value))}), expected {expected.Children}"));
        }

        var computed = actual.Cohort.Exclusions.Select(e => $"{e.ChildId.Value} {e.Reason.Name}").Order().ToList();
        var pinnedExclusions = expected.Excluded.Select(e => $"{e.ChildId} {e.Reason}").Order().ToList();
        if (!computed.SequenceEqual(pinnedExclusions))
        {
            differences.Add($"cohort exclusions: [{string.Join(", ", computed)}], expected [{string.Join(", ", pinnedExclusions)}]");
        }

        return differences;
    }
}
