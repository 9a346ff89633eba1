using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

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

    [CommandOption("--strict")]
    [Description("Fail (exit code 3) when any item of the input was rejected, instead of computing from the rest.")]
    public bool Strict { get; set; }

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

        return base.Validate();
    }
}
