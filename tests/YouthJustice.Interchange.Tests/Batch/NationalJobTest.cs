using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Batch;
using YouthJustice.Interchange.Formats;
using YouthJustice.Interchange.Yjaf;
using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Sampling;

namespace YouthJustice.Interchange.Tests.Batch;

/// <summary>The national job over a folder of services: every service read and computed, whatever the parallelism.</summary>
public sealed class NationalJobTest : IDisposable
{
    private static readonly ReportingQuarter[] Quarters = [new(2023, 2), new(2023, 3), new(2023, 4), new(2024, 1)];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yj-national-" + Guid.NewGuid().ToString("N"));

    public NationalJobTest()
    {
        Directory.CreateDirectory(_folder);
        for (var i = 1; i <= 5; i++)
        {
            var service = SampleGenerator.Generate(new SampleOptions(120 * i, 40 + i, new ReportingQuarter(2023, 1), 6, $"YJS{i:D2}", $"Service {i}"));
            if (i % 2 == 0)
            {
                using var stream = File.Create(Path.Combine(_folder, $"YJS{i:D2}.json"));
                CaseLevelJsonWriter.Write(service, stream);
            }
            else
            {
                CaseLevelCsvWriter.WriteFolder(service, Path.Combine(_folder, $"YJS{i:D2}"));
            }
        }

        // The YJB's own shape: service 7 as a YJAF document (.json), service 8 as YJAF lines (.ndjson).
        YjafWriter.WriteFile(Yjaf7, Path.Combine(_folder, "YJS07.json"));
        YjafWriter.WriteNdjsonFile(Yjaf8, Path.Combine(_folder, "YJS08.ndjson"));
        File.WriteAllText(Path.Combine(_folder, "YJS06.json"), "this is not JSON");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a service");
        Directory.CreateDirectory(Path.Combine(_folder, "empty"));
    }

    private static readonly ServiceData Yjaf7 = SampleGenerator.Generate(new SampleOptions(300, 47, new ReportingQuarter(2023, 1), 6, "YJS07", "Service 7"));
    private static readonly ServiceData Yjaf8 = SampleGenerator.Generate(new SampleOptions(200, 48, new ReportingQuarter(2023, 1), 6, "YJS08", "Service 8"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_yjaf_document_and_yjaf_lines_in_the_folder_are_services_read_in_the_yjbs_shape_and_give_the_returns_of_the_same_service_in_ours()
    {
        var inputs = ServiceInput.InFolder(_folder, out _);
        inputs.Select(i => (Path.GetFileName(i.Path), i.Format)).Should().Contain([("YJS07.json", ServiceFormat.YjafDocument), ("YJS08.ndjson", ServiceFormat.YjafLines), ("YJS02.json", ServiceFormat.CaseLevelJson), ("YJS01", ServiceFormat.CaseLevelCsv)]);
        var engine = new KpiEngine();

        var results = NationalJob.Run(inputs.Where(i => i.Format == ServiceFormat.YjafDocument || i.Format == ServiceFormat.YjafLines).ToList(), Quarters, DefinitionSet.Definitions2024, engine, 2);

        results.Should().HaveCount(2);
        foreach (var (result, ours) in results.Zip([Yjaf7, Yjaf8]))
        {
            result.Outcome.Should().NotBe(ReadOutcome.Fatal);
            result.Children.Should().Be(ours.Children.Count);
            var prepared = KpiEngine.Prepare(ours);
            result.Returns.Select(Bytes).Should().Equal(
                Quarters.Select(q => Bytes(engine.Compute(prepared, q, DefinitionSet.Definitions2024))),
                (a, b) => a.AsSpan().SequenceEqual(b));
            result.Returns.Sum(r => r.Cohort.Members.Count).Should().BePositive("the returns compared are not empty");
        }
    }

    [Fact]
    public void The_folder_holds_each_json_document_and_each_sub_folder_in_name_order_and_names_the_other_files()
    {
        var inputs = ServiceInput.InFolder(_folder, out var skipped);

        inputs.Select(i => (Path.GetFileName(i.Path), i.IsCsv)).Should().Equal(
            ("YJS01", true), ("YJS02.json", false), ("YJS03", true), ("YJS04.json", false), ("YJS05", true), ("YJS06.json", false), ("YJS07.json", false), ("YJS08.ndjson", false), ("empty", true));
        skipped.Select(Path.GetFileName).Should().Equal("notes.txt");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(-1)]
    public void Every_service_gets_the_returns_of_reading_it_alone_whatever_the_parallelism(int parallelism)
    {
        var inputs = ServiceInput.InFolder(_folder, out _);
        var engine = new KpiEngine();

        var results = NationalJob.Run(inputs, Quarters, DefinitionSet.Definitions2024, engine, parallelism);

        results.Select(r => r.Input).Should().Equal(inputs);
        results.Should().HaveCount(9);
        foreach (var result in results.Take(5))
        {
            var read = result.Input.IsCsv ? CaseLevelCsvReader.ReadFolder(result.Input.Path) : CaseLevelJsonReader.ReadFile(result.Input.Path);
            result.Input.Format.Should().Be(result.Input.IsCsv ? ServiceFormat.CaseLevelCsv : ServiceFormat.CaseLevelJson);
            var prepared = KpiEngine.Prepare(read.Value);
            result.Outcome.Should().Be(read.Outcome).And.NotBe(ReadOutcome.Fatal);
            result.Children.Should().Be(read.Value.Children.Count).And.BePositive();
            result.Summary.Should().Be(read.Summary);
            result.Returns.Select(Bytes).Should().Equal(
                Quarters.Select(q => Bytes(engine.Compute(prepared, q, DefinitionSet.Definitions2024))),
                (a, b) => a.AsSpan().SequenceEqual(b));
        }

        results.Sum(r => r.Returns.Sum(x => x.Cohort.Members.Count)).Should().BePositive("the returns compared are not empty");
    }

    [Fact]
    public void A_service_that_cannot_be_read_has_no_returns_and_says_why_while_the_others_are_computed()
    {
        var results = NationalJob.Run(ServiceInput.InFolder(_folder, out _), Quarters, DefinitionSet.Default, new KpiEngine(), 2);

        var broken = results.Single(r => Path.GetFileName(r.Input.Path) == "YJS06.json");
        broken.Outcome.Should().Be(ReadOutcome.Fatal);
        broken.Returns.Should().BeEmpty();
        broken.Issues.Should().Contain(i => i.Code == IssueCodes.NotJson && i.Severity == IssueSeverity.Error);
        var empty = results.Single(r => Path.GetFileName(r.Input.Path) == "empty");
        empty.Outcome.Should().Be(ReadOutcome.Fatal, "a sub-folder without children.csv is a service that cannot be read, not left out silently");
        empty.Issues.Should().Contain(i => i.Code == IssueCodes.MissingChildrenFile);
        results.Where(r => r != broken && r != empty).Should().OnlyContain(r => r.Returns.Count == Quarters.Length);
    }

    [Fact]
    public void Progress_counts_each_service_once()
    {
        var reported = new List<int>();
        var progress = new Recorder(reported);

        NationalJob.Run(ServiceInput.InFolder(_folder, out _), Quarters, DefinitionSet.Default, new KpiEngine(), 2, progress);

        reported.Order().Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    private static byte[] Bytes(Kpi.Results.KpiReturn kpiReturn)
    {
        using var stream = new MemoryStream();
        KpiReturnJsonWriter.Write(kpiReturn, stream);
        return stream.ToArray();
    }

    private sealed class Recorder(List<int> reported) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reported)
            {
                reported.Add(value);
            }
        }
    }
}
