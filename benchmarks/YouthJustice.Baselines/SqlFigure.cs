namespace YouthJustice.Baselines;

/// <summary>One figure of the SQL baseline's return: a measure, or one type of order's part of it.</summary>
/// <param name="MeasureId">The measure id as the engine's return names it (<c>kpi1.headline</c>), or
/// <c>cohort.children</c> / <c>cohort.excluded.&lt;Reason&gt;</c> for the cohort.</param>
/// <param name="TypeOfOrder">The type of order's name for a split, <see langword="null"/> for the whole figure.</param>
/// <param name="Numerator">The numerator (the count, for the cohort rows).</param>
/// <param name="Denominator">The denominator (1 for the cohort rows).</param>
public readonly record struct SqlFigure(string MeasureId, string? TypeOfOrder, long Numerator, long Denominator);
