namespace YouthJustice.Domain.Time;

/// <summary>
/// A UK financial year, 1 April to 31 March, labelled <c>2023/24</c> (1 April 2023–31 March 2024). YJB KPI
/// returns are made quarterly within it; see <see cref="ReportingQuarter"/>.
/// </summary>
/// <remarks>
/// Equality and ordering are by time. Years starting 0001 to 9998 are supported; the default value is 0001/02.
/// </remarks>
[Source("YJB KPI guidance: reporting periods are financial-year quarters (kpi-rules §1.1)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", Confidence = Confidence.High)]
public readonly struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>, IComparable
{
    /// <summary>The first starting year supported.</summary>
    public const int MinStartYear = 1;

    /// <summary>The last starting year supported (its year ends on 31 March 9999).</summary>
    public const int MaxStartYear = 9998;

    // StartYear - 1, so that default(FinancialYear) is 0001/02.
    private readonly int _index;

    /// <summary>Creates the financial year starting on 1 April <paramref name="startYear"/>.</summary>
    /// <param name="startYear">1–9998.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1–9998.</exception>
    public FinancialYear(int startYear)
    {
        Preconditions.CheckRange(startYear, nameof(startYear), MinStartYear, MaxStartYear);
        _index = startYear - 1;
    }

    /// <summary>The calendar year of the first day (1 April).</summary>
    public int StartYear => _index + 1;

    /// <summary>1 April of <see cref="StartYear"/>.</summary>
    public LocalDate Start => new(StartYear, 4, 1);

    /// <summary>31 March of the following year.</summary>
    public LocalDate End => new(checked(StartYear + 1), 3, 31);

    /// <summary>The year as a closed interval of dates.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>The four quarters, Q1 (April–June) first.</summary>
    public IReadOnlyList<ReportingQuarter> Quarters =>
    [
        new ReportingQuarter(StartYear, 1),
        new ReportingQuarter(StartYear, 2),
        new ReportingQuarter(StartYear, 3),
        new ReportingQuarter(StartYear, 4),
    ];

    /// <summary>Returns quarter <paramref name="quarterNumber"/> of this year.</summary>
    /// <param name="quarterNumber">1–4.</param>
    /// <returns>The quarter.</returns>
    public ReportingQuarter Quarter(int quarterNumber) => new(StartYear, quarterNumber);

    /// <summary>Returns the financial year containing <paramref name="date"/>: 2024-03-31 is in 2023/24, 2024-04-01 in 2024/25.</summary>
    /// <param name="date">Any date from 1 April 0001 to 31 March 9999.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    public static FinancialYear ForDate(LocalDate date) => ReportingQuarter.ForDate(date).FinancialYear;

    /// <summary>Reads a label such as <c>2023/24</c>. Never throws.</summary>
    /// <param name="text">The label: four digits, <c>/</c>, the last two digits of the following year.</param>
    /// <returns>The year, or a <see cref="FinancialYearParseError"/>.</returns>
    public static OneOf<FinancialYear, FinancialYearParseError> Parse(string? text)
    {
        if (text is null)
        {
            return new FinancialYearParseError(text, "no text was given.");
        }

        if (text.Length != 7 || text[4] != '/')
        {
            return new FinancialYearParseError(text, "it is not four digits, '/' and two digits.");
        }

        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6])
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return new FinancialYearParseError(text, "it is not four digits, '/' and two digits.");
            }
        }

        var year = int.Parse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var next = int.Parse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < MinStartYear || year > MaxStartYear)
        {
            return new FinancialYearParseError(text, "the year is outside 0001-9998.");
        }

        if (next != (year + 1) % 100)
        {
            return new FinancialYearParseError(text, "the second part must be the last two digits of the following year.");
        }

        return new FinancialYear(year);
    }

    /// <summary>Whether <paramref name="date"/> falls in this year (1 April and 31 March included).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The following financial year.</summary>
    /// <returns>The next year.</returns>
    public FinancialYear Next() => new(StartYear + 1);

    /// <summary>The preceding financial year.</summary>
    /// <returns>The previous year.</returns>
    public FinancialYear Previous() => new(StartYear - 1);

    /// <summary>The label, <c>yyyy/yy</c> (<c>2023/24</c>).</summary>
    /// <returns>The label.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{StartYear:D4}/{(StartYear + 1) % 100:D2}");

    /// <inheritdoc />
    public bool Equals(FinancialYear other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <summary>Compares by time: earlier years are less.</summary>
    /// <param name="other">The year to compare with.</param>
    /// <returns>Negative, zero or positive as this year is before, the same as or after <paramref name="other"/>.</returns>
    public int CompareTo(FinancialYear other) => _index.CompareTo(other._index);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        FinancialYear other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(FinancialYear)}.", nameof(obj)),
    };

    /// <summary>Whether two years are the same.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    /// <summary>Whether two years differ.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is before <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is before or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is after <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is after or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.CompareTo(right) >= 0;
}
