using System.Collections.Immutable;
using YouthJustice.Domain.Services;

namespace YouthJustice.Interchange.Quality;

/// <summary>
/// A service's data-quality findings: every breach of a <see cref="DataQualityRule"/>, the findings of each child
/// and the count per rule. Built from a read (<see cref="From"/>: every rule, with the input's paths or CSV lines) or
/// from data held in memory (<see cref="Check"/>: the rules that apply to data the domain can hold, located by the
/// JSON path the data would have when written).
/// </summary>
public sealed class DataQualityReport
{
    private readonly ImmutableDictionary<string, ImmutableArray<InputIssue>> _byChild;

    private DataQualityReport(string service, IEnumerable<InputIssue> issues)
    {
        Service = service;
        Issues = issues.Where(i => DataQualityRule.FromId(i.Code) is not null).ToImmutableArray();
        _byChild = Issues.Where(i => i.ChildId is not null)
            .GroupBy(i => i.ChildId!, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        CountsByRule = DataQualityRule.List.OrderBy(r => r.Value)
            .ToImmutableDictionary(rule => rule, rule => Issues.Count(i => i.Code == rule.Id));
    }

    /// <summary>The service's code.</summary>
    public string Service { get; }

    /// <summary>Every finding, in the order found.</summary>
    public IReadOnlyList<InputIssue> Issues { get; }

    /// <summary>The number of findings of every rule (zero for a rule with none).</summary>
    public IReadOnlyDictionary<DataQualityRule, int> CountsByRule { get; }

    /// <summary>The ids of the children with at least one finding, in ordinal order.</summary>
    public IReadOnlyList<string> ChildIds => _byChild.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The report of a read: the data-quality findings among its issues.</summary>
    /// <param name="result">What a reader returned.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static DataQualityReport From(ReadResult<ServiceData> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new DataQualityReport(result.Value.Code.Value, result.Issues.Concat(BoardFindings(result.Value)));
    }

    /// <summary>
    /// Checks data held in memory against the rules that apply to data the domain can hold (DQ-002, DQ-003 for
    /// victims, DQ-005, DQ-006, DQ-008); findings are located by JSON path (<c>children[3].interventions[0].offenceIds</c>).
    /// </summary>
    /// <param name="data">The service's data.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static DataQualityReport Check(ServiceData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var issues = new List<InputIssue>();
        for (var c = 0; c < data.Children.Count; c++)
        {
            var child = data.Children[c];
            foreach (var finding in ChildQualityChecks.Check(child))
            {
                var path = finding.Kind == InputItemKind.Child
                    ? string.Create(CultureInfo.InvariantCulture, $"children[{c}].{finding.Field}")
                    : string.Create(CultureInfo.InvariantCulture, $"children[{c}].{finding.Kind.JsonName}[{finding.Index}].{finding.Field}");
                issues.Add(new InputIssue(finding.Rule.Severity, finding.Rule.Id, InputLocation.Json(path), finding.Value, finding.Reason, child.Id.Value));
            }
        }

        issues.AddRange(BoardFindings(data));
        return new DataQualityReport(data.Code.Value, issues);
    }

    // DQ-011 (kpi-rules §13.23): a new-partner flag on an entry nobody attended. The entry is named by its quarter and
    // sector, which a reader's rejections cannot shift as they could an index.
    private static IEnumerable<InputIssue> BoardFindings(ServiceData data)
    {
        var rule = DataQualityRule.NewPartnerWithoutAttendance;
        foreach (var entry in data.BoardAttendance)
        {
            if (entry.NewPartner && !entry.Senior && !entry.Delegate)
            {
                var value = string.Create(CultureInfo.InvariantCulture, $"{entry.Quarter} {entry.Sector.Name}");
                yield return new InputIssue(rule.Severity, rule.Id, InputLocation.Json("boardAttendance"), value,
                    string.Create(CultureInfo.InvariantCulture, $"The board entry for {entry.Sector.Name} in {entry.Quarter} flags a new partner, but neither a senior partner nor a delegate attended; KPI 7 ignores the flag (kpi-rules §13.23)."), null);
            }
        }
    }

    /// <summary>The findings of one child.</summary>
    /// <param name="childId">The child's id as written.</param>
    /// <returns>Its findings, in the order found; empty when it has none.</returns>
    public IReadOnlyList<InputIssue> ForChild(string childId)
        => _byChild.TryGetValue(childId, out var issues) ? issues : ImmutableArray<InputIssue>.Empty;

    /// <summary>The number of findings of one rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The count.</returns>
    public int Count(DataQualityRule rule) => CountsByRule[rule];

    /// <summary>The counts as lines, <c>DQ-006 Intervention with no offence: 3</c>, for the rules with findings.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Join(
            Environment.NewLine,
            CountsByRule.Where(p => p.Value > 0).OrderBy(p => p.Key.Value)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key.Id} {p.Key.Title}: {p.Value}")));
}
