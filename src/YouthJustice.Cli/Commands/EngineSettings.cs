using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Cli.Commands;

/// <summary>Options of the commands that compute figures (kpi, explain, report, validate, diff): the profile they follow.</summary>
internal class EngineSettings : InputSettings
{
    [CommandOption("--profile <PROFILE>")]
    [Description("guidance (the guidance's definitions, the default) or yjb-pipeline (the YJB pipeline's own behaviours where they differ, to reproduce the figure the YJB publishes: see docs/pipeline-profile.md).")]
    public string? Profile { get; set; }

    public KpiProfile ParsedProfile { get; private set; } = KpiProfile.Guidance;

    /// <summary>The engine's options: the profile chosen, the defaults otherwise.</summary>
    public KpiOptions EngineOptions => new() { Profile = ParsedProfile };

    public override ValidationResult Validate()
    {
        if (Profile is not null)
        {
            var parsed = Options.Profile(Profile);
            if (parsed.TryPickT1(out var error, out var profile))
            {
                return ValidationResult.Error(error);
            }

            ParsedProfile = profile;
        }

        return base.Validate();
    }
}
