using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Cli.Output;

/// <summary>How a child's status on a measure is shown.</summary>
internal static class StatusText
{
    public static string Name(ChildMeasureStatus status) => status switch
    {
        ChildMeasureStatus.Met => "Met",
        ChildMeasureStatus.NotMet => "NotMet",
        ChildMeasureStatus.NoData => "NoData",
        _ => "NotInDenominator",
    };

    public static string Markup(ChildMeasureStatus status) => status switch
    {
        ChildMeasureStatus.Met => "[green]met[/]",
        ChildMeasureStatus.NotMet => "[red]not met[/]",
        ChildMeasureStatus.NoData => "[yellow]no data[/]",
        _ => "[grey]not in denominator[/]",
    };

    public static string Words(ChildMeasureStatus status) => status switch
    {
        ChildMeasureStatus.Met => "met",
        ChildMeasureStatus.NotMet => "not met",
        ChildMeasureStatus.NoData => "no data",
        _ => "not in denominator",
    };
}
