namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// One problem found in the input: how serious it is, its stable code (<c>IX-FIELD-002</c>, <c>DQ-003</c>), where it
/// is, the offending value and the reason in plain words.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record InputIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="severity">Whether the item was rejected (<see cref="IssueSeverity.Error"/>) or kept with a warning.</param>
    /// <param name="code">The stable code, <c>IX-FIELD-002</c>; see <see cref="IssueCodes"/> and <c>DataQualityRule</c>.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="value">The offending value as written, or <see langword="null"/> when there is none (a missing field).</param>
    /// <param name="reason">Why it is a problem, in plain words, as one sentence.</param>
    /// <param name="childId">The id of the child the issue belongs to, when known.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="reason"/> is blank.</exception>
    public InputIssue(IssueSeverity severity, string code, InputLocation location, string? value, string reason, string? childId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Severity = severity;
        Code = code;
        Location = location;
        Value = Cut(value);
        Reason = Cut(reason)!;
        ChildId = childId;
    }

    /// <summary>
    /// The longest <see cref="Value"/> and <see cref="Reason"/> an issue keeps: a longer one (a 10 MB cell quoted in
    /// its reason) is cut to this many characters and ends with <c>… (n more characters)</c>, so that no message echoes
    /// a huge value whole (issue 14).
    /// </summary>
    public const int MaxTextLength = 1000;

    /// <summary>Whether the item was rejected (<see cref="IssueSeverity.Error"/>) or kept with a warning.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>The stable code: <c>IX-...</c> for syntax and structure (<see cref="IssueCodes"/>), <c>DQ-...</c> for data quality.</summary>
    public string Code { get; }

    /// <summary>Where the problem is.</summary>
    public InputLocation Location { get; }

    /// <summary>The offending value as written, or <see langword="null"/> when there is none.</summary>
    public string? Value { get; }

    /// <summary>Why it is a problem, in plain words.</summary>
    public string Reason { get; }

    /// <summary>The id of the child the issue belongs to, when known.</summary>
    public string? ChildId { get; }

    /// <summary>The line a person reads: <c>error IX-FIELD-002 at children[0].sex: 'M' is not a valid 'sex'; expected one of: ...</c>.</summary>
    public string Message => $"{(Severity == IssueSeverity.Error ? "error" : "warning")} {Code} at {Location}: {Reason}";

    /// <inheritdoc />
    public override string ToString() => Message;

    private static string? Cut(string? text)
        => text is null || text.Length <= MaxTextLength
            ? text
            : string.Concat(text.AsSpan(0, MaxTextLength), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… ({text.Length - MaxTextLength} more characters)"));
}
