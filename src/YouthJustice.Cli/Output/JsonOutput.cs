using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace YouthJustice.Cli.Output;

/// <summary>Writes the tool's own JSON reports (explain, diff, check, validate): indented UTF-8, readable escaping.</summary>
internal static class JsonOutput
{
    public static void Write(Stream stream, Action<Utf8JsonWriter> write)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        write(json);
        json.Flush();
    }

    public static void StringArray(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
