using NodaTime;

namespace YouthJustice.Domain.Education;

/// <summary>
/// The nth birthday with the project's leap-day rule (29 February turns on 1 March in common years). Stands in until
/// <c>Children.Age.Birthday</c> from the core vocabulary is on main.
/// </summary>
internal static class InterimBirthday
{
    internal static LocalDate Of(LocalDate dateOfBirth, int n)
    {
        var year = checked(dateOfBirth.Year + n);
        return dateOfBirth is { Month: 2, Day: 29 } && !CalendarSystem.Iso.IsLeapYear(year)
            ? new LocalDate(year, 3, 1)
            : new LocalDate(year, dateOfBirth.Month, dateOfBirth.Day);
    }
}
