using System.Globalization;
using System.Text.Json;

namespace YouthJustice.Conformance.Tests.Decks;

/// <summary>A measure a deck pins: only the parts given are compared.</summary>
internal sealed record ExpectedMeasure(string Id, long? Numerator, long? Denominator, bool HasValue, decimal? Value, IReadOnlyDictionary<string, (long Numerator, long Denominator)> ByTypeOfOrder);

/// <summary>An excluded child a deck pins.</summary>
internal sealed record ExpectedExclusion(string ChildId, string Reason);

/// <summary>
/// A deck's <c>expected.json</c>: a <c>youthjustice-kpi-return/1</c> document holding the measures the deck pins and
/// the cohort. Read here with System.Text.Json alone, independently of the Interchange return reader that
/// <c>yj validate</c> uses, so that the two paths check each other.
/// </summary>
internal sealed record ExpectedReturn(string Quarter, string Definitions, IReadOnlyList<ExpectedMeasure> Measures, int Children, IReadOnlyList<ExpectedExclusion> Excluded)
{
    /// <summary>The profile the deck's figures follow: the optional <c>profile</c> of the return, the guidance when absent.</summary>
    public string Profile { get; init; } = "guidance";

    /// <summary>The engine options the deck's figures are computed with.</summary>
    public YouthJustice.Kpi.KpiOptions EngineOptions => new() { Profile = YouthJustice.Kpi.Definitions.KpiProfile.Parse(Profile).AsT0 };

    public static ExpectedReturn Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        if (root.GetProperty("schema").GetString() != "youthjustice-kpi-return/1")
        {
            throw new InvalidDataException($"{path}: the schema is not youthjustice-kpi-return/1.");
        }

        var measures = root.GetProperty("measures").EnumerateArray().Select(Measure).ToList();
        var cohort = root.GetProperty("cohort");
        var excluded = cohort.GetProperty("excluded").EnumerateArray()
            .Select(e => new ExpectedExclusion(e.GetProperty("childId").GetString()!, e.GetProperty("reason").GetString()!))
            .ToList();
        return new ExpectedReturn(
            root.GetProperty("quarter").GetString()!,
            root.TryGetProperty("definitions", out var definitions) ? definitions.GetString()! : "2024",
            measures,
            cohort.GetProperty("children").GetInt32(),
            excluded)
        {
            Profile = root.TryGetProperty("profile", out var profile) ? profile.GetString()! : "guidance",
        };
    }

    private static ExpectedMeasure Measure(JsonElement e)
    {
        long? Long(string name) => e.TryGetProperty(name, out var p) ? p.GetInt64() : null;
        var hasValue = e.TryGetProperty("value", out var value);
        decimal? parsed = hasValue && value.ValueKind != JsonValueKind.Null ? decimal.Parse(value.GetRawText(), CultureInfo.InvariantCulture) : null;
        var splits = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        if (e.TryGetProperty("byTypeOfOrder", out var byType))
        {
            foreach (var split in byType.EnumerateObject())
            {
                splits[split.Name] = (split.Value.GetProperty("numerator").GetInt64(), split.Value.GetProperty("denominator").GetInt64());
            }
        }

        return new ExpectedMeasure(e.GetProperty("id").GetString()!, Long("numerator"), Long("denominator"), hasValue, parsed, splits);
    }
}
