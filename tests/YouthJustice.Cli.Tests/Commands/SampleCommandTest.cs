using YouthJustice.Interchange.Json;

namespace YouthJustice.Cli.Tests.Commands;

public sealed class SampleCommandTest
{
    [Fact]
    public void Writes_a_case_level_document_with_the_children_asked_for()
    {
        using var folder = new TempFolder();
        var path = folder.File("sample.json");

        var run = Yj.Run("sample", "--children", "40", "--seed", "7", "--out", path);

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        run.Error.Should().Contain("Wrote YJS01: 40 children, orders ending 2023Q1 to 2024Q4, seed 7, to " + path);
        var read = CaseLevelJsonReader.ReadFile(path);
        read.HasErrors.Should().BeFalse();
        read.Value.Children.Should().HaveCount(40);
    }

    [Fact]
    public void Same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        using var folder = new TempFolder();
        Yj.Run("sample", "--children", "30", "--seed", "11", "--out", folder.File("a.json"));
        Yj.Run("sample", "--children", "30", "--seed", "11", "--out", folder.File("b.json"));
        Yj.Run("sample", "--children", "30", "--seed", "12", "--out", folder.File("c.json"));

        File.ReadAllBytes(folder.File("a.json")).Should().Equal(File.ReadAllBytes(folder.File("b.json")));
        File.ReadAllBytes(folder.File("a.json")).Should().NotEqual(File.ReadAllBytes(folder.File("c.json")));
    }

    [Fact]
    public void Several_services_are_written_into_the_folder()
    {
        using var folder = new TempFolder();
        var target = folder.File("services");

        var run = Yj.Run("sample", "--children", "20", "--services", "3", "--quarters", "4", "--from", "2024Q1", "--seed", "1", "--out", target, "--quiet");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Error.Should().BeEmpty();
        Directory.GetFiles(target).Select(Path.GetFileName).Should().BeEquivalentTo("YJS01.json", "YJS02.json", "YJS03.json");
        CaseLevelJsonReader.ReadFile(Path.Combine(target, "YJS02.json")).Value.Code.Value.Should().Be("YJS02");
    }

    [Fact]
    public void Csv_format_writes_a_table_set()
    {
        using var folder = new TempFolder();
        var target = folder.File("tables");

        var run = Yj.Run("sample", "--children", "20", "--seed", "1", "--format", "csv", "--out", target);

        run.ExitCode.Should().Be(ExitCode.Ok);
        File.Exists(Path.Combine(target, "children.csv")).Should().BeTrue();
        File.ReadAllLines(Path.Combine(target, "children.csv")).Should().HaveCount(21);
    }

    [Theory]
    [InlineData("--children", "-1", "--children: -1 is outside 0 to 10,000,000.")]
    [InlineData("--quarters", "0", "--quarters: 0 is outside 1 to 80.")]
    [InlineData("--services", "0", "--services: 0 is outside 1 to 999.")]
    [InlineData("--from", "2024-04", "--from: '2024-04' is not a reporting quarter")]
    [InlineData("--format", "xml", "--format: 'xml' is not a format of yj sample; expected one of: json, csv, yjaf, yjaf-ndjson.")]
    public void Bad_option_is_exit_code_2(string option, string value, string message)
    {
        using var folder = new TempFolder();

        var run = Yj.Run("sample", option, value, "--out", folder.File("x.json"));

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void Missing_out_is_exit_code_2()
    {
        var run = Yj.Run("sample", "--children", "10");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("Give where to write with --out, for example --out sample.json.");
    }

    [Fact]
    public void Unwritable_out_is_exit_code_5()
    {
        using var folder = new TempFolder();
        var blocker = folder.Write("file", "x");

        var run = Yj.Run("sample", "--children", "5", "--out", Path.Combine(blocker, "sample.json"));

        run.ExitCode.Should().Be(ExitCode.OutputFailed);
        run.Error.Should().Contain("could not be written");
    }
}
