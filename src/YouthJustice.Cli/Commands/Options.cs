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
        if (parsed.TryPickT1(out var error, out var quarter))
        {
            return "--quarter: " + error.Message;
        }

        // The engine looks up to ten years past a quarter (follow-up windows); past LastQuarter that would leave
        // the calendar, so the quarter is refused here rather than crashing there (docs/decisions.md).
        return quarter.CompareTo(LastQuarter) > 0
            ? $"--quarter: {quarter} is after {LastQuarter}, the last quarter yj reports on."
            : quarter;
    }

    /// <summary>The last quarter a command reports on (the engine needs ten years of calendar after it).</summary>
    public static ReportingQuarter LastQuarter { get; } = new(9989, 4);

    public static OneOf<DefinitionSet, string> Definitions(string? text)
        => DefinitionSet.Parse(text?.Trim()).Match<OneOf<DefinitionSet, string>>(d => d, e => "--definitions: " + e.Message);

    public static OneOf<KpiProfile, string> Profile(string? text)
        => KpiProfile.Parse(text?.Trim()).Match<OneOf<KpiProfile, string>>(p => p, e => "--profile: " + e.Message);
}
