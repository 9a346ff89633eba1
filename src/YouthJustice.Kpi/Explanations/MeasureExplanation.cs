using System.Collections.Generic;

namespace YouthJustice.Kpi.Explanations;

/// <summary>One child's standing on one measure, and why, naming the records and dates that decided it.</summary>
/// <param name="MeasureId">The measure id.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Status">Met, not met, no data (denominator only) or not in the denominator.</param>
/// <param name="Reasons">Sentences, the deciding one first.</param>
public sealed record MeasureExplanation(string MeasureId, string Title, ChildMeasureStatus Status, IReadOnlyList<string> Reasons);
