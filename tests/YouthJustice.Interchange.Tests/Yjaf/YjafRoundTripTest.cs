using NodaTime;
using YouthJustice.Domain.Services;
using YouthJustice.Sampling;
using YouthJustice.Interchange.Yjaf;

namespace YouthJustice.Interchange.Tests.Yjaf;

/// <summary>read(write(x)) == x through the YJB's case-level shape, JSON and newline-delimited, for generated services
/// and every conformance deck: the writer loses nothing the reader cannot give back (decision YJ-3).</summary>
public class YjafRoundTripTest
{
    public static TheoryData<int, int> Seeds => new() { { 1, 40 }, { 2, 120 }, { 20_240_401, 300 }, { 77, 0 }, { 5, 1 } };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_generated_service_written_as_a_YJAF_document_reads_back_as_the_same_data(int seed, int children)
    {
        var data = SampleGenerator.Generate(new SampleOptions(children, seed, new ReportingQuarter(2023, 1), 8, "YJS01", "Example Youth Justice Service"));

        var back = ThroughJson(data);

        AssertClean(back, data);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_generated_service_written_as_YJAF_lines_reads_back_as_the_same_data(int seed, int children)
    {
        var data = SampleGenerator.Generate(new SampleOptions(children, seed, new ReportingQuarter(2023, 1), 8, "YJS01", "Example Youth Justice Service"));
        using var stream = new MemoryStream();
        YjafWriter.WriteNdjson(data, stream, new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2024, 6, 30)));
        stream.Position = 0;

        var back = YjafReader.ReadNdjson(stream);

        AssertClean(back, data);
        File.ReadAllLines(WriteTemp(stream)).Should().HaveCount(data.Children.Count + 1, "one service line, then one line per child");
    }

    public static TheoryData<string> Decks()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(ConformanceRoot()).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, "input.json")))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void Every_conformance_deck_round_trips_through_the_YJAF_shape(string deck)
    {
        var ours = CaseLevelJsonReader.ReadFile(Path.Combine(ConformanceRoot(), deck, "input.json"));
        ours.Errors.Should().BeEmpty();

        var back = ThroughJson(ours.Value);

        back.Errors.Should().BeEmpty();
        back.Value.Should().Be(ours.Value);
        back.Summary.Items.Single(i => i.Kind == InputItemKind.Child).Accepted.Should().Be(ours.Value.Children.Count);
    }

    internal static string ConformanceRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "YouthJustice.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "tests", "conformance");
    }

    private static ReadResult<ServiceData> ThroughJson(ServiceData data)
    {
        using var stream = new MemoryStream();
        YjafWriter.Write(data, stream, new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2024, 6, 30)), indented: false);
        stream.Position = 0;
        return YjafReader.Read(stream);
    }

    private static void AssertClean(ReadResult<ServiceData> back, ServiceData data)
    {
        back.Errors.Should().BeEmpty();
        back.Warnings.Should().NotContain(w => !w.Code.StartsWith("DQ-", StringComparison.Ordinal) && w.Code != IssueCodes.YjafNotUsed);
        back.Value.Should().Be(data);
        back.Outcome.Should().Be(ReadOutcome.Complete);
        var documents = back.Summary.Items.Single(i => i.Kind == InputItemKind.YjafDocument);
        documents.Seen.Should().Be(data.Children.Count);
        documents.Accepted.Should().Be(data.Children.Count);
        back.Summary.Accepted.Should().Be(back.Summary.Seen);
    }

    private static string WriteTemp(MemoryStream stream)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, stream.ToArray());
        return path;
    }
}
