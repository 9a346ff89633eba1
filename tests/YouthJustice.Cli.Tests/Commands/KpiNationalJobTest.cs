namespace YouthJustice.Cli.Tests.Commands;

/// <summary><c>yj kpi &lt;folder of services&gt; --from --to</c>: the national job as a command (issue 10).</summary>
public sealed class KpiNationalJobTest
{
    [Fact]
    public void Json_writes_one_return_per_service_and_quarter_equal_to_yj_kpi_on_each_service()
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "150", "--services", "3", "--quarters", "4", "--format", "csv", "--out", services).ExitCode.Should().Be(ExitCode.Ok);
        var output = Path.Combine(folder.Path, "returns");

        var run = Yj.Run("kpi", services, "--from", "2023Q2", "--to", "2023Q4", "--format", "json", "--out", output, "--parallel", "2");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        Directory.GetFiles(output).Select(Path.GetFileName).Order().Should().Equal(
            "YJS01-2023Q2.json", "YJS01-2023Q3.json", "YJS01-2023Q4.json",
            "YJS02-2023Q2.json", "YJS02-2023Q3.json", "YJS02-2023Q4.json",
            "YJS03-2023Q2.json", "YJS03-2023Q3.json", "YJS03-2023Q4.json");
        var alone = Yj.Run("kpi", Path.Combine(services, "YJS02"), "--quarter", "2023Q3", "--format", "json");
        File.ReadAllText(Path.Combine(output, "YJS02-2023Q3.json")).Trim().Should().Be(alone.Out.Trim());
        run.Error.Should().Contain("3 service(s) (0 unreadable, 0 with items lost)").And.Contain("9 return(s) for 2023Q2–2023Q4");
    }

    [Theory]
    [InlineData("yjaf")]
    [InlineData("yjaf-ndjson")]
    public void A_folder_of_services_in_the_yjbs_shape_gives_the_returns_of_the_same_services_in_ours(string shape)
    {
        using var folder = new TempFolder();
        var ours = Path.Combine(folder.Path, "ours");
        var theirs = Path.Combine(folder.Path, "theirs");
        Yj.Run("sample", "--children", "120", "--services", "2", "--out", ours).ExitCode.Should().Be(ExitCode.Ok);
        Yj.Run("sample", "--children", "120", "--services", "2", "--format", shape, "--out", theirs).ExitCode.Should().Be(ExitCode.Ok);

        var expected = Yj.Run("kpi", ours, "--from", "2023Q3", "--to", "2024Q1", "--format", "csv", "--quiet");
        var detected = Yj.Run("kpi", theirs, "--from", "2023Q3", "--to", "2024Q1", "--format", "csv", "--quiet");
        var named = Yj.Run("kpi", theirs, "--from", "2023Q3", "--to", "2024Q1", "--format", "csv", "--quiet", "--input-format", shape);

        expected.ExitCode.Should().Be(ExitCode.Ok, expected.Error);
        detected.ExitCode.Should().Be(ExitCode.Ok, detected.Error);
        detected.Out.Should().Be(expected.Out).And.Contain("YJS02,2024Q1,measure,kpi1.headline,");
        named.ExitCode.Should().Be(ExitCode.Ok, named.Error);
        named.Out.Should().Be(expected.Out);
    }

    [Fact]
    public void An_input_format_that_a_service_of_the_folder_cannot_be_in_stops_the_job_before_reading_and_names_it()
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "50", "--services", "2", "--format", "csv", "--out", services).ExitCode.Should().Be(ExitCode.Ok);

        var run = Yj.Run("kpi", services, "--quarter", "2024Q1", "--format", "csv", "--input-format", "yjaf");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("--input-format yjaf").And.Contain("YJS01, YJS02 are a folder");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Our_json_read_under_input_format_yjaf_is_a_yjaf_document_with_no_documents_and_says_so()
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "50", "--services", "1", "--out", Path.Combine(services, "YJS01.json")).ExitCode.Should().Be(ExitCode.Ok);

        var run = Yj.Run("kpi", services, "--quarter", "2024Q1", "--format", "csv", "--input-format", "yjaf");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("YJS01 could not be read").And.Contain("this reader reads 'yjaf-case-level/1'");
    }

    [Fact]
    public void Csv_is_one_table_with_service_and_quarter_columns_and_the_same_rows_whatever_the_parallelism()
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "120", "--services", "2", "--out", services).ExitCode.Should().Be(ExitCode.Ok);

        var serial = Yj.Run("kpi", services, "--from", "2023Q3", "--to", "2024Q1", "--format", "csv", "--parallel", "1", "--quiet");
        var parallel = Yj.Run("kpi", services, "--from", "2023Q3", "--to", "2024Q1", "--format", "csv", "--quiet");

        serial.ExitCode.Should().Be(ExitCode.Ok, serial.Error);
        parallel.Out.Should().Be(serial.Out);
        var lines = serial.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("service,quarter,section,id,");
        lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))).Distinct().Should().Equal(
            "YJS01,2023Q3", "YJS01,2023Q4", "YJS01,2024Q1", "YJS02,2023Q3", "YJS02,2023Q4", "YJS02,2024Q1");
        lines.Should().Contain(l => l.StartsWith("YJS02,2024Q1,measure,kpi1.headline,1,all,", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_that_cannot_be_read_is_reported_even_under_quiet_and_the_exit_is_3_with_the_others_written()
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "100", "--services", "2", "--out", services).ExitCode.Should().Be(ExitCode.Ok);
        File.WriteAllText(Path.Combine(services, "YJS03.json"), "[ ]");

        var run = Yj.Run("kpi", services, "--quarter", "2024Q1", "--format", "csv", "--quiet");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("YJS03 could not be read, so it has no return");
        run.Out.Should().Contain("YJS01,2024Q1,").And.Contain("YJS02,2024Q1,").And.NotContain("YJS03");
    }

    [Fact]
    public void Strict_writes_nothing_when_a_service_lost_data()
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "100", "--services", "2", "--out", services).ExitCode.Should().Be(ExitCode.Ok);
        File.WriteAllText(Path.Combine(services, "YJS03.json"), "not json");

        var run = Yj.Run("kpi", services, "--quarter", "2024Q1", "--format", "csv", "--strict");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain("--strict was given: no return was written");
    }

    [Theory]
    [InlineData(new[] { "--from", "2024Q1" }, "Give both --from and --to")]
    [InlineData(new[] { "--from", "2024Q1", "--to", "2023Q4" }, "--to 2023Q4 is before --from 2024Q1")]
    [InlineData(new[] { "--from", "2023Q1", "--to", "2024Q1", "--quarter", "2024Q1" }, "either --quarter or --from and --to")]
    [InlineData(new[] { "--from", "2023Q1", "--to", "2024Q1", "--format", "json" }, "give the folder to write them into with --out")]
    [InlineData(new[] { "--from", "2023Q1", "--to", "2024Q1" }, "writes --format json")]
    [InlineData(new[] { "--from", "2023Q1", "--to", "2024Q1", "--format", "csv", "--parallel", "0" }, "--parallel: 0")]
    [InlineData(new[] { "--from", "2023QX", "--to", "2024Q1", "--format", "csv" }, "--from:")]
    [InlineData(new[] { "--from", "0001Q1", "--to", "9989Q4", "--format", "csv" }, "more than 80 quarters")]
    public void Range_options_that_cannot_work_are_usage_errors(string[] options, string message)
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "50", "--services", "2", "--out", services).ExitCode.Should().Be(ExitCode.Ok);

        var run = Yj.Run(["kpi", services, .. options]);

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void Json_out_naming_a_file_is_a_usage_error_not_a_crash()
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "50", "--services", "2", "--out", services).ExitCode.Should().Be(ExitCode.Ok);
        var file = folder.Write("returns.json", "{}");

        var run = Yj.Run("kpi", services, "--from", "2023Q2", "--to", "2023Q3", "--format", "json", "--out", file);

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("is a file");
    }

    [Fact]
    public void A_service_folder_without_children_csv_is_reported_as_unreadable_and_other_files_are_named()
    {
        using var folder = new TempFolder();
        var services = Path.Combine(folder.Path, "services");
        Yj.Run("sample", "--children", "50", "--services", "2", "--out", services).ExitCode.Should().Be(ExitCode.Ok);
        Directory.CreateDirectory(Path.Combine(services, "YJS03"));
        File.WriteAllText(Path.Combine(services, "YJS03", "Children.csv"), "child_id,date_of_birth,sex,ethnicity\n");
        File.WriteAllText(Path.Combine(services, "readme.txt"), "notes");

        var run = Yj.Run("kpi", services, "--quarter", "2024Q1", "--format", "csv", "--quiet");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("YJS03 could not be read").And.Contain("readme.txt is left out");
        run.Out.Should().Contain("YJS01,2024Q1,").And.Contain("YJS02,2024Q1,");
    }

    [Fact]
    public void A_folder_with_no_children_csv_and_no_service_is_still_read_as_one_table_set()
    {
        using var folder = new TempFolder();
        folder.Write("offences.csv", "child_id,offence_id,offence_date,arrest_date,category,seriousness,knife_related\n");

        var run = Yj.Run("kpi", folder.Path, "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("children.csv");
    }
}
