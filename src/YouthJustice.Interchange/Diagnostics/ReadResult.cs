using System.Collections.Immutable;

namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// The outcome of reading an input: what could be read, every issue found and a summary that accounts for every
/// item. Readers never throw on bad input; they return a result whose <see cref="Issues"/> say what was wrong.
/// </summary>
/// <typeparam name="T">What was read (the service's case-level data, a KPI return ...).</typeparam>
public sealed class ReadResult<T>
{
    /// <summary>Creates the result.</summary>
    /// <param name="value">What could be read (without the rejected items).</param>
    /// <param name="issues">Every issue, in the order found.</param>
    /// <param name="summary">The counts of items seen, accepted and rejected.</param>
    public ReadResult(T value, IEnumerable<InputIssue> issues, ReadSummary summary)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(summary);
        Value = value;
        Issues = issues.ToImmutableArray();
        Summary = summary;
        FatalIssues = Issues.Where(IssueCodes.IsFatal).ToImmutableArray();
        Losses = Issues.Where(IssueCodes.LosesData).ToImmutableArray();
        KindsLost = summary.Items.Where(i => i.Seen > 0 && i.Accepted == 0).Select(i => i.Kind).ToImmutableArray();
        Outcome = FatalIssues.Count > 0 || KindsLost.Count > 0
            ? ReadOutcome.Fatal
            : Losses.Count > 0 ? ReadOutcome.Partial : ReadOutcome.Complete;
    }

    /// <summary>What could be read; rejected items are left out.</summary>
    public T Value { get; }

    /// <summary>Every issue, in the order found.</summary>
    public IReadOnlyList<InputIssue> Issues { get; }

    /// <summary>The counts of items seen, accepted and rejected, by kind and by reason.</summary>
    public ReadSummary Summary { get; }

    /// <summary>
    /// How the read ended: <see cref="ReadOutcome.Complete"/> (nothing lost), <see cref="ReadOutcome.Partial"/> (some
    /// items rejected or data ignored: <see cref="Losses"/>) or <see cref="ReadOutcome.Fatal"/> (nothing usable:
    /// <see cref="FatalIssues"/> or <see cref="KindsLost"/>). A caller that computes figures from
    /// <see cref="Value"/> should do so only when the outcome is not fatal, and report every loss when it is partial.
    /// </summary>
    public ReadOutcome Outcome { get; }

    /// <summary>Whether nothing usable was read (<see cref="Outcome"/> is <see cref="ReadOutcome.Fatal"/>).</summary>
    public bool IsFatal => Outcome == ReadOutcome.Fatal;

    /// <summary>The issues that make the input unusable as a whole (<see cref="IssueCodes.IsFatal"/>), in the order found.</summary>
    public IReadOnlyList<InputIssue> FatalIssues { get; }

    /// <summary>
    /// The kinds of item of which some were seen and every one was rejected (every child; every line of ete.csv): a
    /// whole kind of record lost makes the read fatal, since figures that depend on it would be silently wrong.
    /// </summary>
    public IReadOnlyList<InputItemKind> KindsLost { get; }

    /// <summary>
    /// Every issue that lost data (<see cref="IssueCodes.LosesData"/>): each error, and each warning whose data was
    /// ignored (an unknown field, column or file). Empty when <see cref="Outcome"/> is <see cref="ReadOutcome.Complete"/>.
    /// </summary>
    public IReadOnlyList<InputIssue> Losses { get; }

    /// <summary>Whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>The error issues.</summary>
    public IEnumerable<InputIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    /// <summary>The warning issues.</summary>
    public IEnumerable<InputIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
}
