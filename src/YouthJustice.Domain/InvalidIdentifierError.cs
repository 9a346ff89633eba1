namespace YouthJustice.Domain;

/// <summary>
/// The error returned when text cannot be a pseudonymous identifier (a child, offence, intervention or victim id):
/// which field was read, the text given and why it was refused.
/// </summary>
/// <param name="Field">The field that was read (<c>id</c>, <c>offenceIds</c> ...).</param>
/// <param name="Text">The text that was given, or <see langword="null"/> when none was.</param>
/// <param name="Reason">Why the text was refused.</param>
public sealed record InvalidIdentifierError(string Field, string? Text, string Reason)
{
    /// <summary>What every identifier must be.</summary>
    public const string Rule = "an identifier is 1-64 characters, not blank, with no leading or trailing white space";

    /// <summary>A sentence for a person: the field, the text, the reason and the rule.</summary>
    public string Message => $"'{Text}' is not a valid '{Field}': {Reason} ({Rule}).";

    /// <inheritdoc />
    public override string ToString() => Message;
}
