using NodaTime;
using NodaTime.Text;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Interchange.Explanations;

/// <summary>
/// The words the library's reports use for a child's explanation: the standing in one sentence and the status on a
/// measure, the same in <c>yj explain</c>, <c>yj validate</c>, <c>yj diff</c> and a vendor's own screens.
/// </summary>
public static class ExplanationText
{
    /// <summary>The child's standing in the quarter in one sentence: the kept row of a member, the reason of an exclusion, or not a candidate.</summary>
    /// <param name="explanation">The explanation (<see cref="Kpi.KpiEngine.Explain"/>).</param>
    /// <returns>For example "In the cohort: intervention I1 (ReferralOrder, 2023-01-02 to 2023-08-31) for offence O1, ...".</returns>
    public static string Summary(ChildExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return explanation.Standing switch
        {
            CohortStanding.Member when explanation.Member is { } m => string.Create(
                CultureInfo.InvariantCulture,
                $"In the cohort: intervention {m.InterventionId} ({m.InterventionDisposal.Name}, {Iso(m.Start)} to {Iso(m.End)}) for offence {m.OffenceId}, outcome {m.Outcome.Name} on {Iso(m.OutcomeDate)}; type of order {m.TypeOfOrder.Name}; {m.QualifyingRows} qualifying row(s) before one was kept."),
            CohortStanding.Excluded when explanation.Exclusion is { } e => $"Excluded from the cohort ({e.Reason.Name}): {e.Detail}.",
            _ => $"Not a candidate: no intervention of the child ends in {explanation.Quarter}.",
        };
    }

    /// <summary>The status as a name in JSON and CSV: <c>Met</c>, <c>NotMet</c>, <c>NoData</c>, <c>NotInDenominator</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string Name(ChildMeasureStatus status) => status switch
    {
        ChildMeasureStatus.Met => "Met",
        ChildMeasureStatus.NotMet => "NotMet",
        ChildMeasureStatus.NoData => "NoData",
        _ => "NotInDenominator",
    };

    /// <summary>The status in words for prose: <c>met</c>, <c>not met</c>, <c>no data</c>, <c>not in denominator</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The words.</returns>
    public static string Words(ChildMeasureStatus status) => status switch
    {
        ChildMeasureStatus.Met => "met",
        ChildMeasureStatus.NotMet => "not met",
        ChildMeasureStatus.NoData => "no data",
        _ => "not in denominator",
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
