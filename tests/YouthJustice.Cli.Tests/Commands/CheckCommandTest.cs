using System.Text.Json;

namespace YouthJustice.Cli.Tests.Commands;

public sealed class CheckCommandTest
{
    [Fact]
    public void Clean_input_has_no_issues_and_exit_code_0()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("check", input);

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        run.Out.Should().Contain("Data-quality report for " + input).And.Contain("No issues.").And.Contain("children");
    }

    [Fact]
    public void Errors_give_exit_code_1_with_counts_by_rule_and_issues_by_child()
    {
        using var folder = new TempFolder();
        var input = folder.Write("issues.json", CaseDocuments.WithIssues);

        var run = Yj.Run("check", input);

        run.ExitCode.Should().Be(ExitCode.Findings);
        run.Out.Should().Contain("1 error(s), 1 warning(s)");
        run.Out.Should().Contain("IX-FIELD-002").And.Contain("Unknown value");
        run.Out.Should().Contain("DQ-002").And.Contain("Dangling offence id");
        run.Out.Should().Contain("children[1].sex");
    }

    [Fact]
    public void Json_report_groups_the_issues_by_child()
    {
        using var folder = new TempFolder();
        var input = folder.Write("issues.json", CaseDocuments.WithIssues);

        var run = Yj.Run("check", input, "--format", "json");

        run.ExitCode.Should().Be(ExitCode.Findings);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("readable").GetBoolean().Should().BeTrue();
        root.GetProperty("errors").GetInt32().Should().Be(1);
        root.GetProperty("warnings").GetInt32().Should().Be(1);
        root.GetProperty("byRule").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal("IX-FIELD-002", "DQ-002");
        var children = root.GetProperty("byChild").EnumerateArray().ToList();
        children.Select(c => c.GetProperty("childId").GetString()).Should().BeEquivalentTo("C2", "C3");
        var c3 = children.Single(c => c.GetProperty("childId").GetString() == "C3").GetProperty("issues").EnumerateArray().Single();
        c3.GetProperty("value").GetString().Should().Be("O9");
        c3.GetProperty("severity").GetString().Should().Be("warning");
    }

    [Fact]
    public void Warnings_alone_are_exit_code_0()
    {
        using var folder = new TempFolder();
        var input = folder.Write("warnings.json", CaseDocuments.WarningsOnly);

        var run = Yj.Run("check", input);

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().Contain("No errors").And.Contain("DQ-002");
    }

    [Fact]
    public void Unreadable_input_is_reported_with_exit_code_3()
    {
        using var folder = new TempFolder();
        var input = folder.Write("notes.json", "{ \"schema\": ");

        var run = Yj.Run("check", input);

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Out.Should().Contain("The input could not be read").And.Contain("IX-JSON-001");
    }

    [Fact]
    public void Limit_option_caps_the_issues_listed()
    {
        using var folder = new TempFolder();
        var input = folder.Write("issues.json", CaseDocuments.WithIssues);

        var run = Yj.Run("check", input, "--limit", "1");

        run.Out.Should().Contain("1 more issue(s) not shown; use --limit or --format json for all.");
    }
}
