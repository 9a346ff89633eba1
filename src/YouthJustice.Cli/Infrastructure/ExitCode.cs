namespace YouthJustice.Cli.Infrastructure;

/// <summary>The exit codes of <c>yj</c>, documented in docs/cli.md. A code never changes meaning.</summary>
internal static class ExitCode
{
    /// <summary>The command did what was asked and found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found something wrong: discrepancies (<c>validate</c>), data-quality errors (<c>check</c>).</summary>
    public const int Findings = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing or malformed value.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read or is not a valid document: missing file, not JSON, wrong schema, no children.csv.</summary>
    public const int InputInvalid = 3;

    /// <summary>Something asked for is not in the data: a child id given to <c>explain</c>.</summary>
    public const int NotFound = 4;

    /// <summary>The output could not be written (<c>--out</c> names a folder that does not exist, no permission ...).</summary>
    public const int OutputFailed = 5;

    /// <summary>An unexpected failure inside the tool: a bug, to be reported with the message printed.</summary>
    public const int InternalError = 70;
}
