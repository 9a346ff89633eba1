namespace YouthJustice.Domain.Time;

/// <summary>
/// The error returned when text is not a financial-year label: the text given, why it was refused and the expected
/// form (<c>yyyy/yy</c>, for example <c>2023/24</c> = 1 April 2023–31 March 2024).
/// </summary>
/// <param name="Text">The text that was given, or <see langword="null"/> when none was.</param>
/// <param name="Reason">Why the text was refused.</param>
public sealed record FinancialYearParseError(string? Text, string Reason)
{
    /// <summary>The form a financial-year label must take.</summary>
    public const string ExpectedForm = "yyyy/yy, where yyyy is the starting year (0001-9998) and yy the last two digits of the next year (e.g. 2023/24)";

    /// <summary>A sentence for a person: the text, the reason and the expected form.</summary>
    public string Message => $"'{Text}' is not a financial year: {Reason} Expected {ExpectedForm}.";

    /// <inheritdoc />
    public override string ToString() => Message;
}
