using System.Text.Encodings.Web;

namespace YouthJustice.Interchange.Json;

/// <summary>
/// How the library writes its JSON reports (explanations, definition differences, validation, read reports): indented
/// UTF-8 with readable escaping (no <c>\u00e9</c> for an accent), as people read them as well as programs.
/// </summary>
internal static class ReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, Options);
        write(json);
        json.Flush();
    }

    public static void StringArray(Utf8JsonWriter json, string name, IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    public static void StringOrNull(Utf8JsonWriter json, string name, string? value)
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
}
