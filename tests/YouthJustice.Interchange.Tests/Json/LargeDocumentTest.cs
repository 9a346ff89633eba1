namespace YouthJustice.Interchange.Tests.Json;

/// <summary>The "huge file" row of the bad-input table: a large document is streamed, never held whole.</summary>
public class LargeDocumentTest
{
    [Fact]
    public void A_large_document_is_read_in_a_buffer_the_size_of_one_child()
    {
        const int count = 20_000;
        var text = new StringBuilder("{\"schema\": \"youthjustice-caselevel/1\", \"service\": {\"code\": \"YJS01\", \"name\": \"Large\"}, \"children\": [");
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",\n").Append(Inputs.Child("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var bytes = Encoding.UTF8.GetBytes(text.Append("]}").ToString());
        var handler = new CaseLevelJsonHandler();
        var scanner = new JsonStreamScanner(new TrickleStream(bytes, 8192));

        scanner.Scan(handler);
        var result = handler.Result();

        bytes.Length.Should().BeGreaterThan(1_500_000);
        scanner.PeakBufferBytes.Should().Be(64 * 1024);
        result.Issues.Should().BeEmpty();
        result.Summary.For(InputItemKind.Child).Accepted.Should().Be(count);
        result.Value.Children[^1].Id.Value.Should().Be("C19999");
    }
}
