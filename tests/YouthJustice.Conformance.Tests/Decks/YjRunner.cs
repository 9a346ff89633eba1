using Spectre.Console;
using YouthJustice.Cli;
using YouthJustice.Cli.Infrastructure;

namespace YouthJustice.Conformance.Tests.Decks;

/// <summary>Runs the <c>yj</c> tool in-process, as <c>yj</c> on a command line would (plain, uncoloured output).</summary>
internal static class YjRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = YjApp.Run(args, new CliConsole(Plain(output), output, Plain(error)));
        return (code, output.ToString(), error.ToString());
    }

    private static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 4000;
        return console;
    }
}
