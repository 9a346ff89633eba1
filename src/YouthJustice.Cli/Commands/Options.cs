using OneOf;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Cli.Commands;

/// <summary>Reading option values, with the message a person gets when one is wrong.</summary>
internal static class Options
{
    public static OneOf<ReportingQuarter, string> Quarter(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Give the reporting quarter with --quarter, for example --quarter 2024Q1 (April to June 2024).";
        }

        var parsed = ReportingQuarter.Parse(text.Trim());
        return parsed.Match<OneOf<ReportingQuarter, string>>(q => q, e => "--quarter: " + e.Message);
    }

    public static OneOf<DefinitionSet, string> Definitions(string? text)
        => DefinitionSet.Parse(text?.Trim()).Match<OneOf<DefinitionSet, string>>(d => d, e => "--definitions: " + e.Message);
}
