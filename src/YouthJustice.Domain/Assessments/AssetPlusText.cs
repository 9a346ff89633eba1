using System.Text;

namespace YouthJustice.Domain.Assessments;

/// <summary>
/// Reads AssetPlus judgement values, whose vocabularies in case-level data were not visible: case-insensitive, with
/// spaces, underscores and hyphens ignored (<c>VERY_HIGH</c>, <c>Very High</c>, <c>very-high</c> and <c>VeryHigh</c>
/// are the same); numbered values (MAPPA) also accept the number with an optional leading word ("Category 1", "Level 2"). Anything else is an
/// <see cref="UnknownValueError"/> listing the names.
/// </summary>
internal static class AssetPlusText
{
    internal static OneOf<TEnum, UnknownValueError> Parse<TEnum>(string? text, string field, bool acceptsNumbers = false, params string[] optionalPrefixes)
        where TEnum : SmartEnum<TEnum>
    {
        if (text is not null)
        {
            var key = Key(text);
            foreach (var prefix in optionalPrefixes.Select(Key))
            {
                if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    key = key[prefix.Length..];
                    break;
                }
            }

            foreach (var value in SmartEnum<TEnum>.List)
            {
                if (string.Equals(Key(value.Name), key, StringComparison.Ordinal)
                    || (acceptsNumbers && string.Equals(value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), key, StringComparison.Ordinal)))
                {
                    return value;
                }
            }
        }

        return new UnknownValueError(field, text, AllowedValues<TEnum>());
    }

    internal static IReadOnlyList<string> AllowedValues<TEnum>()
        where TEnum : SmartEnum<TEnum>
        => SmartEnum<TEnum>.List.OrderBy(v => v.Value).Select(v => v.Name).ToArray();

    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '_' or '-' or '\t'))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
