namespace YouthJustice.Domain.Resettlement;

/// <summary>How pathway names written by people are compared: case, repeated spaces and "&amp;" for "and" ignored.</summary>
internal static class PathwayText
{
    internal static string Key(string text)
    {
        var words = text.Replace("&", " and ", StringComparison.Ordinal)
            .Replace(",", " ", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToUpperInvariant());
        return string.Join(' ', words);
    }
}
