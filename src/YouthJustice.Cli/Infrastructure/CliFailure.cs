namespace YouthJustice.Cli.Infrastructure;

/// <summary>
/// A failure a command reports to the person running it: a message (one or more sentences, no stack trace) and the
/// documented exit code. Thrown by commands, caught once in <see cref="YjApp"/>, printed to standard error.
/// </summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliFailure()
    {
    }

    public CliFailure(string message)
        : base(message)
    {
    }

    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = Infrastructure.ExitCode.InternalError;
}
