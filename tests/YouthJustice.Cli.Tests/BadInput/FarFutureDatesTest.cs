using System.Text.RegularExpressions;

namespace YouthJustice.Cli.Tests.BadInput;

/// <summary>Issue 14: a far-future ("open-ended") date or quarter ends in figures or a usage error, never a crash.</summary>
public sealed class FarFutureDatesTest
{
    [Theory]
    [InlineData("kpi")]
    [InlineData("diff")]
    public void An_intervention_ending_9999_12_31_does_not_crash_the_command(string command)
    {
        using var folder = new TempFolder();
        var path = folder.File("open-ended.json");
        Yj.Run("sample", "--children", "60", "--seed", "3", "--out", path, "--quiet").ExitCode.Should().Be(ExitCode.Ok);
        var text = File.ReadAllText(path);
        var edited = Regex.Replace(text, "\"end\": ?\"[0-9-]{10}\"", "\"end\": \"9999-12-31\"");
        edited.Should().NotBe(text, "the sample has interventions with an end date to rewrite");
        File.WriteAllText(path, edited);

        var run = command == "diff"
            ? Yj.Run("diff", path, "--quarter", "2024Q1", "--definitions", "2023", "2024", "--format", "json")
            : Yj.Run("kpi", path, "--quarter", "2024Q1", "--format", "json");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        run.Out.Should().Contain("2024Q1");
    }

    [Fact]
    public void A_quarter_after_the_last_reportable_one_is_a_usage_error_not_a_crash()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "9998Q4");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("9998Q4 is after 9989Q4, the last quarter yj reports on");
    }

    [Theory]
    [InlineData("9998Q4", "80")]
    [InlineData("9998Q4", "1")]
    [InlineData("2004Q4", "1")]
    public void Sample_refuses_a_window_it_cannot_generate_with_a_clear_error(string from, string quarters)
    {
        using var folder = new TempFolder();

        var run = Yj.Run("sample", "--from", from, "--quarters", quarters, "--out", folder.File("s.json"));

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("orders must end within 2005Q1 to 9989Q4");
    }
}
