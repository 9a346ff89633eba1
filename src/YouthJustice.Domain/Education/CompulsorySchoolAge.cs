using YouthJustice.Domain.Children;
using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Education;

/// <summary>
/// Compulsory school age in England and Wales (Education Act 1996 s.8): when a child starts and stops being of
/// compulsory school age, and whether they are of it on a date.
/// </summary>
/// <remarks>
/// <para>
/// <strong>Start</strong> (s.8(2)): the first prescribed day on or after the 5th birthday; the prescribed days are
/// 31 December, 31 March and 31 August (Education (Start of Compulsory School Age) Order 1998).
/// </para>
/// <para>
/// <strong>End</strong> (s.8(3)–(4)): the end of the school leaving date, which since 1998 is the
/// <see cref="SchoolLeavingDate">last Friday in June</see> (Education (School Leaving Date) Order 1997), for the year
/// in which the child turns 16 if they turn 16 on or before that day, or after it but before the next school year
/// starts; otherwise the first school leaving date after the 16th birthday. In councils' words: a child may leave on
/// the last Friday in June of the school year in which they turn 16, if they will be 16 by the end of the summer
/// holidays.
/// </para>
/// <para>
/// The statutory school year begins with the first term after July (s.579); councils use 1 September, the default
/// here (domain-rules §3.1, §7 #12); a local authority can give its own start day. A 29 February birth turns 16 on
/// 1 March in a common year (domain-rules §0). The rule is the same in England and Wales.
/// </para>
/// <para>A child is of compulsory school age from <see cref="StartDate"/> to <see cref="EndDate"/>, both included.</para>
/// </remarks>
/// <example>
/// <code>
/// var end = CompulsorySchoolAge.Default.EndDate(new LocalDate(2008, 8, 31)); // 2024-06-28
/// var inSchoolAge = CompulsorySchoolAge.Default.IsOfCompulsorySchoolAge(new LocalDate(2008, 8, 31), new LocalDate(2024, 7, 1)); // false
/// </code>
/// </example>
[Source("Education Act 1996 s.8", Url = "https://legislation.gov.uk/ukpga/1996/56/section/8/2009-01-01", Confidence = Confidence.High)]
[Source("Education (School Leaving Date) Order 1997: last Friday in June", EffectiveFrom = "1998-06-26", Confidence = Confidence.High)]
[Source("School year starts 1 September by default (Education Act 1996 s.579; councils' convention)", Confidence = Confidence.Medium)]
public sealed class CompulsorySchoolAge
{
    /// <summary>The first year whose school leaving date is the last Friday in June.</summary>
    public const int FirstLastFridayInJuneYear = 1998;

    /// <summary>The rule with school years starting on 1 September.</summary>
    public static readonly CompulsorySchoolAge Default = new(null);

    /// <summary>Creates the rule for a local authority's school-year start day.</summary>
    /// <param name="schoolYearStart">The first day of the school year; <see langword="null"/> for 1 September. 29 February is refused.</param>
    /// <exception cref="ArgumentException"><paramref name="schoolYearStart"/> is 29 February.</exception>
    public CompulsorySchoolAge(AnnualDate? schoolYearStart)
    {
        Preconditions.CheckArgument(
            schoolYearStart != new AnnualDate(2, 29),
            nameof(schoolYearStart),
            "A school year cannot start on 29 February.");
        SchoolYearStart = schoolYearStart ?? SchoolYear.DefaultStartDay;
    }

    /// <summary>The first day of the school year used to decide the summer-holiday case (default 1 September).</summary>
    public AnnualDate SchoolYearStart { get; }

    /// <summary>The school leaving date of a year: the last Friday in June.</summary>
    /// <param name="year">The calendar year; 1998 or later.</param>
    /// <returns>The last Friday in June of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1998 or after 9999.</exception>
    public static LocalDate SchoolLeavingDate(int year)
    {
        Preconditions.CheckRange(year, nameof(year), FirstLastFridayInJuneYear, 9999);
        return new LocalDate(year, 6, 30).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Friday));
    }

    /// <summary>The first day of compulsory school age: the first of 31 December, 31 March or 31 August on or after the 5th birthday.</summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <returns>The first day of compulsory school age.</returns>
    public static LocalDate StartDate(LocalDate dateOfBirth)
    {
        var fifth = Age.Birthday(dateOfBirth, 5);
        LocalDate[] prescribed =
        [
            new LocalDate(fifth.Year, 3, 31),
            new LocalDate(fifth.Year, 8, 31),
            new LocalDate(fifth.Year, 12, 31),
        ];
        foreach (var day in prescribed)
        {
            if (day >= fifth)
            {
                return day;
            }
        }

        throw new InvalidOperationException("31 December is always on or after a birthday in the same year.");
    }

    /// <summary>
    /// The last day of compulsory school age (the school leaving date that applies to the child), per the algorithm of
    /// domain-rules §3.1.
    /// </summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <returns>The last day on which the child is of compulsory school age.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The child left school age before 1998, when the last-Friday-in-June rule did not apply.
    /// </exception>
    public LocalDate EndDate(LocalDate dateOfBirth)
    {
        var sixteenth = Age.Birthday(dateOfBirth, 16);
        var year = sixteenth.Year;
        if (year < FirstLastFridayInJuneYear)
        {
            // A 16th birthday in the 1997/98 school year still leads to the first last-Friday date, 26 June 1998.
            return year == FirstLastFridayInJuneYear - 1 && sixteenth >= SchoolYearStart.InYear(year)
                ? SchoolLeavingDate(FirstLastFridayInJuneYear)
                : throw BeforeLastFridayRule(dateOfBirth);
        }

        var leaving = SchoolLeavingDate(year);
        if (sixteenth <= leaving || sixteenth < SchoolYearStart.InYear(year))
        {
            return leaving;
        }

        return SchoolLeavingDate(year + 1);
    }

    /// <summary>The whole period of compulsory school age, first and last days included.</summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <returns>The interval from <see cref="StartDate"/> to <see cref="EndDate"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The child left school age before 1998.</exception>
    public DateInterval Interval(LocalDate dateOfBirth) => new(StartDate(dateOfBirth), EndDate(dateOfBirth));

    /// <summary>Whether a child is of compulsory school age on a date (start and end days included).</summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <param name="date">The date of interest.</param>
    /// <returns><see langword="true"/> from <see cref="StartDate"/> to <see cref="EndDate"/> inclusive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The child left school age before 1998.</exception>
    public bool IsOfCompulsorySchoolAge(LocalDate dateOfBirth, LocalDate date)
        => Interval(dateOfBirth).Contains(date);

    /// <summary>Whether a child is above compulsory school age on a date: from the day after <see cref="EndDate"/>.</summary>
    /// <param name="dateOfBirth">The child's date of birth.</param>
    /// <param name="date">The date of interest.</param>
    /// <returns><see langword="true"/> after the school leaving date that applies to the child.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The child left school age before 1998.</exception>
    public bool IsAboveCompulsorySchoolAge(LocalDate dateOfBirth, LocalDate date) => date > EndDate(dateOfBirth);

    private static ArgumentOutOfRangeException BeforeLastFridayRule(LocalDate dateOfBirth)
        => new(
            nameof(dateOfBirth),
            dateOfBirth,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The last-Friday-in-June school leaving date applies from {FirstLastFridayInJuneYear}; a child born on {dateOfBirth:uuuu-MM-dd} left compulsory school age earlier."));
}
