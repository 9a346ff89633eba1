using System;

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
