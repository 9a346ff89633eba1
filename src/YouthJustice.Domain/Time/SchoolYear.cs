namespace YouthJustice.Domain.Time;

/// <summary>
/// A school year: by default 1 September to 31 August, labelled <c>2023/24</c>. The statute defines the school year
/// as starting with the first term to begin after July (Education Act 1996 s.579); councils simplify this to
/// 1 September, which is the default here. A local authority whose first term starts on another day can give its
/// own start day.
/// </summary>
/// <remarks>
/// <para>Domain-rules §3.1 and §7 #12: the start day is configurable; the default of 1 September is a recorded
/// choice (docs/decisions.md).</para>
/// <para>Equality compares the starting year and the start day. Ordering is by first day, then start day. The
/// default value is the school year starting on 1 September 0001.</para>
/// </remarks>
[Source("Education Act 1996 s.579 (school year); councils' 1 September convention (domain-rules §3.1, §7 #12)", Url = "https://www.legislation.gov.uk/ukpga/1996/56/section/579", Confidence = Confidence.Medium)]
public readonly struct SchoolYear : IEquatable<SchoolYear>, IComparable<SchoolYear>, IComparable
{
    /// <summary>The first starting year supported.</summary>
    public const int MinStartYear = 1;

    /// <summary>The last starting year supported.</summary>
    public const int MaxStartYear = 9998;

    // StartYear - 1 and a start day of null meaning 1 September, so that the default value is 1 September 0001.
    private readonly int _index;
    private readonly AnnualDate? _startDay;

    /// <summary>Creates the school year that starts in <paramref name="startYear"/> on <paramref name="startDay"/>.</summary>
    /// <param name="startYear">The calendar year of the first day; 1–9998.</param>
    /// <param name="startDay">The first day of the school year; <see langword="null"/> for <see cref="DefaultStartDay"/> (1 September). 29 February is refused.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1–9998.</exception>
    /// <exception cref="ArgumentException"><paramref name="startDay"/> is 29 February.</exception>
    public SchoolYear(int startYear, AnnualDate? startDay = null)
    {
        Preconditions.CheckRange(startYear, nameof(startYear), MinStartYear, MaxStartYear);
        CheckStartDay(startDay);
        _index = startYear - 1;
        _startDay = startDay == DefaultStartDay ? null : startDay;
    }

    /// <summary>1 September: the day councils use as the start of the school year.</summary>
    public static AnnualDate DefaultStartDay => new(9, 1);

    /// <summary>The calendar year of the first day.</summary>
    public int StartYear => _index + 1;

    /// <summary>The day of the year on which school years start.</summary>
    public AnnualDate StartDay => _startDay ?? DefaultStartDay;

    /// <summary>The first day.</summary>
    public LocalDate Start => StartDay.InYear(StartYear);

    /// <summary>The last day: the day before the next school year starts.</summary>
    public LocalDate End => StartDay.InYear(checked(StartYear + 1)).PlusDays(-1);

    /// <summary>The school year as a closed interval of dates.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Returns the school year containing <paramref name="date"/>: with the default start, 2024-08-31 is in 2023/24 and 2024-09-01 in 2024/25.</summary>
    /// <param name="date">The date.</param>
    /// <param name="startDay">The first day of school years; <see langword="null"/> for 1 September.</param>
    /// <returns>The school year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="startDay"/> is 29 February.</exception>
    public static SchoolYear ForDate(LocalDate date, AnnualDate? startDay = null)
    {
        CheckStartDay(startDay);
        var day = startDay ?? DefaultStartDay;
        var year = date >= day.InYear(date.Year) ? date.Year : date.Year - 1;
        if (year < MinStartYear || year > MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"The date must fall in school years starting {MinStartYear:D4} to {MaxStartYear:D4}; was {date:yyyy-MM-dd}."));
        }

        return new SchoolYear(year, startDay);
    }

    /// <summary>Whether <paramref name="date"/> falls in this school year (first and last days included).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The following school year, with the same start day.</summary>
    /// <returns>The next school year.</returns>
    public SchoolYear Next() => new(StartYear + 1, StartDay);

    /// <summary>The preceding school year, with the same start day.</summary>
    /// <returns>The previous school year.</returns>
    public SchoolYear Previous() => new(StartYear - 1, StartDay);

    /// <summary>The label, <c>yyyy/yy</c> (<c>2023/24</c>).</summary>
    /// <returns>The label.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{StartYear:D4}/{(StartYear + 1) % 100:D2}");

    /// <inheritdoc />
    public bool Equals(SchoolYear other) => _index == other._index && StartDay == other.StartDay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SchoolYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_index, StartDay);

    /// <summary>Compares by first day, then by start day.</summary>
    /// <param name="other">The school year to compare with.</param>
    /// <returns>Negative, zero or positive as this year starts before, on or after <paramref name="other"/>.</returns>
    public int CompareTo(SchoolYear other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : StartDay.CompareTo(other.StartDay);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SchoolYear other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(SchoolYear)}.", nameof(obj)),
    };

    /// <summary>Whether two school years are the same.</summary>
    /// <param name="left">The first school year.</param>
    /// <param name="right">The second school year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(SchoolYear left, SchoolYear right) => left.Equals(right);

    /// <summary>Whether two school years differ.</summary>
    /// <param name="left">The first school year.</param>
    /// <param name="right">The second school year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(SchoolYear left, SchoolYear right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> starts before <paramref name="right"/>.</summary>
    /// <param name="left">The first school year.</param>
    /// <param name="right">The second school year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(SchoolYear left, SchoolYear right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> starts before or is the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first school year.</param>
    /// <param name="right">The second school year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(SchoolYear left, SchoolYear right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> starts after <paramref name="right"/>.</summary>
    /// <param name="left">The first school year.</param>
    /// <param name="right">The second school year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(SchoolYear left, SchoolYear right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> starts after or is the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first school year.</param>
    /// <param name="right">The second school year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(SchoolYear left, SchoolYear right) => left.CompareTo(right) >= 0;

    private static void CheckStartDay(AnnualDate? startDay)
        => Preconditions.CheckArgument(
            startDay is not { Month: 2, Day: 29 },
            nameof(startDay),
            "A school year cannot start on 29 February: it would not exist in three years out of four.");
}
