using YouthJustice.Domain.Time;

namespace YouthJustice.Cli.Commands;

/// <summary>Options of the commands that work on one reporting quarter of a service.</summary>
internal class QuarterOnlySettings : EngineSettings
{
    [CommandOption("--quarter <QUARTER>")]
    [Description("The reporting quarter, as the YJB labels it: 2024Q1 = April to June 2024 (financial-year quarters).")]
    public string? Quarter { get; set; }

    public ReportingQuarter ParsedQuarter { get; private set; }

    public override ValidationResult Validate()
    {
        var quarter = Options.Quarter(Quarter);
        if (quarter.TryPickT1(out var quarterError, out var parsedQuarter))
        {
            return ValidationResult.Error(quarterError);
        }

        ParsedQuarter = parsedQuarter;
        return base.Validate();
    }
}
