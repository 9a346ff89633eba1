using NodaTime;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Education;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// Compulsory school age as day numbers for KPI 2 (kpi-rules §2.2, domain-rules §3.1): the last day a child is of
/// compulsory school age, computed once per child when the <see cref="CaseTable"/> is built, so that "school age on a
/// day" is one integer comparison on the hot path.
/// </summary>
internal static class SchoolAgeDays
{
    // The domain refuses dates of birth whose compulsory school age would end after 9999.
    private const int LastComputableBirthYear = 9982;

    /// <summary>
    /// The last day of compulsory school age (<see cref="CompulsorySchoolAge.EndDate"/>, 1 September school years),
    /// <see cref="Days.None"/> without a date of birth. A child whose 16th birthday came before the 1997/98 school year
    /// left school age under the pre-1998 leaving dates, which the domain does not model: the 16th birthday is taken as
    /// the last day (decision KE4).
    /// </summary>
    public static int EndDay(LocalDate? dateOfBirth, CompulsorySchoolAge rule)
    {
        if (dateOfBirth is not { } dob)
        {
            return Days.None;
        }

        if (dob.Year > LastComputableBirthYear)
        {
            return Days.Open;
        }

        var sixteenth = Age.Birthday(dob, 16);
        if (sixteenth < rule.SchoolYearStart.InYear(CompulsorySchoolAge.FirstLastFridayInJuneYear - 1))
        {
            return Days.Of(sixteenth);
        }

        return Days.Of(rule.EndDate(dob));
    }

    /// <summary>Whether a child whose school age ends on <paramref name="endDay"/> is of compulsory school age on <paramref name="day"/> (the end day included).</summary>
    public static bool IsSchoolAge(int endDay, int day) => day <= endDay;
}
