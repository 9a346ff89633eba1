namespace YouthJustice.Cli.Tests.Commands;

/// <summary><c>--profile guidance|yjb-pipeline</c> on the commands that compute figures, and <c>yj diff --profiles</c> (decisions YJ-9, YJ-16).</summary>
public sealed class ProfileOptionTest
{
    [Theory]
    [InlineData("kpi", "--format", "table")]
    [InlineData("explain", "--child", "C0001")]
    [InlineData("report", "--out", "report.html")]
    [InlineData("diff", "--format", "table")]
    public void An_unknown_profile_is_a_usage_error_naming_the_two_profiles(string command, string option, string value)
    {
        var run = Yj.Run(command, "--sample", "--quarter", "2024Q1", option, value, "--profile", "yjb");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("--profile: 'yjb' is not a valid 'profile'; expected one of: guidance, yjb-pipeline.");
    }

    [Fact]
    public void An_unknown_profile_on_validate_is_a_usage_error()
    {
        var run = Yj.Run("validate", "--sample", "--return", "theirs.json", "--profile", "pipeline");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("--profile: 'pipeline' is not a valid 'profile'");
    }

    [Fact]
    public void The_return_says_which_profile_it_followed_only_when_it_is_not_the_guidance()
    {
        var guidance = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "json");
        var explicitGuidance = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "json", "--profile", "guidance");
        var pipeline = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "json", "--profile", "yjb-pipeline");

        guidance.ExitCode.Should().Be(ExitCode.Ok, guidance.Error);
        guidance.Out.Should().NotContain("\"profile\"");
        explicitGuidance.Out.Should().Be(guidance.Out);
        pipeline.ExitCode.Should().Be(ExitCode.Ok, pipeline.Error);
        pipeline.Out.Should().Contain("\"definitions\": \"2024\",\n  \"profile\": \"yjb-pipeline\",").And.Contain("\"reason\": \"AppealStatusNotRecorded\"");
        pipeline.Out.Should().NotBe(guidance.Out.Replace("\"definitions\": \"2024\",", "\"definitions\": \"2024\",\n  \"profile\": \"yjb-pipeline\",", StringComparison.Ordinal), "the sample's blank appeal statuses move the figures");
    }

    [Fact]
    public void Explain_under_the_profile_says_so_and_why_the_profile_dropped_the_child()
    {
        var guidance = Yj.Run("explain", "--sample", "--quarter", "2024Q1", "--child", "C00001");
        var pipeline = Yj.Run("explain", "--sample", "--quarter", "2024Q1", "--child", "C00001", "--profile", "yjb-pipeline");
        var json = Yj.Run("explain", "--sample", "--quarter", "2024Q1", "--child", "C00001", "--profile", "yjb-pipeline", "--format", "json");

        guidance.ExitCode.Should().Be(ExitCode.Ok, guidance.Error);
        guidance.Out.Should().NotContain("profile");
        pipeline.ExitCode.Should().Be(ExitCode.Ok, pipeline.Error);
        pipeline.Out.Should().Contain("definitions 2024 · profile yjb-pipeline").And.Contain("appeal status is not recorded");
        json.Out.Should().Contain("\"profile\": \"yjb-pipeline\"").And.Contain("\"standing\": \"Excluded\"");
    }

    [Fact]
    public void Validate_follows_the_profile_the_return_says_it_followed()
    {
        using var folder = new TempFolder();
        var theirs = folder.File("theirs.json");
        Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "json", "--children", "--profile", "yjb-pipeline", "--out", theirs).ExitCode.Should().Be(ExitCode.Ok);

        var followed = Yj.Run("validate", "--sample", "--return", theirs);
        var againstGuidance = Yj.Run("validate", "--sample", "--return", theirs, "--profile", "guidance");

        followed.ExitCode.Should().Be(ExitCode.Ok, followed.Out + followed.Error);
        followed.Out.Should().Contain("2024Q1, definitions 2024, profile yjb-pipeline:");
        againstGuidance.ExitCode.Should().Be(ExitCode.Findings);
        againstGuidance.Out.Should().Contain("2024Q1, definitions 2024:").And.Contain("AppealStatusNotRecorded");
    }

    [Fact]
    public void Diff_profiles_names_the_divergence_that_moves_each_child()
    {
        var run = Yj.Run("diff", "--sample", "--quarter", "2024Q1", "--profiles", "--format", "json");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        run.Out.Should().Contain("\"from\": \"guidance\"").And.Contain("\"to\": \"yjb-pipeline\"")
            .And.Contain("\"measure\": \"cohort\"").And.Contain("\"divergence\": \"blank-appeal-status\"").And.Contain("\"spec\": \"yjaf-case-level §6.1\"");
    }

    [Fact]
    public void Diff_profiles_as_a_table_says_what_each_divergence_moved()
    {
        var run = Yj.Run("diff", "--sample", "--quarter", "2024Q1", "--profiles");

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        run.Out.Should().Contain("Profiles guidance → yjb-pipeline").And.Contain("Changes by divergence").And.Contain("blank-appeal-status (yjaf-case-level §6.1)");
    }

    [Fact]
    public void Diff_profiles_takes_one_definition_set_and_refuses_a_profile()
    {
        Yj.Run("diff", "--sample", "--quarter", "2024Q1", "--profiles", "--definitions", "2023", "--format", "csv").ExitCode.Should().Be(ExitCode.Ok);

        var two = Yj.Run("diff", "--sample", "--quarter", "2024Q1", "--profiles", "--definitions", "2023", "2024");
        var profile = Yj.Run("diff", "--sample", "--quarter", "2024Q1", "--profiles", "--profile", "guidance");

        two.ExitCode.Should().Be(ExitCode.Usage);
        two.Error.Should().Contain("with --profiles give one definition set");
        profile.ExitCode.Should().Be(ExitCode.Usage);
        profile.Error.Should().Contain("--profiles compares the guidance and the yjb-pipeline profile; leave out --profile.");
    }
}
