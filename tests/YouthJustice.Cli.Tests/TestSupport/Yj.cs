using Spectre.Console;

namespace YouthJustice.Cli.Tests.TestSupport;

/// <summary>What one in-process run of <c>yj</c> printed and returned.</summary>
internal sealed record YjRun(int ExitCode, string Out, string Error);

/// <summary>Runs <c>yj</c> in-process with plain (uncoloured, wide) consoles, as a redirected run would.</summary>
internal static class Yj
{
    public static YjRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = YjApp.Run(args, new CliConsole(Plain(output, 200), output, Plain(error, 4000)));
        return new YjRun(code, output.ToString(), error.ToString());
    }

    private static IAnsiConsole Plain(TextWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
