using YouthJustice.Domain.Services;

namespace YouthJustice.Interchange.Tests.TestSupport;

/// <summary>Sample documents and small helpers to read JSON text.</summary>
public static class Inputs
{
    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static string SampleJson => File.ReadAllText(SamplePath("caselevel-sample.json"));

    public static ReadResult<ServiceData> ReadJson(string text) => CaseLevelJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    public static ReadResult<ServiceData> ReadJson(byte[] bytes) => CaseLevelJsonReader.Read(new MemoryStream(bytes));

    /// <summary>A document with the given children (JSON objects, comma separated) and a valid header.</summary>
    public static string Document(string children)
        => "{\"schema\": \"youthjustice-caselevel/1\", \"service\": {\"code\": \"YJS01\", \"name\": \"Test\"}, \"children\": [" + children + "]}";

    /// <summary>A valid child object with the given extra fields (each "name": value, comma separated) replacing defaults.</summary>
    public static string Child(string id = "C1", string fields = "")
        => "{\"id\": \"" + id + "\", \"dateOfBirth\": \"2008-05-01\", \"sex\": \"Male\", \"ethnicity\": \"WhiteBritish\"" + (fields.Length == 0 ? string.Empty : ", " + fields) + "}";

    /// <summary>A temporary folder, deleted on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "yj-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Write(string name, string text) => System.IO.File.WriteAllText(File(name), text, new UTF8Encoding(false));

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
