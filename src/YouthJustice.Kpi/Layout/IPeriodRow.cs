namespace YouthJustice.Kpi.Engine;

/// <summary>An engine row for a period: the day it starts and the day it ends (<see cref="Days"/>; an end may be open).</summary>
internal interface IPeriodRow
{
    /// <summary>The first day.</summary>
    int Start { get; }

    /// <summary>The last day, or <see cref="Days.Open"/> when the period has not ended.</summary>
    int End { get; }
}
