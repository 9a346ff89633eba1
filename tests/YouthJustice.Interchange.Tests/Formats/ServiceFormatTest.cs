using YouthJustice.Interchange.Formats;

namespace YouthJustice.Interchange.Tests.Formats;

/// <summary><see cref="ServiceFormat.Detect"/>: which reader a file or folder goes to, from the input itself (decision YJ-8).</summary>
public sealed class ServiceFormatTest : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yj-format-" + Guid.NewGuid().ToString("N"));

    public ServiceFormatTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> Heads => new()
    {
        { """{ "schema": "youthjustice-caselevel/1", "children": [] }""", nameof(ServiceFormat.CaseLevelJson) },
        { """{ "children": [] }""", nameof(ServiceFormat.CaseLevelJson) },
        { """{ "documents": [] }""", nameof(ServiceFormat.YjafDocument) },
        { """{ "schema": "yjaf-case-level/1", "service": { "code": "YJS01" }, "documents": [] }""", nameof(ServiceFormat.YjafDocument) },
        { """{ "schema": "yjaf-case-level/1" }""", nameof(ServiceFormat.YjafLines) },
        { "{ \"ypid\": \"C1\", \"items\": [] }\n", nameof(ServiceFormat.YjafLines) },
        { "{ \"schema\": \"yjaf-case-level/1\", \"service\": {} }\n{ \"ypid\": \"C1\" }\n", nameof(ServiceFormat.YjafLines) },
        { "{ \"code\": \"YJS01\" }\n{ \"ypid\": \"C1\" }\n", nameof(ServiceFormat.YjafLines) },
        { "\uFEFF{ \"documents\": [] }", nameof(ServiceFormat.YjafDocument) },
        { "this is not JSON", nameof(ServiceFormat.CaseLevelJson) },
        { string.Empty, nameof(ServiceFormat.CaseLevelJson) },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void A_file_is_told_by_its_first_top_level_fields(string text, string expected)
    {
        var path = Path.Combine(_folder, "service.json");
        File.WriteAllText(path, text);

        ServiceFormat.Detect(path).Name.Should().Be(expected);
    }

    [Fact]
    public void A_folder_is_a_csv_table_set_and_an_ndjson_or_jsonl_name_is_yjaf_lines_whatever_it_holds()
    {
        var ndjson = Path.Combine(_folder, "a.ndjson");
        var jsonl = Path.Combine(_folder, "b.JSONL");
        File.WriteAllText(ndjson, """{ "children": [] }""");
        File.WriteAllText(jsonl, """{ "documents": [] }""");

        ServiceFormat.Detect(_folder).Should().Be(ServiceFormat.CaseLevelCsv);
        ServiceFormat.Detect(ndjson).Should().Be(ServiceFormat.YjafLines);
        ServiceFormat.Detect(jsonl).Should().Be(ServiceFormat.YjafLines);
    }

    [Fact]
    public void Each_format_has_the_name_the_tool_uses_and_says_whether_it_is_a_folder()
    {
        ServiceFormat.List.OrderBy(f => f.Value).Select(f => (f.ShortName, f.IsFolder)).Should().Equal(
            ("json", false), ("csv", true), ("yjaf", false), ("yjaf-ndjson", false));
    }
}
