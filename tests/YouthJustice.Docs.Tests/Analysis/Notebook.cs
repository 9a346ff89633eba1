using System.Text;
using System.Text.Json;

namespace YouthJustice.Docs.Tests.Analysis;

/// <summary>
/// A Jupyter notebook (nbformat 4) for the C# kernel of .NET Interactive, written from an analysis app's cells with
/// no outputs, and read back as cells.
/// </summary>
internal static class Notebook
{
    public static string Write(IReadOnlyList<AnalysisCell> cells)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("cells");
            foreach (var cell in cells)
            {
                json.WriteStartObject();
                json.WriteString("cell_type", cell.IsCode ? "code" : "markdown");
                if (cell.IsCode)
                {
                    json.WriteNull("execution_count");
                }

                json.WriteStartObject("metadata");
                if (cell.IsCode)
                {
                    json.WriteStartObject("polyglot_notebook");
                    json.WriteString("kernelName", "csharp");
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                if (cell.IsCode)
                {
                    json.WriteStartArray("outputs");
                    json.WriteEndArray();
                }

                json.WriteStartArray("source");
                var lines = cell.Source.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    json.WriteStringValue(i < lines.Length - 1 ? lines[i] + "\n" : lines[i]);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("metadata");
            json.WriteStartObject("kernelspec");
            json.WriteString("display_name", ".NET (C#)");
            json.WriteString("language", "C#");
            json.WriteString("name", ".net-csharp");
            json.WriteEndObject();
            json.WriteStartObject("language_info");
            json.WriteString("file_extension", ".cs");
            json.WriteString("mimetype", "text/x-csharp");
            json.WriteString("name", "C#");
            json.WriteString("pygments_lexer", "csharp");
            json.WriteEndObject();
            json.WriteStartObject("polyglot_notebook");
            json.WriteStartObject("kernelInfo");
            json.WriteString("defaultKernelName", "csharp");
            json.WriteStartArray("items");
            json.WriteStartObject();
            json.WriteString("name", "csharp");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteNumber("nbformat", 4);
            json.WriteNumber("nbformat_minor", 4);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static IReadOnlyList<AnalysisCell> Read(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => new AnalysisCell(
                c.GetProperty("cell_type").GetString() == "code",
                string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString()))))
            .ToList();
    }
}
