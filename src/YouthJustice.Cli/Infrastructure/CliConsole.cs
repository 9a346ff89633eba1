using System;
using System.IO;
using Spectre.Console;

namespace YouthJustice.Cli.Infrastructure;

/// <summary>
/// Where <c>yj</c> writes. Results go to standard output: rendered tables through <see cref="Out"/>, documents
/// (JSON, CSV, Markdown) byte for byte through <see cref="RawOut"/> so that no line is wrapped. Messages, warnings and
/// progress go to standard error through <see cref="Error"/>, so that a redirected result is never mixed with them.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(IAnsiConsole output, TextWriter rawOutput, IAnsiConsole error)
    {
        Out = output;
        RawOut = rawOutput;
        Error = error;
    }

    /// <summary>The width of tables written to a pipe or a file (as with <c>--out</c>).</summary>
    public const int RedirectedOutputWidth = 160;

    /// <summary>The width of messages written to a redirected standard error: wide enough never to wrap one.</summary>
    public const int RedirectedErrorWidth = 4000;

    public IAnsiConsole Out { get; }

    public TextWriter RawOut { get; }

    public IAnsiConsole Error { get; }

    /// <summary>The process's own console: standard output and standard error, colours as the terminal allows.</summary>
    public static CliConsole System()
    {
        var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsOutputRedirected)
        {
            output.Profile.Width = RedirectedOutputWidth;
        }

        if (Console.IsErrorRedirected)
        {
            // A message to a log is one line per message, however long: never wrapped at 80 columns.
            error.Profile.Width = RedirectedErrorWidth;
        }

        return new CliConsole(output, Console.Out, error);
    }
}
