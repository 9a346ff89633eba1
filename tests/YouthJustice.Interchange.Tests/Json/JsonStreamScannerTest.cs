using System.Text.Json;

namespace YouthJustice.Interchange.Tests.Json;

public class JsonStreamScannerTest
{
    private const string Document = """
        {
          "schema": "youthjustice-caselevel/1",
          "service": { "code": "YJS01" },
          "ignored": { "deep": [1, 2, {"x": [3]}] },
          "children": [ { "id": "C1", "n": [1, 2, 3] }, { "id": "C2" }, { "id": "C3", "text": "a long enough string to cross buffer boundaries" } ]
        }
        """;

    [Theory]
    [InlineData(1, 16)]
    [InlineData(7, 16)]
    [InlineData(4096, 65536)]
    public void Elements_are_handed_over_one_at_a_time_whatever_the_chunking(int bytesPerRead, int initialBuffer)
    {
        var handler = Scan(Document, bytesPerRead, initialBuffer);

        handler.Events.Should().Equal(
            "property schema",
            "value schema \"youthjustice-caselevel/1\"",
            "property service",
            "value service {\"code\":\"YJS01\"}",
            "property ignored",
            "property children",
            "element children[0] {\"id\":\"C1\",\"n\":[1,2,3]}",
            "element children[1] {\"id\":\"C2\"}",
            "element children[2] {\"id\":\"C3\",\"text\":\"a long enough string to cross buffer boundaries\"}");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"children\":[]}")).ToArray();
        var handler = new RecordingHandler();

        new JsonStreamScanner(new MemoryStream(bytes)).Scan(handler);

        handler.Events.Should().Equal("property children");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void An_empty_document_is_reported_as_empty(string text)
        => Scan(text).Events.Should().Equal("empty");

    [Fact]
    public void A_document_that_is_not_an_object_is_reported()
        => Scan("[1, 2]").Events.Should().Equal("root StartArray");

    [Fact]
    public void Text_that_is_not_json_is_a_syntax_error_at_its_position()
        => Scan("child_id,date_of_birth\nC1,2008-01-01\n").Events.Should().Equal("syntax - - line 1 byte 0: 'c' is an invalid start of a value.");

    [Fact]
    public void A_syntax_error_inside_an_element_names_the_element_and_line()
    {
        var text = "{\n\"children\": [\n{\"id\": \"C1\"},\n{\"id\": \"C2\",, }\n]}";

        Scan(text, 3, 16).Events.Should().Equal(
            "property children",
            "element children[0] {\"id\":\"C1\"}",
            "syntax children 1 line 4 byte 12: ',' is an invalid start of a property name. Expected a '\"'.");
    }

    [Fact]
    public void Leading_blank_lines_are_counted_in_the_line_number()
        => Scan("\n\n{\"a\": tru}").Events.Last().Should().StartWith("syntax - - line 3 ");

    [Fact]
    public void Content_after_the_document_is_a_syntax_error()
        => Scan("{\"schema\": \"x\"} {}").Events.Last().Should().Be("syntax - - line 1 byte 16: '{' is invalid after a single JSON value. Expected end of data.");

    [Fact]
    public void A_truncated_document_is_a_syntax_error_in_the_element_being_read()
        => Scan("{\"children\": [{\"id\": \"C1\"}, {\"id\": ", 5, 16).Events.Last().Should().StartWith("syntax children 1 line 1 ");

    [Fact]
    public void A_property_expected_to_be_a_list_that_is_not_is_reported_and_skipped()
        => Scan("{\"children\": {\"id\": \"C1\"}, \"schema\": \"s\"}").Events.Should().Equal(
            "property children", "not-array children StartObject", "property schema", "value schema \"s\"");

    [Fact]
    public void An_element_over_the_limit_is_skipped_and_the_rest_is_read()
    {
        var big = "{\"id\": \"C2\", \"pad\": [" + string.Join(",", Enumerable.Repeat("\"xxxxxxxxxx\"", 500)) + "]}";
        var text = "{\"children\": [{\"id\": \"C1\"}, " + big + ", {\"id\": \"C3\"}]}";
        var handler = new RecordingHandler();

        var scanner = new JsonStreamScanner(new TrickleStream(Encoding.UTF8.GetBytes(text), 100), maxElementBytes: 1024, initialBufferBytes: 64);
        scanner.Scan(handler);

        handler.Events.Should().Equal(
            "property children",
            "element children[0] {\"id\":\"C1\"}",
            "too-large children[1] 1024",
            "element children[2] {\"id\":\"C3\"}");
        scanner.PeakBufferBytes.Should().BeLessThanOrEqualTo(2048);
    }

    [Fact]
    public void A_single_value_longer_than_the_limit_stops_the_read()
    {
        var text = "{\"children\": [{\"id\": \"C1\"}, {\"id\": \"" + new string('x', 5000) + "\"}, {\"id\": \"C3\"}]}";
        var handler = new RecordingHandler();

        new JsonStreamScanner(new TrickleStream(Encoding.UTF8.GetBytes(text), 100), maxElementBytes: 1024, initialBufferBytes: 64).Scan(handler);

        handler.Events.Last().Should().Be("syntax children 1 line  byte : a single value is longer than the limit of 1024 bytes.");
    }

    [Fact]
    public void Many_elements_are_read_in_a_buffer_the_size_of_one()
    {
        var text = "{\"children\": [" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"{{\"id\": \"C{i}\", \"pad\": \"{new string('p', 40)}\"}}")) + "]}";
        var handler = new RecordingHandler { KeepEvents = false };

        var scanner = new JsonStreamScanner(new MemoryStream(Encoding.UTF8.GetBytes(text)), initialBufferBytes: 256);
        scanner.Scan(handler);

        handler.Elements.Should().Be(20_000);
        scanner.PeakBufferBytes.Should().Be(256);
    }

    private static RecordingHandler Scan(string text, int bytesPerRead = 4096, int initialBuffer = 65536)
    {
        var handler = new RecordingHandler();
        new JsonStreamScanner(new TrickleStream(Encoding.UTF8.GetBytes(text), bytesPerRead), initialBufferBytes: initialBuffer).Scan(handler);
        return handler;
    }

    private sealed class RecordingHandler : IJsonScanHandler
    {
        public List<string> Events { get; } = [];

        public bool KeepEvents { get; init; } = true;

        public int Elements { get; private set; }

        public PropertyAction OnProperty(string name)
        {
            Record($"property {name}");
            return name switch
            {
                "children" => PropertyAction.Stream,
                "ignored" => PropertyAction.Skip,
                _ => PropertyAction.Read,
            };
        }

        public void OnValue(string name, JsonElement value) => Record($"value {name} {JsonSerializer.Serialize(value)}");

        public void OnElement(string name, int index, JsonElement element)
        {
            Elements++;
            Record($"element {name}[{index}] {JsonSerializer.Serialize(element)}");
        }

        public void OnElementTooLarge(string name, int index, long limit) => Record($"too-large {name}[{index}] {limit}");

        public void OnElementNotUtf8(string name, int index) => Record($"not-utf8 {name}[{index}]");

        public void OnNotArray(string name, JsonTokenType token) => Record($"not-array {name} {token}");

        public void OnRootNotObject(JsonTokenType token) => Record($"root {token}");

        public void OnEmpty() => Record("empty");

        public void OnSyntaxError(string? arrayName, int? index, long? line, long? bytePositionInLine, string reason)
            => Record($"syntax {arrayName ?? "-"} {(index is { } i ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")} line {line} byte {bytePositionInLine}: {reason}");

        public void OnReadFailed(string reason) => Record($"read-failed {reason}");

        private void Record(string text)
        {
            if (KeepEvents)
            {
                Events.Add(text);
            }
        }
    }
}
