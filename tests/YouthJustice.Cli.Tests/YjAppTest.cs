namespace YouthJustice.Cli.Tests;

public sealed class YjAppTest
{
    [Fact]
    public void Help_lists_every_command()
    {
        var run = Yj.Run("--help");

        run.ExitCode.Should().Be(ExitCode.Ok);
        run.Out.Should().Contain("yj").And.Contain("kpi").And.Contain("explain").And.Contain("diff").And.Contain("check").And.Contain("sample").And.Contain("validate");
    }

    [Fact]
    public void Unknown_command_is_exit_code_2()
    {
        var run = Yj.Run("kpis", "--sample");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("error:").And.Contain("Run 'yj --help'");
    }

    [Fact]
    public void Unknown_option_is_exit_code_2()
    {
        var run = Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--colour");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("Unknown option 'colour'.");
    }

    [Fact]
    public void Option_value_of_the_wrong_type_is_exit_code_2()
    {
        var run = Yj.Run("sample", "--children", "many", "--out", "x.json");

        run.ExitCode.Should().Be(ExitCode.Usage);
    }
}
