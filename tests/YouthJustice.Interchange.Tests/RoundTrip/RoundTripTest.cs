using CsCheck;
using YouthJustice.Domain.Services;
using YouthJustice.Sampling;

namespace YouthJustice.Interchange.Tests.RoundTrip;

/// <summary>read(write(x)) == x for both formats, on generated services.</summary>
public class RoundTripTest
{
    private static readonly Gen<SampleOptions> Options =
        Gen.Select(Gen.Int[0, 40], Gen.Int, Gen.Int[1, 8], (children, seed, quarters) => new SampleOptions(children, seed, new ReportingQuarter(2023, 1), quarters, "YJS01", "Example Youth Justice Service"));

    [Fact]
    public void Json_written_then_read_gives_back_the_same_data()
    {
        var children = ChildrenRoundTripped(
            data =>
            {
                using var stream = new MemoryStream();
                CaseLevelJsonWriter.Write(data, stream, indented: false);
                stream.Position = 0;
                return CaseLevelJsonReader.Read(stream);
            },
            iter: 40);

        // Guard: a service of no children round-trips trivially; the generated ones must hold children.
        children.Should().BeGreaterThanOrEqualTo(200);
    }

    [Fact]
    public void Csv_written_then_read_gives_back_the_same_data()
    {
        var children = ChildrenRoundTripped(
            data =>
            {
                using var folder = new Inputs.TempFolder();
                CaseLevelCsvWriter.WriteFolder(data, folder.Path);
                return CaseLevelCsvReader.ReadFolder(folder.Path);
            },
            iter: 20);

        // Guard: as above.
        children.Should().BeGreaterThanOrEqualTo(80);
    }

    /// <summary>read(write(x)) == x on generated services, with no error and no warning but data-quality ones; returns the children round-tripped.</summary>
    private static long ChildrenRoundTripped(Func<ServiceData, ReadResult<ServiceData>> writeThenRead, int iter)
    {
        long children = 0;
        Options.Sample(
            options =>
            {
                var data = SampleGenerator.Generate(options);
                System.Threading.Interlocked.Add(ref children, data.Children.Count);

                var result = writeThenRead(data);

                result.Errors.Should().BeEmpty();
                result.Warnings.Should().NotContain(w => !w.Code.StartsWith("DQ-", System.StringComparison.Ordinal));
                result.Value.Should().Be(data);
            },
            iter: iter);
        return children;
    }

    [Fact]
    public void The_default_sample_service_round_trips_through_both_formats()
    {
        var data = SampleGenerator.Generate(SampleOptions.Default);
        using var folder = new Inputs.TempFolder();
        var json = folder.File("service.json");

        CaseLevelJsonWriter.WriteFile(data, json);
        CaseLevelCsvWriter.WriteFolder(CaseLevelJsonReader.ReadFile(json).Value, folder.Path);
        var back = CaseLevelCsvReader.ReadFolder(folder.Path);

        back.Errors.Should().BeEmpty();
        back.Warnings.Select(w => w.Code).Distinct().Should().BeSubsetOf(["DQ-002", "DQ-005", "DQ-006", "DQ-008"]);
        back.Value.Should().Be(data);
        back.Summary.Accepted.Should().Be(back.Summary.Seen);
    }
}
