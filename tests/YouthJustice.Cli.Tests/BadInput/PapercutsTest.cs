using Spectre.Console;

namespace YouthJustice.Cli.Tests.BadInput;

/// <summary>Issue 14's papercuts: each message says what is wrong, in the user's words, and nothing is overwritten or echoed whole.</summary>
public sealed class PapercutsTest
{
    [Fact]
    public void A_huge_value_is_cut_in_the_error_message_not_echoed_whole()
    {
        using var folder = new TempFolder();
        var huge = new string('x', 10 * 1024 * 1024);
        var input = folder.Write("huge.json", CaseDocuments.WithIssues.Replace("\"sex\": \"M\"", "\"sex\": \"" + huge + "\""));

        var warned = Yj.Run("kpi", input, "--quarter", "2023Q3", "--headlines");
        var checkedRun = Yj.Run("check", input, "--format", "json");

        warned.ExitCode.Should().Be(ExitCode.Ok);
        warned.Error.Length.Should().BeLessThan(5_000);
        warned.Error.Should().Contain("more characters)");
        checkedRun.Out.Length.Should().BeLessThan(20_000);
    }

    [Theory]
    [InlineData("kpi", "--quarter", "2023Q3", "--format", "json")]
    [InlineData("check", "--format", "json", null, null)]
    public void Out_refuses_to_overwrite_the_input(string command, string a, string b, string? c, string? d)
    {
        using var folder = new TempFolder();
        var input = folder.Write("data.json", CaseDocuments.ThreeChildren);
        string[] args = c is null ? [command, input, a, b, "--out", input] : [command, input, a, b, c, d!, "--out", input];

        var run = Yj.Run(args);

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain($"--out '{input}' is the input: writing there would overwrite it; give another file.");
        File.ReadAllText(input).Should().Be(CaseDocuments.ThreeChildren);
    }

    [Fact]
    public void Out_refuses_to_overwrite_the_return_being_validated()
    {
        using var folder = new TempFolder();
        var input = folder.Write("data.json", CaseDocuments.ThreeChildren);
        var theirs = folder.Write("theirs.json", Yj.Run("kpi", input, "--quarter", "2023Q3", "--format", "json").Out);

        var run = Yj.Run("validate", input, "--return", theirs, "--out", theirs);

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("is the return to validate: writing there would overwrite it");
    }

    [Fact]
    public void Out_naming_a_folder_says_it_is_a_folder_not_access_denied()
    {
        using var folder = new TempFolder();

        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "csv", "--out", folder.Path);

        run.ExitCode.Should().Be(ExitCode.OutputFailed);
        run.Error.Should().Contain($"The output '{folder.Path}' is a folder; --out takes a file name").And.NotContain("denied");
    }

    [Fact]
    public void A_return_that_is_a_folder_is_said_to_be_a_folder_not_missing()
    {
        using var folder = new TempFolder();

        var run = Yj.Run("validate", "--sample", "--return", folder.Path);

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("is a folder: give a youthjustice-kpi-return/1 JSON document (a file).").And.NotContain("does not exist");
    }

    [Fact]
    public void A_quarter_before_kpi_collection_began_gives_a_note()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "1999Q1", "--headlines");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Error.Should().Contain("note: 1999Q1 is before KPI collection began (2023Q1, from 1 April 2023)");
    }

    [Fact]
    public void A_quarter_since_kpi_collection_began_gives_no_note()
        => Yj.Run("kpi", "--sample", "--quarter", "2023Q1", "--headlines").Error.Should().NotContain("before KPI collection began");

    [Fact]
    public void Three_definition_sets_to_diff_are_one_too_many_not_an_input_and_sample()
    {
        var run = Yj.Run("diff", "--sample", "--quarter", "2024Q1", "--definitions", "2023", "2024", "2025");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("--definitions: give exactly two definition sets to compare, for example --definitions 2023 2024; '2025' after them is one too many.")
            .And.NotContain("not both");
    }

    [Fact]
    public void A_seed_that_is_not_a_number_names_the_option()
    {
        using var folder = new TempFolder();

        var run = Yj.Run("sample", "--seed", "abc", "--out", folder.File("s.json"));

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("--seed: 'abc' is not a whole number.").And.NotContain("Int32");
    }

    [Theory]
    [InlineData("C1\\nC2", "U+000A")]
    [InlineData("C\\u00071", "U+0007")]
    [InlineData("C\\t1", "U+0009")]
    public void Control_characters_in_an_id_reject_the_child(string id, string character)
    {
        using var folder = new TempFolder();
        var input = folder.Write("ids.json", CaseDocuments.WithIssues.Replace("\"id\": \"C1\"", "\"id\": \"" + id + "\""));

        var run = Yj.Run("check", input);

        run.ExitCode.Should().Be(ExitCode.Findings);
        run.Out.Should().Contain($"it contains the control character {character}");
    }

    [Theory]
    [InlineData(true, InteractionSupport.No)]
    [InlineData(false, InteractionSupport.Yes)]
    public void The_progress_bar_follows_standard_error_not_standard_output(bool errorRedirected, InteractionSupport expected)
        => CliConsole.ErrorInteraction(errorRedirected).Should().Be(expected);
}
