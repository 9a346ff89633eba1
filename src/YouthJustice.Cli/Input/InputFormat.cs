using System.Text.Json;

namespace YouthJustice.Cli.Input;

/// <summary>
/// The formats <c>--input-format</c> names, and how <c>auto</c> tells them apart from the input itself (decision YJ-8):
/// a folder is a CSV table set; a file is read as far as its first top-level fields: a <c>documents</c> list (or a
/// <c>yjaf-case-level/1</c> schema followed by it) is a YJAF document, <c>children</c> or the
/// <c>youthjustice-caselevel/1</c> schema our own document, a first object with a <c>ypid</c>, or a first object
/// followed by another, YJAF lines; a <c>.ndjson</c>/<c>.jsonl</c> name is YJAF lines.
/// </summary>
internal static class InputFormat
{
    internal const string Auto = "auto";
    internal const string Json = "json";
    internal const string Csv = "csv";
    internal const string Yjaf = "yjaf";
    internal const string YjafLines = "yjaf-ndjson";

    internal static readonly string[] All = [Auto, Json, Csv, Yjaf, YjafLines];

    /// <summary>How many bytes of a file are looked at to tell its format.</summary>
    private const int Peek = 64 * 1024;

    /// <summary>The format of the file at <paramref name="path"/>: <see cref="Json"/>, <see cref="Yjaf"/> or <see cref="YjafLines"/>.</summary>
    internal static string DetectFile(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase) || extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return YjafLines;
        }

        byte[] head;
        try
        {
            using var stream = File.OpenRead(path);
            head = new byte[(int)Math.Min(Peek, stream.Length)];
            stream.ReadExactly(head);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Json;
        }

        return Detect(head);
    }

    /// <summary>The format of a document that starts with <paramref name="head"/> (the first bytes of the file).</summary>
    internal static string Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var reader = new Utf8JsonReader(head, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }));
        var yjafSchema = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    var rest = head[(int)reader.BytesConsumed..];
                    return rest.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty && !yjafSchema ? Json : YjafLines;
                }

                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                if (reader.ValueTextEquals("documents"u8))
                {
                    return Yjaf;
                }

                if (reader.ValueTextEquals("children"u8))
                {
                    return Json;
                }

                if (reader.ValueTextEquals("ypid"u8))
                {
                    return YjafLines;
                }

                if (reader.ValueTextEquals("schema"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    if (reader.ValueTextEquals("yjaf-case-level/1"u8))
                    {
                        yjafSchema = true;
                    }
                    else
                    {
                        return Json;
                    }
                }
            }
        }
        catch (JsonException)
        {
            return yjafSchema ? Yjaf : Json;
        }

        return yjafSchema ? Yjaf : Json;
    }
}
