using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Cli.Commands;

/// <summary>Options of the commands that compute a quarter under one definition set.</summary>
internal class QuarterSettings : QuarterOnlySettings
{
    [CommandOption("--definitions <SET>")]
    [Description("The definition set: 2023 (as first collected in 2023/24) or 2024 (the refined definitions). Default: 2024.")]
    [DefaultValue("2024")]
    public string Definitions { get; set; } = "2024";

    public DefinitionSet ParsedDefinitions { get; private set; } = DefinitionSet.Default;

    public override ValidationResult Validate()
    {
        var definitions = Options.Definitions(Definitions);
        if (definitions.TryPickT1(out var definitionsError, out var parsedDefinitions))
        {
            return ValidationResult.Error(definitionsError);
        }

        ParsedDefinitions = parsedDefinitions;
        return base.Validate();
    }
}
