namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The one place where a cohort child counts as remanded for four weeks or more, for KPI 1's remand sub-measure
/// (kpi-rules §2.1: "children remanded 4+ weeks" — the earliest hearing with a remand decision, more than 27 days from
/// hearing to outcome; S23; decision K7-3).
/// </summary>
/// <remarks>
/// The hearing is the earliest hearing with a remand decision (one of the YJB's seven remand codes) linked to the kept
/// row's offence (<see cref="OffenceRow.FirstRemandHearing"/>); the outcome is the kept row's outcome. The child is
/// remanded four weeks or more when the outcome is more than <see cref="MaxDaysUnderFourWeeks"/> days after that
/// hearing: 28 days or more. A hearing after the outcome does not count.
/// </remarks>
internal static class Remand
{
    /// <summary>The most days from hearing to outcome that are not "four weeks or more": 27 (kpi-rules §2.1, "&gt; 27 days").</summary>
    public const int MaxDaysUnderFourWeeks = 27;

    /// <summary>The global row of the earliest hearing with a remand decision linked to the kept offence, or -1.</summary>
    /// <param name="child">The cohort child.</param>
    /// <returns>The hearing row, or -1.</returns>
    public static int EarliestRemandHearing(in ChildContext child) => child.Table.Offences[child.Row.Offence].FirstRemandHearing;

    /// <summary>Whether the outcome day is more than <see cref="MaxDaysUnderFourWeeks"/> days after the hearing day.</summary>
    /// <param name="hearingDay">The hearing's day.</param>
    /// <param name="outcomeDay">The outcome's day.</param>
    /// <returns><see langword="true"/> for 28 days or more.</returns>
    public static bool IsFourWeeksOrMore(int hearingDay, int outcomeDay) => outcomeDay - hearingDay > MaxDaysUnderFourWeeks;
}
