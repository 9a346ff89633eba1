using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Cli.Commands;

/// <summary>Options of the commands that compute a quarter: the quarter and the definition set.</summary>
internal class QuarterSettings : InputSettings
{
    [CommandOption("--quarter <QUARTER>")]
    [Description("The reporting quarter, as the YJB labels it: 2024Q1 = April to June 2024 (financial-year quarters).")]
    public string? Quarter { get; set; }

    [CommandOption("--definitions <SET>")]
    [Description("The definition set: 2023 (as first collected in 2023/24) or 2024 (the refined definitions). Default: 2024.")]
    [DefaultValue("2024")]
    public string Definitions { get; set; } = "2024";

    public ReportingQuarter ParsedQuarter { get; private set; }

    public DefinitionSet ParsedDefinitions { get; private set; } = DefinitionSet.Default;

    public override ValidationResult Validate()
    {
        var quarter = Options.Quarter(Quarter);
        if (quarter.TryPickT1(out var quarterError, out var parsedQuarter))
        {
            return ValidationResult.Error(quarterError);
        }

        ParsedQuarter = parsedQuarter;
        var definitions = Options.Definitions(Definitions);
        if (definitions.TryPickT1(out var definitionsError, out var parsedDefinitions))
        {
            return ValidationResult.Error(definitionsError);
        }

        ParsedDefinitions = parsedDefinitions;
        return base.Validate();
    }
}
