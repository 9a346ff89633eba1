using System.Runtime.CompilerServices;
using System.Text;

namespace YouthJustice.Interchange.Json;

/// <summary>
/// A record's known field names with their UTF-8 bytes, so that a property's name is matched without making a string
/// of it (a string is made only for a name the record does not know, which is reported).
/// </summary>
internal sealed class JsonFieldNames
{
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, JsonFieldNames> Cache = new();

    private readonly string[] _names;
    private readonly byte[][] _utf8;

    private JsonFieldNames(IReadOnlySet<string> names)
    {
        _names = [.. names];
        _utf8 = Array.ConvertAll(_names, Encoding.UTF8.GetBytes);
    }

    /// <summary>The names of <paramref name="known"/>, made once per set.</summary>
    public static JsonFieldNames Of(IReadOnlySet<string> known) => Cache.GetValue(known, static k => new JsonFieldNames(k));

    /// <summary>The known name equal to the property's name (the same string instance every time), or null.</summary>
    public string? Find(in JsonProperty property)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (property.NameEquals(_utf8[i]))
            {
                return _names[i];
            }
        }

        return null;
    }
}
