namespace YouthJustice.Domain;

/// <summary>The one rule for pseudonymous identifiers: 1–64 characters, not blank, no surrounding white space.</summary>
internal static class Identifier
{
    internal const int MaxLength = 64;

    internal static string? Problem(string? text)
    {
        if (text is null)
        {
            return "no text was given.";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return "it is blank.";
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return "it has leading or trailing white space.";
        }

        if (text.Length <= MaxLength && text.AsSpan().IndexOfAnyInRange('\0', '\u001f') is var at and >= 0)
        {
            // A line break or other control character would split an id across lines of every report (issue 14).
            return $"it contains the control character U+{(int)text[at]:X4} (a line break, tab or other invisible character).";
        }

        if (text.Length <= MaxLength && text.AsSpan().IndexOf('\u007f') is var del and >= 0)
        {
            return $"it contains the control character U+{(int)text[del]:X4} (a line break, tab or other invisible character).";
        }

        if (text.Length > MaxLength)
        {
            return $"it is {text.Length} characters long; the most allowed is {MaxLength}.";
        }

        return null;
    }

    internal static string Check(string? text, string paramName)
    {
        var problem = Problem(text);
        if (problem is not null)
        {
            throw new ArgumentException($"'{text}' is not a valid identifier: {problem} ({InvalidIdentifierError.Rule}).", paramName);
        }

        return text!;
    }
}
