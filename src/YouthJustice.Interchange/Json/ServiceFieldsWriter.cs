using System.Text.Json;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Records;

namespace YouthJustice.Interchange.Json;

/// <summary>
/// Writes what a service's data holds besides its children, the same in both of our JSON shapes (case-level and
/// YJAF): the <c>service</c> (code and name), its <c>populations</c> and its <c>boardAttendance</c>.
/// </summary>
internal static class ServiceFieldsWriter
{
    /// <summary>Writes the <c>service</c>, <c>populations</c> and <c>boardAttendance</c> properties, in that order.</summary>
    /// <param name="json">The writer, inside the document's top-level object.</param>
    /// <param name="data">The service's data.</param>
    internal static void Write(Utf8JsonWriter json, ServiceData data)
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
