namespace YouthJustice.Cli.Tests.Commands;

/// <summary>yj reads the YJB's case-level shape wherever it reads our format, told from the document or named with
/// --input-format, and `yj sample --format yjaf` writes it (issue 13).</summary>
public sealed class YjafInputTest
{
    [Theory]
    [InlineData(20_240_401, "yjaf", "service.yjaf.json")]
    [InlineData(7, "yjaf", "service.yjaf.json")]
    [InlineData(20_240_401, "yjaf-ndjson", "service.ndjson")]
    [InlineData(99, "yjaf-ndjson", "lines.txt")]
    public void Kpi_on_a_YJAF_sample_gives_the_same_return_as_the_same_service_in_our_format(int seed, string format, string name)
    {
        using var folder = new TempFolder();
        var ours = folder.File("service.json");
        var theirs = folder.File(name);
        var seedText = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Yj.Run("sample", "--children", "300", "--seed", seedText, "--out", ours, "--quiet").ExitCode.Should().Be(ExitCode.Ok);
        Yj.Run("sample", "--children", "300", "--seed", seedText, "--format", format, "--out", theirs, "--quiet").ExitCode.Should().Be(ExitCode.Ok);

        var expected = Yj.Run("kpi", ours, "--quarter", "2024Q1", "--format", "json", "--children", "--quiet");
        var actual = name.EndsWith(".txt", System.StringComparison.Ordinal)
            ? Yj.Run("kpi", theirs, "--quarter", "2024Q1", "--format", "json", "--children", "--quiet", "--input-format", format)
            : Yj.Run("kpi", theirs, "--quarter", "2024Q1", "--format", "json", "--children", "--quiet");

        expected.ExitCode.Should().Be(ExitCode.Ok, expected.Error);
        actual.ExitCode.Should().Be(ExitCode.Ok, actual.Error);
        actual.Error.Should().BeEmpty("a YJAF document written by yj reads back with nothing lost");
        actual.Out.Should().Be(expected.Out);
        actual.Out.Should().Contain("\"kpi1.headline\"");
    }

    [Fact]
    public void Check_and_explain_read_a_YJAF_document_too()
    {
        using var folder = new TempFolder();
        var theirs = folder.File("service.yjaf.json");
        Yj.Run("sample", "--children", "120", "--format", "yjaf", "--out", theirs, "--quiet").ExitCode.Should().Be(ExitCode.Ok);

        var check = Yj.Run("check", theirs);
        var explain = Yj.Run("explain", theirs, "--quarter", "2024Q1", "--child", "C00001", "--quiet");

        check.ExitCode.Should().Be(ExitCode.Ok, check.Error);
        check.Out.Should().Contain("documents");
        explain.ExitCode.Should().Be(ExitCode.Ok, explain.Error);
    }

    [Fact]
    public void A_YJAF_document_read_as_our_format_is_refused_for_its_schema()
    {
        using var folder = new TempFolder();
        var theirs = folder.File("service.yjaf.json");
        Yj.Run("sample", "--children", "10", "--format", "yjaf", "--out", theirs, "--quiet").ExitCode.Should().Be(ExitCode.Ok);

        var run = Yj.Run("kpi", theirs, "--quarter", "2024Q1", "--input-format", "json");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("yjaf-case-level/1");
    }

    [Fact]
    public void An_unknown_input_format_is_a_usage_error_that_lists_the_formats()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--input-format", "xml");

        run.ExitCode.Should().NotBe(ExitCode.Ok);
        (run.Out + run.Error).Should().Contain("auto, json, csv, yjaf, yjaf-ndjson");
    }

    [Fact]
    public void A_file_cannot_be_read_as_a_csv_table_set()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("kpi", input, "--quarter", "2024Q1", "--input-format", "csv");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("a CSV table set is a folder");
    }

    [Fact]
    public void Our_own_document_on_one_line_is_still_read_as_our_format()
    {
        using var folder = new TempFolder();
        var oneLine = folder.Write("one-line.json", CaseDocuments.ThreeChildren.Replace("\r", string.Empty).Replace("\n", " "));
        var indented = folder.Write("indented.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("kpi", oneLine, "--quarter", "2023Q3", "--format", "json", "--quiet");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        run.Error.Should().BeEmpty();
        run.Out.Should().Be(Yj.Run("kpi", indented, "--quarter", "2023Q3", "--format", "json", "--quiet").Out);
    }
}
