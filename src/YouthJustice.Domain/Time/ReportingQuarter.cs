namespace YouthJustice.Domain.Time;

/// <summary>
/// A YJB reporting quarter: a quarter of the financial year (Q1 = 1 April–30 June, Q2 = 1 July–30 September,
/// Q3 = 1 October–31 December, Q4 = 1 January–31 March), labelled <c>yyyyQn</c> by the calendar year in which the
/// financial year <em>starts</em>: <c>2024Q1</c> is 1 April–30 June 2024 and <c>2023Q4</c> is January–March 2024.
/// </summary>
/// <remarks>
/// <para>Source: the YJB KPI pipeline converts labels to first days exactly this way (Q1 → yyyy-04-01,
/// Q2 → yyyy-07-01, Q3 → yyyy-10-01, Q4 → (yyyy+1)-01-01); kpi-rules §1.1.</para>
/// <para>Equality and ordering are by time: a quarter is less than the quarters after it. <see cref="Ordinal"/>
/// (<c>year × 4 + quarter − 1</c>) orders the same way and is meant for array indexes in the KPI engine.</para>
/// <para>Financial years 0001/02 to 9998/99 are supported. The default value is <c>0001Q1</c>.</para>
/// </remarks>
[Source("YJB KPI pipeline: quarter-label mapping (kpi-rules §1.1, S21)", Confidence = Confidence.High)]
public readonly struct ReportingQuarter : IEquatable<ReportingQuarter>, IComparable<ReportingQuarter>, IComparable
{
    /// <summary>The first financial-year start year supported.</summary>
    public const int MinFinancialYearStartYear = FinancialYear.MinStartYear;

    /// <summary>The last financial-year start year supported.</summary>
    public const int MaxFinancialYearStartYear = FinancialYear.MaxStartYear;

    // Ordinal - 4, so that default(ReportingQuarter) is 0001Q1.
    private readonly int _index;

    /// <summary>Creates the quarter <paramref name="quarterNumber"/> of the financial year starting in <paramref name="financialYearStartYear"/>.</summary>
    /// <param name="financialYearStartYear">The calendar year in which the financial year starts (1 April); 1–9998.</param>
    /// <param name="quarterNumber">1 (April–June) to 4 (January–March).</param>
    /// <exception cref="ArgumentOutOfRangeException">Either argument is outside its range.</exception>
    public ReportingQuarter(int financialYearStartYear, int quarterNumber)
    {
        Preconditions.CheckRange(financialYearStartYear, nameof(financialYearStartYear), MinFinancialYearStartYear, MaxFinancialYearStartYear);
        Preconditions.CheckRange(quarterNumber, nameof(quarterNumber), 1, 4);
        _index = (financialYearStartYear * 4) + quarterNumber - 1 - 4;
    }

    /// <summary>The earliest quarter supported, <c>0001Q1</c>.</summary>
    public static ReportingQuarter MinValue => new(MinFinancialYearStartYear, 1);

    /// <summary>The latest quarter supported, <c>9998Q4</c>.</summary>
    public static ReportingQuarter MaxValue => new(MaxFinancialYearStartYear, 4);

    /// <summary>The calendar year in which this quarter's financial year starts (the <c>yyyy</c> of the label).</summary>
    public int FinancialYearStartYear => Ordinal / 4;

    /// <summary>1 (April–June), 2 (July–September), 3 (October–December) or 4 (January–March).</summary>
    public int QuarterNumber => (Ordinal % 4) + 1;

    /// <summary><c>FinancialYearStartYear × 4 + QuarterNumber − 1</c>: consecutive quarters have consecutive ordinals.</summary>
    public int Ordinal => _index + 4;

    /// <summary>The first day of the quarter.</summary>
    public LocalDate Start
    {
        get
        {
            var year = FinancialYearStartYear;
            return QuarterNumber switch
            {
                1 => new LocalDate(year, 4, 1),
                2 => new LocalDate(year, 7, 1),
                3 => new LocalDate(year, 10, 1),
                _ => new LocalDate(checked(year + 1), 1, 1),
            };
        }
    }

    /// <summary>The last day of the quarter (30 June, 30 September, 31 December or 31 March).</summary>
    public LocalDate End => Start.PlusMonths(3).PlusDays(-1);

    /// <summary>The quarter as a closed interval of dates, <see cref="Start"/> to <see cref="End"/>.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>The financial year this quarter belongs to.</summary>
    public FinancialYear FinancialYear => new(FinancialYearStartYear);

    /// <summary>Returns the quarter with the given <see cref="Ordinal"/>.</summary>
    /// <param name="ordinal">An ordinal between <see cref="MinValue"/>'s and <see cref="MaxValue"/>'s.</param>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is outside the supported range.</exception>
    public static ReportingQuarter FromOrdinal(int ordinal)
    {
        Preconditions.CheckRange(ordinal, nameof(ordinal), MinValue.Ordinal, MaxValue.Ordinal);
        return new ReportingQuarter(ordinal / 4, (ordinal % 4) + 1);
    }

    /// <summary>Returns the quarter containing <paramref name="date"/>: 2024-03-31 is in <c>2023Q4</c>, 2024-04-01 in <c>2024Q1</c>.</summary>
    /// <param name="date">Any date in financial years 0001/02 to 9998/99.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported financial years.</exception>
    public static ReportingQuarter ForDate(LocalDate date)
    {
        var startYear = date.Month >= 4 ? date.Year : date.Year - 1;
        if (startYear < MinFinancialYearStartYear || startYear > MaxFinancialYearStartYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"The date must fall in financial years {MinFinancialYearStartYear:D4}/02 to {MaxFinancialYearStartYear:D4}/99; was {date:yyyy-MM-dd}."));
        }

        return new ReportingQuarter(startYear, (((date.Month + 8) % 12) / 3) + 1);
    }

    /// <summary>
    /// Reads a YJB quarter label (<c>2024Q1</c>): four digits, the letter <c>Q</c> (upper case), one digit 1–4,
    /// nothing else. Never throws.
    /// </summary>
    /// <param name="text">The label.</param>
    /// <returns>The quarter, or a <see cref="QuarterParseError"/> naming the text and the expected form.</returns>
    public static OneOf<ReportingQuarter, QuarterParseError> Parse(string? text)
    {
        if (text is null)
        {
            return new QuarterParseError(text, "no text was given.");
        }

        if (text.Length != 6 || text[4] != 'Q')
        {
            return new QuarterParseError(text, "it is not four digits, 'Q' and a digit.");
        }

        var year = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return new QuarterParseError(text, "the year is not four digits.");
            }

            year = (year * 10) + (c - '0');
        }

        var quarter = text[5] - '0';
        if (quarter < 1 || quarter > 4)
        {
            return new QuarterParseError(text, "the quarter number must be 1, 2, 3 or 4.");
        }

        if (year < MinFinancialYearStartYear || year > MaxFinancialYearStartYear)
        {
            return new QuarterParseError(text, "the year is outside 0001-9998.");
        }

        return new ReportingQuarter(year, quarter);
    }

    /// <summary>Whether <paramref name="date"/> falls in this quarter (first and last days included).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The quarter after this one (<c>2023Q4</c> → <c>2024Q1</c>).</summary>
    /// <returns>The next quarter.</returns>
    /// <exception cref="InvalidOperationException">This is <see cref="MaxValue"/>.</exception>
    public ReportingQuarter Next()
        => this == MaxValue
            ? throw new InvalidOperationException($"{this} is the last supported quarter.")
            : FromOrdinal(Ordinal + 1);

    /// <summary>The quarter before this one (<c>2024Q1</c> → <c>2023Q4</c>).</summary>
    /// <returns>The previous quarter.</returns>
    /// <exception cref="InvalidOperationException">This is <see cref="MinValue"/>.</exception>
    public ReportingQuarter Previous()
        => this == MinValue
            ? throw new InvalidOperationException($"{this} is the first supported quarter.")
            : FromOrdinal(Ordinal - 1);

    /// <summary>The YJB label, <c>yyyyQn</c> (<c>2024Q1</c>).</summary>
    /// <returns>The label.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{FinancialYearStartYear:D4}Q{QuarterNumber}");

    /// <inheritdoc />
    public bool Equals(ReportingQuarter other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingQuarter other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <summary>Compares by time: earlier quarters are less.</summary>
    /// <param name="other">The quarter to compare with.</param>
    /// <returns>Negative, zero or positive as this quarter is before, the same as or after <paramref name="other"/>.</returns>
    public int CompareTo(ReportingQuarter other) => _index.CompareTo(other._index);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingQuarter other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ReportingQuarter)}.", nameof(obj)),
    };

    /// <summary>Whether two quarters are the same.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when they are the same quarter.</returns>
    public static bool operator ==(ReportingQuarter left, ReportingQuarter right) => left.Equals(right);

    /// <summary>Whether two quarters differ.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when they are different quarters.</returns>
    public static bool operator !=(ReportingQuarter left, ReportingQuarter right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is before <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ReportingQuarter left, ReportingQuarter right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is before or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ReportingQuarter left, ReportingQuarter right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is after <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ReportingQuarter left, ReportingQuarter right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is after or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ReportingQuarter left, ReportingQuarter right) => left.CompareTo(right) >= 0;
}
