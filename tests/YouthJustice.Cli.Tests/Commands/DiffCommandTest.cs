using System.Text.Json;
using YouthJustice.Cli.Commands;

namespace YouthJustice.Cli.Tests.Commands;

public sealed class DiffCommandTest
{
    [Fact]
    public void Dto_licence_child_changes_cohort_between_the_sets_with_the_age_rule()
    {
        using var folder = new TempFolder();
        var input = folder.Write("dto.json", CaseDocuments.DtoLicence);

        var run = Yj.Run("diff", input, "--quarter", "2024Q1", "--definitions", "2023", "2024", "--format", "json");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("from").GetString().Should().Be("2023");
        json.RootElement.GetProperty("to").GetString().Should().Be("2024");
        var difference = json.RootElement.GetProperty("differences").EnumerateArray().Single();
        difference.GetProperty("childId").GetString().Should().Be("C1");
        difference.GetProperty("measure").GetString().Should().Be("cohort");
        difference.GetProperty("from").GetString().Should().Be("NotInDenominator");
        difference.GetProperty("to").GetString().Should().Be("Met");
        difference.GetProperty("rule").GetString().Should().Contain("DTO licence").And.Contain("outcome date");
    }

    [Fact]
    public void Sets_can_be_given_in_either_order()
    {
        using var folder = new TempFolder();
        var input = folder.Write("dto.json", CaseDocuments.DtoLicence);

        var run = Yj.Run("diff", input, "--quarter", "2024Q1", "--definitions", "2024", "2023", "--format", "csv");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Split('\n')[1].Should().StartWith("C1,cohort,Met,NotInDenominator,");
    }

    [Fact]
    public void Table_names_the_child_and_the_rule()
    {
        var run = Yj.Run("diff", "--sample", "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().Contain("Definitions 2023 → 2024").And.Contain("Changes by measure").And.Contain("Children whose classification changes");
    }

    [Fact]
    public void Children_without_a_health_need_leave_the_kpi_4_and_5_denominators_under_2024()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("diff", input, "--quarter", "2023Q3", "--format", "csv");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => string.Join(',', l.Split(',').Take(4)))
            .Should().Equal(
                "C1,kpi4.headline,NotMet,NotInDenominator",
                "C1,kpi5.headline,NotMet,NotInDenominator",
                "C2,kpi4.headline,NotMet,NotInDenominator",
                "C2,kpi5.headline,NotMet,NotInDenominator");
    }

    [Fact]
    public void The_table_heading_counts_children_measures_and_changes_separately()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("diff", input, "--quarter", "2023Q3");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().Contain("2 child(ren) change classification on 2 measure(s): 4 change(s) in all.");
    }

    [Fact]
    public void No_difference_is_said_plainly()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("diff", input, "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().Contain("0 child(ren) change classification on 0 measure(s): 0 change(s) in all.");
    }

    [Fact]
    public void One_definition_set_is_exit_code_2()
    {
        var run = Yj.Run("diff", "--sample", "--quarter", "2024Q1", "--definitions", "2023");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("--definitions: give two definition sets to compare, for example --definitions 2023 2024; 1 given.");
    }

    [Fact]
    public void Rewrite_turns_two_values_into_two_options_for_diff_only()
    {
        DiffCommand.Rewrite(["diff", "x.json", "--definitions", "2023", "2024"]).Should().Equal("diff", "x.json", "--definitions", "2023", "--definitions", "2024");
        DiffCommand.Rewrite(["kpi", "x.json", "--definitions", "2023", "2024"]).Should().Equal("kpi", "x.json", "--definitions", "2023", "2024");
        DiffCommand.Rewrite(["diff", "--definitions", "2023", "--quarter", "2024Q1"]).Should().Equal("diff", "--definitions", "2023", "--quarter", "2024Q1");
    }
}
