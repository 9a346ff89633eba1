using YouthJustice.Domain.Children;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// The age rules every measure shares, over day numbers: whether a child is 10–17 on a day (<see cref="Age.IsChild"/>,
/// the domain's rule) and the cohort's age reference day (kpi-rules §13.4).
/// </summary>
internal static class ChildAge
{
    /// <summary>
    /// Whether the child is a child for the youth justice system (10–17, <see cref="Age.IsChild"/>) on
    /// <paramref name="day"/>; <see langword="false"/> without a date of birth or on a day before it.
    /// </summary>
    public static bool IsChildAt(int dateOfBirth, int day)
    {
        if (dateOfBirth == Days.None || day < dateOfBirth)
        {
            return false;
        }

        return Age.On(Days.ToDate(dateOfBirth), Days.ToDate(day)).IsChild;
    }

    /// <summary>
    /// The cohort's age reference day (kpi-rules §13.4): the intervention start, or under a definition set that dates a
    /// DTO licence's age from the outcome the start of the order (<see cref="Periods.OrderStart"/>: the outcome date of
    /// a DTO licence).
    /// </summary>
    public static int CohortReferenceDay(in InterventionRow intervention, int outcomeDate, DefinitionSet definitions)
        => definitions.DtoLicenceAgeFromOutcomeDate
            ? Periods.OrderStart(intervention.Disposal, intervention.Start, outcomeDate)
            : intervention.Start;
}
