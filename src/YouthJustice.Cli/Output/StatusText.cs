using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Cli.Output;

/// <summary>How a child's status on a measure is shown in a terminal (names and words: <see cref="YouthJustice.Interchange.Explanations.ExplanationText"/>).</summary>
internal static class StatusText
{
    public static string Markup(ChildMeasureStatus status) => status switch
    {
        ChildMeasureStatus.Met => "[green]met[/]",
        ChildMeasureStatus.NotMet => "[red]not met[/]",
        ChildMeasureStatus.NoData => "[yellow]no data[/]",
        _ => "[grey]not in denominator[/]",
    };
}
