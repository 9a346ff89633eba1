namespace YouthJustice.Domain.Time;

/// <summary>
/// The error returned when text is not a YJB reporting-quarter label: the text given, why it was refused and the
/// expected form (<c>yyyyQn</c>, for example <c>2024Q1</c> = 1 April–30 June 2024).
/// </summary>
/// <param name="Text">The text that was given, or <see langword="null"/> when none was.</param>
/// <param name="Reason">Why the text was refused.</param>
public sealed record QuarterParseError(string? Text, string Reason)
{
    /// <summary>The form a reporting-quarter label must take.</summary>
    public const string ExpectedForm = "yyyyQn, where yyyy is the year the financial year starts (0001-9998) and n is 1-4 (e.g. 2024Q1 = 1 Apr-30 Jun 2024, 2023Q4 = 1 Jan-31 Mar 2024)";

    /// <summary>A sentence for a person: the text, the reason and the expected form.</summary>
    public string Message => $"'{Text}' is not a reporting quarter: {Reason} Expected {ExpectedForm}.";

    /// <inheritdoc />
    public override string ToString() => Message;
}
