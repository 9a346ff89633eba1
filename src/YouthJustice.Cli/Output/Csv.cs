using System;

namespace YouthJustice.Cli.Output;

/// <summary>RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled.</summary>
internal static class Csv
{
    public static string Field(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
    }
}
