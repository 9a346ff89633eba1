namespace YouthJustice.Domain.Children;

/// <summary>
/// An age in whole years, as the law counts it: a person attains an age at the start of the anniversary of their
/// birth. A child born on 29 February attains each new age on 1 March in years that are not leap years.
/// </summary>
/// <remarks>
/// <para>Family Law Reform Act 1969 s.9 (age attained at the start of the relevant anniversary). The leap-day rule is
/// the project's recorded choice (domain-rules §0; docs/decisions.md): the statute does not say which day is the
/// anniversary of 29 February in a common year.</para>
/// <para>A child in the youth justice system is aged 10–17 inclusive (<see cref="IsChild"/>): under 10 a child
/// cannot commit an offence (Children and Young Persons Act 1933 s.50), and at 18 a person is an adult.</para>
/// <para>Equality and ordering are by <see cref="Years"/>. The default value is age 0.</para>
/// </remarks>
[Source("Family Law Reform Act 1969 s.9; leap-day birthdays turn on 1 March (our choice, domain-rules §0)", Url = "https://www.legislation.gov.uk/ukpga/1969/46/section/9", Confidence = Confidence.Low)]
public readonly struct Age : IEquatable<Age>, IComparable<Age>, IComparable
{
    /// <summary>The age of criminal responsibility in England and Wales: 10 (Children and Young Persons Act 1933 s.50).</summary>
    public const int AgeOfCriminalResponsibility = 10;

    /// <summary>The age at which a person is an adult: 18.</summary>
    public const int AdultAge = 18;

    private readonly int _years;

    /// <summary>Creates an age of <paramref name="years"/> whole years.</summary>
    /// <param name="years">Zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public Age(int years)
    {
        _years = Preconditions.CheckRange(years, nameof(years), 0, int.MaxValue);
    }

    /// <summary>Whole years.</summary>
    public int Years => _years;

    /// <summary>Whether this is a child the youth justice system deals with: 10 to 17 inclusive.</summary>
    public bool IsChild => _years >= AgeOfCriminalResponsibility && _years < AdultAge;

    /// <summary>Whether this is below the age of criminal responsibility (under 10).</summary>
    public bool IsBelowAgeOfCriminalResponsibility => _years < AgeOfCriminalResponsibility;

    /// <summary>Whether this is an adult (18 or over).</summary>
    public bool IsAdult => _years >= AdultAge;

    /// <summary>
    /// The age on <paramref name="date"/> of a person born on <paramref name="dateOfBirth"/>: the age goes up on the
    /// birthday itself (and on 1 March in common years for a 29 February birth).
    /// </summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="date">The date of interest; on or after <paramref name="dateOfBirth"/>.</param>
    /// <returns>The age in whole years.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is before <paramref name="dateOfBirth"/>.</exception>
    public static Age On(LocalDate dateOfBirth, LocalDate date)
    {
        if (date < dateOfBirth)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The date {date:yyyy-MM-dd} is before the date of birth {dateOfBirth:yyyy-MM-dd}."),
                nameof(date));
        }

        var years = date.Year - dateOfBirth.Year;
        if (years > 0 && date < Birthday(dateOfBirth, years))
        {
            years--;
        }

        return new Age(years);
    }

    /// <summary>
    /// The age on <paramref name="date"/>, or <see langword="null"/> when either date is missing or the date is before
    /// the birth: the form the KPI cohort uses ("no date of birth or no reference date: excluded for age",
    /// kpi-rules §13.4).
    /// </summary>
    /// <param name="dateOfBirth">The date of birth, if known.</param>
    /// <param name="date">The date of interest, if known.</param>
    /// <returns>The age, or <see langword="null"/>.</returns>
    public static Age? TryOn(LocalDate? dateOfBirth, LocalDate? date)
        => dateOfBirth is { } dob && date is { } d && d >= dob ? On(dob, d) : null;

    /// <summary>
    /// The date of the <paramref name="n"/>th birthday of a person born on <paramref name="dateOfBirth"/>: the same day
    /// and month <paramref name="n"/> years later, except that a 29 February birthday falls on 1 March in a common year.
    /// </summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="n">Which birthday; zero or more (0 is the date of birth).</param>
    /// <returns>The date on which the person attains age <paramref name="n"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or the birthday is after 9999.</exception>
    public static LocalDate Birthday(LocalDate dateOfBirth, int n)
    {
        Preconditions.CheckRange(n, nameof(n), 0, 9999 - dateOfBirth.Year);
        var year = dateOfBirth.Year + n;
        return dateOfBirth is { Month: 2, Day: 29 } && !CalendarSystem.Iso.IsLeapYear(year)
            ? new LocalDate(year, 3, 1)
            : new LocalDate(year, dateOfBirth.Month, dateOfBirth.Day);
    }

    /// <summary>The number of whole years.</summary>
    /// <returns>The years as text.</returns>
    public override string ToString() => _years.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(Age other) => _years == other._years;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Age other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _years;

    /// <summary>Compares by years.</summary>
    /// <param name="other">The age to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Age other) => _years.CompareTo(other._years);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Age other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Age)}.", nameof(obj)),
    };

    /// <summary>Whether two ages are equal.</summary>
    /// <param name="left">The first age.</param>
    /// <param name="right">The second age.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Age left, Age right) => left.Equals(right);

    /// <summary>Whether two ages differ.</summary>
    /// <param name="left">The first age.</param>
    /// <param name="right">The second age.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Age left, Age right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is younger than <paramref name="right"/>.</summary>
    /// <param name="left">The first age.</param>
    /// <param name="right">The second age.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Age left, Age right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is younger than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first age.</param>
    /// <param name="right">The second age.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Age left, Age right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    /// <param name="left">The first age.</param>
    /// <param name="right">The second age.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Age left, Age right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is older than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first age.</param>
    /// <param name="right">The second age.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Age left, Age right) => left.CompareTo(right) >= 0;
}
