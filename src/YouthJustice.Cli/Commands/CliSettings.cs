namespace YouthJustice.Cli.Commands;

/// <summary>Options every command takes.</summary>
internal class CliSettings : CommandSettings
{
    [CommandOption("-q|--quiet")]
    [Description("Print results and errors only: no progress bar, no warnings or notes on standard error.")]
    public bool Quiet { get; set; }
}
