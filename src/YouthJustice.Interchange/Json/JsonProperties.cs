namespace YouthJustice.Interchange.Json;

/// <summary>
/// The properties of one JSON object as a record reader keeps them: by name, each once, in the order given. A record
/// has a dozen fields at most, so a linear search finds a name faster (and with less garbage) than a dictionary.
/// </summary>
internal sealed class JsonProperties
{
    private readonly List<KeyValuePair<string, JsonElement>> _properties;

    /// <param name="capacity">How many properties the object has.</param>
    internal JsonProperties(int capacity = 0) => _properties = new(capacity);

    /// <summary>Whether a property named <paramref name="name"/> is kept.</summary>
    internal bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Keeps a property (its name not yet kept).</summary>
    internal void Add(string name, JsonElement value) => _properties.Add(new(name, value));

    /// <summary>The value of the property named <paramref name="name"/>, if it is kept.</summary>
    internal bool TryGet(string name, out JsonElement value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _properties[index].Value : default;
        return index >= 0;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _properties.Count; i++)
        {
            if (string.Equals(_properties[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
