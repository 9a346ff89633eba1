using System.Collections.Generic;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Cli.Validation;

/// <summary>One figure of another system's return: any part may be missing (only what is given is compared).</summary>
/// <param name="Numerator">The numerator, when given.</param>
/// <param name="Denominator">The denominator, when given.</param>
/// <param name="Value">The value, when given (<see langword="null"/> inside means "no value").</param>
internal sealed record TheirFigure(long? Numerator, long? Denominator, Optional<decimal?> Value);

/// <summary>One measure of another system's return, with its split by type of order (keys: interchange names).</summary>
internal sealed record TheirMeasure(string Id, TheirFigure Figure, IReadOnlyDictionary<string, TheirFigure> ByTypeOfOrder);

/// <summary>One child of the optional per-child list of another system's return: the child's status on each measure.</summary>
internal sealed record TheirChild(string ChildId, string? TypeOfOrder, IReadOnlyDictionary<string, ChildMeasureStatus> Statuses);

/// <summary>
/// Another system's KPI return (<c>youthjustice-kpi-return/1</c>) as <c>yj validate</c> compares it: what the
/// document gives, nothing filled in. Built from the Interchange return reader's result.
/// </summary>
internal sealed record TheirReturn(
    string? Service,
    string Quarter,
    string Definitions,
    IReadOnlyList<TheirMeasure> Measures,
    int? CohortChildren,
    IReadOnlyList<(string ChildId, string Reason)>? Excluded,
    IReadOnlyList<TheirChild>? Children);

/// <summary>A value that may be absent, where <see langword="null"/> is itself a meaningful value.</summary>
internal readonly record struct Optional<T>(bool IsGiven, T Value)
{
    public static Optional<T> Absent => default;

    public static Optional<T> Of(T value) => new(true, value);
}
