using System.Globalization;

namespace YouthJustice.Cli.Tests.Commands;

public sealed class KpiCommandTest
{
    [Fact]
    public void Sample_return_prints_all_ten_headlines_the_national_indicators_and_the_cohort()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        for (var n = 1; n <= 10; n++)
        {
            run.Out.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"kpi{n}.headline"));
        }

        run.Out.Should().Contain("KPI 1 · Accommodation").And.Contain("KPI 10 · Victims").And.Contain("kpi2.2a.suitableAtStart");
        run.Out.Should().Contain("Cohort: children with an order ending in the quarter").And.Contain("ResidentInAnotherArea");
        run.Out.Should().Contain("Example Youth Justice Service").And.Contain("2024Q1 (1 Apr 2024 to 30 Jun 2024), definitions 2024");
    }

    [Fact]
    public void Json_is_a_kpi_return_with_every_measure_and_all_ten_headlines()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "json");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("schema").GetString().Should().Be("youthjustice-kpi-return/1");
        root.GetProperty("service").GetString().Should().Be("YJS01");
        root.GetProperty("quarter").GetString().Should().Be("2024Q1");
        root.GetProperty("definitions").GetString().Should().Be("2024");
        var ids = root.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        ids.Should().HaveCount(new YouthJustice.Kpi.KpiEngine().Catalogue.Count).And.OnlyHaveUniqueItems();
        for (var n = 1; n <= 10; n++)
        {
            ids.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"kpi{n}.headline"));
        }

        root.GetProperty("cohort").GetProperty("children").GetInt32().Should().BePositive();
        root.TryGetProperty("children", out _).Should().BeFalse();
    }

    [Fact]
    public void Json_with_children_option_carries_the_per_child_list()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3", "--format", "json", "--children");

        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var children = json.RootElement.GetProperty("children").EnumerateArray().ToList();
        children.Select(c => c.GetProperty("childId").GetString()).Should().Equal("C1", "C2");
        children[1].GetProperty("measures").GetProperty("kpi1.headline").GetString().Should().Be("NotMet");
    }

    [Fact]
    public void Headlines_option_leaves_out_the_sub_measures()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--headlines");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().Contain("kpi1.headline").And.NotContain("kpi1.1a.suitableAtStart");
    }

    [Fact]
    public void Small_input_gives_the_hand_worked_figures_as_csv()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3", "--format", "csv");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        var lines = run.Out.Split('\n');
        lines[0].Should().Be("section,id,kpi,split,numerator,denominator,value,unit,provisional,title");
        lines.Should().Contain(l => l.StartsWith("measure,kpi1.headline,1,all,1,2,50.0,percent,false,", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("measure,kpi1.headline,1,ReferralOrder,1,2,50.0,percent,false,", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("measure,kpi7.headline,7,all,1,5,20.0,percent,false,", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("cohort,children,,all,2,", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("cohort,excluded,,ResidentInAnotherArea,1,", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Definitions_option_selects_the_2023_set()
    {
        using var folder = new TempFolder();
        var input = folder.Write("dto.json", CaseDocuments.DtoLicence);

        var under2023 = Yj.Run("kpi", input, "--quarter", "2024Q1", "--definitions", "2023", "--format", "csv");
        var under2024 = Yj.Run("kpi", input, "--quarter", "2024Q1", "--format", "csv");

        under2023.Out.Split('\n').Should().Contain(l => l.StartsWith("cohort,excluded,,AgeOutsideRange,1,", System.StringComparison.Ordinal));
        under2024.Out.Split('\n').Should().Contain(l => l.StartsWith("cohort,children,,CustodialSentence,1,", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Out_option_writes_the_table_to_a_file_and_nothing_to_standard_output()
    {
        using var folder = new TempFolder();
        var path = folder.File("return.txt");

        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--headlines", "--out", path);

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().BeEmpty();
        System.IO.File.ReadAllText(path).Should().Contain("kpi1.headline").And.Contain("What it counts");
    }

    [Fact]
    public void Csv_folder_input_is_read_like_the_json_document()
    {
        using var folder = new TempFolder();
        var tables = folder.File("tables");
        Yj.Run("sample", "--children", "120", "--seed", "5", "--format", "csv", "--out", tables).ExitCode.Should().Be(ExitCode.Ok);
        var json = folder.File("sample.json");
        Yj.Run("sample", "--children", "120", "--seed", "5", "--out", json).ExitCode.Should().Be(ExitCode.Ok);

        var fromCsv = Yj.Run("kpi", tables, "--quarter", "2023Q3", "--format", "csv");
        var fromJson = Yj.Run("kpi", json, "--quarter", "2023Q3", "--format", "csv");

        fromCsv.ExitCode.Should().Be(ExitCode.Ok, fromCsv.Error);
        fromCsv.Out.Should().Be(fromJson.Out);
    }

    [Fact]
    public void Missing_file_is_exit_code_3_with_the_path()
    {
        var run = Yj.Run("kpi", "no-such-file.json", "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("error: The input 'no-such-file.json' does not exist: give a case-level JSON file or a folder of CSV tables.");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Text_that_is_not_json_is_exit_code_3_with_the_reader_issue()
    {
        using var folder = new TempFolder();
        var input = folder.Write("notes.json", "hello");

        var run = Yj.Run("kpi", input, "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("could not be read:").And.Contain("error IX-JSON-001 at line 1, byte 0: The input is not JSON");
    }

    [Fact]
    public void Wrong_schema_is_exit_code_3()
    {
        using var folder = new TempFolder();
        var input = folder.Write("v2.json", CaseDocuments.WrongSchema);

        var run = Yj.Run("kpi", input, "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("IX-JSON-002");
    }

    [Fact]
    public void Folder_without_children_csv_is_exit_code_3()
    {
        using var folder = new TempFolder();

        var run = Yj.Run("kpi", folder.Path, "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("IX-CSV-003");
    }

    [Fact]
    public void Rejected_items_are_a_warning_and_the_rest_is_computed()
    {
        using var folder = new TempFolder();
        var input = folder.Write("issues.json", CaseDocuments.WithIssues);

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3", "--headlines");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Error.Should().Contain("warning: 1 item(s) of '" + input + "' were rejected (1 error(s))").And.Contain("yj check");
        run.Out.Should().Contain("kpi1.headline");
    }

    [Fact]
    public void Quiet_option_silences_progress_but_not_a_loss()
    {
        using var folder = new TempFolder();
        var input = folder.Write("issues.json", CaseDocuments.WithIssues);

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3", "--headlines", "--quiet");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Error.Should().Contain("warning: 1 item(s) of '" + input + "' were rejected (1 error(s))");
    }

    [Fact]
    public void Strict_option_turns_a_rejected_item_into_exit_code_3()
    {
        using var folder = new TempFolder();
        var input = folder.Write("issues.json", CaseDocuments.WithIssues);

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3", "--strict");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("lost data (1 error(s), 0 ignored field(s), column(s) or file(s)) and --strict was given").And.Contain("IX-FIELD-002");
    }

    [Theory]
    [InlineData("2024Q5", "--quarter: '2024Q5' is not a reporting quarter: the quarter number must be 1, 2, 3 or 4.")]
    [InlineData("2024q1", "--quarter: '2024q1' is not a reporting quarter: it is not four digits, 'Q' and a digit.")]
    public void Malformed_quarter_is_exit_code_2_with_the_reason(string quarter, string message)
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", quarter);

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void Missing_quarter_is_exit_code_2()
    {
        var run = Yj.Run("kpi", "--sample");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("Give the reporting quarter with --quarter, for example --quarter 2024Q1");
    }

    [Fact]
    public void Unknown_definition_set_is_exit_code_2()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--definitions", "2025");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("--definitions:").And.Contain("2025").And.Contain("2023").And.Contain("2024");
    }

    [Fact]
    public void Unknown_format_is_exit_code_2()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "xml");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("--format: 'xml' is not a format of yj kpi; expected one of: table, json, csv.");
    }

    [Fact]
    public void Input_and_sample_together_are_exit_code_2()
    {
        var run = Yj.Run("kpi", "service.json", "--sample", "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("Give either an input path or --sample, not both.");
    }

    [Fact]
    public void No_input_is_exit_code_2()
    {
        var run = Yj.Run("kpi", "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("Give an input (a case-level JSON file or a folder of CSV tables), or --sample.");
    }

    [Fact]
    public void Output_that_cannot_be_written_is_exit_code_5()
    {
        using var folder = new TempFolder();
        var blocker = folder.Write("file", "x");

        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "csv", "--out", System.IO.Path.Combine(blocker, "return.csv"));

        run.ExitCode.Should().Be(ExitCode.OutputFailed);
        run.Error.Should().Contain("could not be written");
    }

    [Fact]
    public void Csv_has_one_row_per_measure_and_split_then_the_cohort()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "csv");
        var rows = run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var engine = new YouthJustice.Kpi.KpiEngine();
        var expected = engine.Catalogue.Sum(m => m.SplitByTypeOfOrder ? 7 : 1);

        rows.Count(r => r.StartsWith("measure,", System.StringComparison.Ordinal)).Should().Be(expected);
        rows.Count(r => r.StartsWith("cohort,", System.StringComparison.Ordinal)).Should().Be(2 + 6 + 1 + 7);
    }
}
