namespace YouthJustice.Interchange.Diagnostics;

/// <summary>The issues a read has found so far, in the order found.</summary>
internal sealed class IssueLog
{
    private readonly List<InputIssue> _issues = [];

    internal IReadOnlyList<InputIssue> Issues => _issues;

    internal void Add(InputIssue issue) => _issues.Add(issue);

    /// <summary>Appends the issues of <paramref name="other"/> (a file read on its own), in their order.</summary>
    internal void Append(IssueLog other) => _issues.AddRange(other._issues);

    /// <summary>Inserts the issues of <paramref name="other"/> at <paramref name="index"/>, in their order.</summary>
    internal void Insert(int index, IssueLog other) => _issues.InsertRange(index, other._issues);

    internal void Error(string code, InputLocation location, string? value, string reason, string? childId = null)
        => _issues.Add(new InputIssue(IssueSeverity.Error, code, location, value, reason, childId));

    internal void Warning(string code, InputLocation location, string? value, string reason, string? childId = null)
        => _issues.Add(new InputIssue(IssueSeverity.Warning, code, location, value, reason, childId));
}
