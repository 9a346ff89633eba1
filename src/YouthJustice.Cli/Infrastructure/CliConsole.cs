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

    /// <summary>Whether the progress bar may show: exactly when standard error is not redirected.</summary>
    internal static InteractionSupport ErrorInteraction(bool errorRedirected) => errorRedirected ? InteractionSupport.No : InteractionSupport.Yes;

    /// <summary>The process's own console: standard output and standard error, colours as the terminal allows.</summary>
    public static CliConsole System()
    {
        var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        // Progress goes to standard error, so it is shown when standard error is a terminal, whatever standard output is
        // (yj kpi big.json --format csv > return.csv shows it; yj kpi ... 2> log does not) (issue 14).
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = ErrorInteraction(Console.IsErrorRedirected) });
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
