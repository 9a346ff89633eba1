using System.Text.Encodings.Web;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Services;

namespace YouthJustice.Interchange.Json;

/// <summary>
/// What both of our JSON shapes (case-level and YJAF) write the same way: the writer's options, the top-level object
/// with its <c>schema</c>, the <c>service</c> (code and name), its <c>populations</c> and <c>boardAttendance</c>, and
/// one streamed list with an item per child.
/// </summary>
internal static class ServiceJsonDocument
{
    private const int FlushBytes = 64 * 1024;

    /// <summary>The writer's options: indented or not, and text escaped only where JSON needs it.</summary>
    /// <param name="indented">Whether to indent (for people) or not (smaller).</param>
    internal static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes a whole document: the schema, the service's fields, then the list <paramref name="itemsName"/> with one
    /// item per child, flushed as the output grows so that large services stream out. The stream is not closed.
    /// </summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="schema">The document's schema.</param>
    /// <param name="data">The service's data.</param>
    /// <param name="itemsName">The name of the list of children's items: <c>children</c> or <c>documents</c>.</param>
    /// <param name="item">Writes one child's item.</param>
    internal static void Write(Stream stream, bool indented, string schema, ServiceData data, string itemsName, Action<Utf8JsonWriter, ChildCase> item)
    {
        using var json = new Utf8JsonWriter(stream, Options(indented));
        json.WriteStartObject();
        json.WriteString(RecordLayout.Schema, schema);
        WriteServiceFields(json, data);
        json.WriteStartArray(itemsName);
        foreach (var child in data.Children)
        {
            item(json, child);
            if (json.BytesPending > FlushBytes)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>Writes the <c>service</c>, <c>populations</c> and <c>boardAttendance</c> properties, in that order.</summary>
    /// <param name="json">The writer, inside the document's top-level object.</param>
    /// <param name="data">The service's data.</param>
    internal static void WriteServiceFields(Utf8JsonWriter json, ServiceData data)
    {
        json.WriteStartObject(RecordLayout.Service);
        json.WriteString("code", data.Code.Value);
        json.WriteString("name", data.Name);
        json.WriteEndObject();

        json.WriteStartArray(RecordLayout.Populations);
        foreach (var population in data.Populations)
        {
            json.WriteStartObject();
            json.WriteNumber("year", population.Year);
            json.WriteNumber("aged10To17", population.Aged10To17);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(RecordLayout.BoardAttendance);
        foreach (var attendance in data.BoardAttendance)
        {
            json.WriteStartObject();
            json.WriteString("quarter", attendance.Quarter.ToString());
            json.WriteString("sector", attendance.Sector.Name);
            json.WriteBoolean("senior", attendance.Senior);
            json.WriteBoolean("delegate", attendance.Delegate);
            json.WriteBoolean("newPartner", attendance.NewPartner);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
