using NodaTime;

namespace YouthJustice.Interchange.Json;

/// <summary>
/// Writing a property whose value may be missing: the value when there is one, JSON <c>null</c> when there is not.
/// Both of our JSON shapes (case-level and YJAF) write a missing value as <c>null</c>, never by leaving the property out.
/// </summary>
internal static class NullableJson
{
    /// <summary>An ISO date (<c>yyyy-MM-dd</c>), or null.</summary>
    internal static void Date(Utf8JsonWriter json, string name, LocalDate? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, CaseMapper.Iso(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Text, or null.</summary>
    internal static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>True or false, or null.</summary>
    internal static void Bool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A number, or null.</summary>
    internal static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
