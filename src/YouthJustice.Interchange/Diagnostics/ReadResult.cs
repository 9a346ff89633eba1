using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

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
    }

    /// <summary>What could be read; rejected items are left out.</summary>
    public T Value { get; }

    /// <summary>Every issue, in the order found.</summary>
    public IReadOnlyList<InputIssue> Issues { get; }

    /// <summary>The counts of items seen, accepted and rejected, by kind and by reason.</summary>
    public ReadSummary Summary { get; }

    /// <summary>Whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>The error issues.</summary>
    public IEnumerable<InputIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    /// <summary>The warning issues.</summary>
    public IEnumerable<InputIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
}
