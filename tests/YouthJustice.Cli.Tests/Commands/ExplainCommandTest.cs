using System.Text.Json;

namespace YouthJustice.Cli.Tests.Commands;

public sealed class ExplainCommandTest
{
    [Fact]
    public void Member_is_explained_with_the_kept_row_and_each_measure()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("explain", input, "--child", "C2", "--quarter", "2023Q3");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        run.Out.Should().Contain("Child C2 · 2023Q3 (1 Oct 2023 to 31 Dec 2023) · definitions 2024");
        run.Out.Should().Contain("In the cohort: intervention I1 (ReferralOrder, 2023-05-01 to 2023-11-30) for offence O1, outcome ReferralOrder on 2023-05-01; type of order ReferralOrder; 1 qualifying row(s) before one was kept.");
        run.Out.Should().Contain("kpi1.headline").And.Contain("not met").And.Contain("LivingWithFriends");
        run.Out.Should().Contain("other measure(s); add --all to list them with the reason.");
    }

    [Fact]
    public void Excluded_child_is_explained_with_the_reason()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("explain", input, "--child", "C3", "--quarter", "2023Q3");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().Contain("Excluded from the cohort (ResidentInAnotherArea):").And.Contain("the child was resident in another area at the outcome date");
    }

    [Fact]
    public void Child_with_nothing_ending_is_not_a_candidate()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("explain", input, "--child", "C1", "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().Contain("Not a candidate: no intervention of the child ends in 2024Q1.");
    }

    [Fact]
    public void Json_lists_every_measure_of_the_catalogue()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("explain", input, "--child", "C1", "--quarter", "2023Q3", "--format", "json");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("standing").GetString().Should().Be("Member");
        json.RootElement.GetProperty("member").GetProperty("typeOfOrder").GetString().Should().Be("ReferralOrder");
        var measures = json.RootElement.GetProperty("measures").EnumerateArray().ToList();
        measures.Should().HaveCount(new YouthJustice.Kpi.KpiEngine().Catalogue.Count);
        var headline = measures.Single(m => m.GetProperty("id").GetString() == "kpi1.headline");
        headline.GetProperty("status").GetString().Should().Be("Met");
        headline.GetProperty("reasons").EnumerateArray().First().GetString().Should().StartWith("suitable at end:");
    }

    [Fact]
    public void All_option_lists_the_measures_outside_the_denominator_too()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("explain", input, "--child", "C1", "--quarter", "2023Q3", "--all");

        run.Out.Should().Contain("not in denominator").And.NotContain("add --all");
    }

    [Fact]
    public void Unknown_child_is_exit_code_4_with_a_clear_message()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("explain", input, "--child", "C9", "--quarter", "2023Q3");

        run.ExitCode.Should().Be(ExitCode.NotFound);
        run.Error.Should().Contain("error: No child with id 'C9' is in the service's data. The input '" + input + "' has 3 children (C1, C2, C3 ...).");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_child_that_differs_by_leading_zeros_gets_a_suggestion()
    {
        var run = Yj.Run("explain", "--sample", "--child", "C001", "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.NotFound);
        run.Error.Should().Contain("No child with id 'C001' is in the service's data. Did you mean 'C00001'?");
    }

    [Fact]
    public void Missing_child_option_is_exit_code_2()
    {
        var run = Yj.Run("explain", "--sample", "--quarter", "2024Q1");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("Give the child with --child, for example --child C001.");
    }
}
