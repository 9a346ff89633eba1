using System.Text.Json;

namespace YouthJustice.Cli.Tests.BadInput;

/// <summary>
/// Issue 14, decision IX-R2: every input ends in figures from all of it, figures from part of it with every loss
/// reported (on standard error, also under --quiet, and in the JSON return), or a documented non-zero exit.
/// </summary>
public sealed class LossRuleTest
{
    [Theory]
    [InlineData("[ { \"schema\": \"youthjustice-caselevel/1\" } ]")]
    [InlineData("null")]
    [InlineData("123")]
    public void A_json_root_that_is_not_an_object_is_exit_code_3(string document)
    {
        using var folder = new TempFolder();
        var input = folder.Write("root.json", document);

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3", "--quiet");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("could not be read:").And.Contain("error IX-JSON-003 at the document: A case-level document is a JSON object");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Every_child_rejected_is_exit_code_3_not_an_all_zero_return()
    {
        using var folder = new TempFolder();
        var input = folder.Write("all-bad.json", CaseDocuments.ThreeChildren.Replace("\"sex\": \"Male\"", "\"sex\": \"M\"").Replace("\"sex\": \"Female\"", "\"sex\": \"F\""));

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("every one of the 3 item(s) of 'children' was rejected").And.Contain("IX-FIELD-002");
    }

    [Theory]
    [InlineData("child_id, date_of_birth, sex, ethnicity\nC1, 2008-01-01, Male, WhiteBritish\n", "The required column 'sex' is missing")]
    [InlineData("CHILD_ID,DATE_OF_BIRTH,SEX,ETHNICITY\nC1,2008-01-01,Male,WhiteBritish\n", "The required column 'child_id' is missing")]
    [InlineData("child_id;date_of_birth;sex;ethnicity\nC1;2008-01-01;Male;WhiteBritish\n", "The required column 'child_id' is missing")]
    [InlineData("", "children.csv is empty: it must start with the header line child_id,date_of_birth,sex,ethnicity")]
    public void An_unusable_children_file_is_exit_code_3_naming_what_is_missing(string children, string message)
    {
        using var folder = new TempFolder();
        folder.Write("children.csv", children);

        var run = Yj.Run("kpi", folder.Path, "--quarter", "2023Q3");

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain(message);
    }

    [Theory]
    [InlineData("ETE.csv", "did you mean 'ete.csv'?")]
    [InlineData("education.csv", "the files of a table set are:")]
    public void A_renamed_ete_file_is_a_loss_reported_even_under_quiet_and_strict_stops_on_it(string renamed, string hint)
    {
        using var folder = new TempFolder();
        var tables = Path.Combine(folder.Path, "tables");
        Yj.Run("sample", "--children", "60", "--seed", "3", "--format", "csv", "--out", tables, "--quiet").ExitCode.Should().Be(ExitCode.Ok);
        File.Move(Path.Combine(tables, "ete.csv"), Path.Combine(tables, renamed));

        var quiet = Yj.Run("kpi", tables, "--quarter", "2024Q1", "--quiet", "--format", "json");
        var strict = Yj.Run("kpi", tables, "--quarter", "2024Q1", "--strict");

        quiet.ExitCode.Should().Be(ExitCode.Ok);
        quiet.Error.Should().Contain("warning: part of '" + tables + "' was not read").And.Contain($"IX-CSV-008 at {renamed}").And.Contain(hint);
        using (var json = JsonDocument.Parse(quiet.Out))
        {
            var losses = json.RootElement.GetProperty("inputLosses");
            losses.GetProperty("count").GetInt32().Should().Be(1);
            losses.GetProperty("issues")[0].GetProperty("code").GetString().Should().Be("IX-CSV-008");
        }

        strict.ExitCode.Should().Be(ExitCode.InputInvalid);
        strict.Error.Should().Contain("--strict was given").And.Contain("IX-CSV-008");
    }

    [Fact]
    public void Check_with_strict_stops_on_a_warning_that_lost_data()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ete.json", CaseDocuments.ThreeChildren.Replace("\"accommodation\":", "\"Accommodation\":"));

        var lenient = Yj.Run("check", input);
        var strict = Yj.Run("check", input, "--strict");

        lenient.ExitCode.Should().Be(ExitCode.Ok, "the loss is listed in the report");
        lenient.Out.Should().Contain("IX-JSON-004");
        strict.ExitCode.Should().Be(ExitCode.InputInvalid);
    }

    [Fact]
    public void A_field_name_in_the_wrong_case_in_every_child_is_a_reported_loss()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ete.json", CaseDocuments.ThreeChildren.Replace("\"accommodation\":", "\"Accommodation\":"));

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3", "--format", "json", "--quiet");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Error.Should().Contain("2 field(s), column(s) or file(s) ignored").And.Contain("Did you mean 'accommodation'?");
        run.Out.Should().Contain("\"inputLosses\"");
    }

    [Fact]
    public void Diff_json_and_the_validate_report_say_that_the_input_lost_data()
    {
        using var folder = new TempFolder();
        var input = folder.Write("issues.json", CaseDocuments.WithIssues);
        var theirs = folder.Write("theirs.json", Yj.Run("kpi", input, "--quarter", "2023Q3", "--format", "json").Out);

        var diff = Yj.Run("diff", input, "--quarter", "2023Q3", "--format", "json");
        var validate = Yj.Run("validate", input, "--return", theirs, "--format", "json");

        validate.ExitCode.Should().Be(ExitCode.Ok, validate.Error);
        diff.Out.Should().Contain("\"inputLosses\": 1");
        validate.Out.Should().Contain($"Our return is computed from part of '{input.Replace("\\", "\\\\")}': 1 item(s) rejected and 1 issue(s) that lost data in reading");
    }

    [Fact]
    public void A_complete_read_writes_no_input_losses()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ok.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("kpi", input, "--quarter", "2023Q3", "--format", "json");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Error.Should().BeEmpty();
        run.Out.Should().NotContain("inputLosses");
    }

    [Fact]
    public void Validate_does_not_say_no_discrepancy_for_a_return_of_another_service()
    {
        using var folder = new TempFolder();
        var input = folder.Write("data.json", CaseDocuments.ThreeChildren);
        var ours = Yj.Run("kpi", input, "--quarter", "2023Q3", "--format", "json");
        var theirs = folder.Write("theirs.json", ours.Out.Replace("\"service\": \"T01\"", "\"service\": \"X99\""));

        var run = Yj.Run("validate", input, "--return", theirs);

        run.ExitCode.Should().Be(ExitCode.Findings);
        run.Out.Should().NotContain("No discrepancy").And.Contain("Their return is for service 'X99'; the data is for 'T01'");
    }

    [Fact]
    public void Validate_does_not_say_no_discrepancy_for_a_return_with_no_measures()
    {
        using var folder = new TempFolder();
        var input = folder.Write("data.json", CaseDocuments.ThreeChildren);
        var theirs = folder.Write(
            "theirs.json",
            """{ "schema": "youthjustice-kpi-return/1", "service": "T01", "quarter": "2023Q3", "definitions": "2024", "measures": [], "cohort": { "children": 2, "excluded": [ { "childId": "C3", "reason": "ResidentInAnotherArea" } ] } }""");

        var run = Yj.Run("validate", input, "--return", theirs);

        run.ExitCode.Should().Be(ExitCode.Ok, "the cohort it gives agrees");
        run.Out.Should().NotContain("No discrepancy").And.Contain("The cohort agrees, but no measure was compared");
    }
}
