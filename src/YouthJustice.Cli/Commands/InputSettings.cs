namespace YouthJustice.Cli.Commands;

/// <summary>Options of the commands that read a service's case-level data: a path, or the built-in sample.</summary>
internal class InputSettings : CliSettings
{
    [CommandArgument(0, "[input]")]
    [Description("A case-level JSON document (youthjustice-caselevel/1) or a folder of CSV tables.")]
    public string? Input { get; set; }

    [CommandOption("--sample")]
    [Description("Use the built-in synthetic sample service (600 children, orders ending 2023Q1-2024Q4) instead of an input.")]
    public bool Sample { get; set; }

    [CommandOption("--input-format <FORMAT>")]
    [Description("How to read the input: auto (the default: told from the input), json (youthjustice-caselevel/1), csv (a folder of tables), yjaf (a YJAF document of child documents) or yjaf-ndjson (one YJAF child document per line).")]
    [DefaultValue("auto")]
    public string InputFormat { get; set; } = "auto";

    [CommandOption("--strict")]
    [Description("Fail (exit code 3) when any item of the input was rejected, instead of computing from the rest.")]
    public bool Strict { get; set; }

    /// <summary>The file given to <c>--out</c>, for the commands that have one.</summary>
    public virtual string? OutPath => null;

    /// <summary>The paths this command reads, with how to name each in a message: <c>--out</c> must be none of them.</summary>
    protected virtual IEnumerable<(string? Path, string What)> InputsRead() => [(Input, "the input")];

    private static bool SamePath(string a, string b)
    {
        try
        {
            return string.Equals(
                Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)),
                Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
                OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    public override ValidationResult Validate()
    {
        if (Sample && Input is not null)
        {
            return ValidationResult.Error("Give either an input path or --sample, not both.");
        }

        if (!Sample && string.IsNullOrWhiteSpace(Input))
        {
            return ValidationResult.Error("Give an input (a case-level JSON file or a folder of CSV tables), or --sample.");
        }

        if (Array.IndexOf(YouthJustice.Cli.Input.InputFormat.All, InputFormat) < 0)
        {
            return ValidationResult.Error($"--input-format: '{InputFormat}' is not a format; expected one of: {string.Join(", ", YouthJustice.Cli.Input.InputFormat.All)}.");
        }

        foreach (var (read, what) in InputsRead())
        {
            if (OutPath is { Length: > 0 } output && read is { Length: > 0 } && SamePath(output, read))
            {
                return ValidationResult.Error($"--out '{output}' is {what}: writing there would overwrite it; give another file.");
            }
        }

        return base.Validate();
    }
}
