using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// The date on which a child reaches an age in years and months. When the anniversary day does not exist in the
/// target month (born 29 February, or on the 31st), the age is reached on the first day of the next month: the
/// project's leap-day choice (<c>spec/domain-rules.md</c> §0, <see cref="Age.Birthday"/>) applied to months as well as years.
/// </summary>
internal static class AgeDates
{
    internal static LocalDate Reaching(LocalDate dateOfBirth, int years, int months)
    {
        if (months == 0)
        {
            return Age.Birthday(dateOfBirth, years);
        }

        var totalMonths = checked((years * 12) + months);
        var firstOfTargetMonth = new LocalDate(dateOfBirth.Year, dateOfBirth.Month, 1).PlusMonths(totalMonths);
        var daysInMonth = firstOfTargetMonth.Calendar.GetDaysInMonth(firstOfTargetMonth.Year, firstOfTargetMonth.Month);
        return dateOfBirth.Day <= daysInMonth
            ? firstOfTargetMonth.PlusDays(dateOfBirth.Day - 1)
            : firstOfTargetMonth.PlusMonths(1);
    }
}
