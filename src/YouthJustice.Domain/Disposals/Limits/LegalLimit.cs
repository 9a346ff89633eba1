namespace YouthJustice.Domain.Disposals.Limits;

/// <summary>
/// One version of a legal limit: the bounds (and, where the law gives a list, the allowed values) that applied between
/// two dates, with the statute or guidance it comes from and how sure the project is of it.
/// </summary>
/// <remarks>
/// <para>
/// A limit answers "what was the law on date X": <see cref="AppliesOn"/> is true from <see cref="InForceFrom"/> to
/// <see cref="InForceUntil"/> inclusive, where the date is the one named by <see cref="LimitKind.DateBasis"/> (usually
/// the conviction date). <see cref="LegalLimits"/> holds every version of every limit.
/// </para>
/// <para>Bounds are inclusive. A <see langword="null"/> bound is open.</para>
/// </remarks>
public sealed record LegalLimit
{
    /// <summary>Creates a version of a limit.</summary>
    /// <param name="kind">What is limited.</param>
    /// <param name="minimum">The smallest allowed value, or <see langword="null"/>.</param>
    /// <param name="maximum">The largest allowed value, or <see langword="null"/>; not below <paramref name="minimum"/>.</param>
    /// <param name="allowedValues">When the law lists the values allowed (the old DTO terms), the list; otherwise empty. Each must lie within the bounds.</param>
    /// <param name="inForceFrom">The first day this version applies, or <see langword="null"/> when it predates anything the library reads.</param>
    /// <param name="inForceUntil">The last day this version applies, or <see langword="null"/> while it is current.</param>
    /// <param name="citation">The statute section or guidance, as practitioners cite it; never blank.</param>
    /// <param name="url">Where it can be read, or <see langword="null"/>.</param>
    /// <param name="confidence">How sure the project is of it.</param>
    /// <exception cref="ArgumentException">Bounds reversed, dates reversed, no bound at all, an allowed value outside the bounds, or a blank citation.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public LegalLimit(
        LimitKind kind,
        int? minimum,
        int? maximum,
        IEnumerable<int>? allowedValues,
        LocalDate? inForceFrom,
        LocalDate? inForceUntil,
        string citation,
        string? url,
        Confidence confidence)
    {
        Kind = Preconditions.CheckNotNull(kind, nameof(kind));
        Preconditions.CheckArgument(minimum is not null || maximum is not null, nameof(maximum), "A limit needs a minimum, a maximum or both.");
        Preconditions.CheckArgument(minimum is null || maximum is null || minimum <= maximum, nameof(maximum), "The maximum must not be below the minimum.");
        Preconditions.CheckArgument(
            inForceFrom is null || inForceUntil is null || inForceFrom <= inForceUntil,
            nameof(inForceUntil),
            "The last day in force must not be before the first.");
        Minimum = minimum;
        Maximum = maximum;
        AllowedValues = (allowedValues ?? []).Distinct().Order().ToImmutableArray();
        Preconditions.CheckArgument(
            AllowedValues.All(v => (minimum is null || v >= minimum) && (maximum is null || v <= maximum)),
            nameof(allowedValues),
            "Every allowed value must lie within the bounds.");
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
        Citation = Preconditions.CheckNotBlank(citation, nameof(citation));
        Url = url;
        Confidence = confidence;
    }

    /// <summary>What is limited (with the rule id, unit and deciding date).</summary>
    public LimitKind Kind { get; }

    /// <summary>The validation rule id (<c>RO-1</c> ...), from <see cref="Kind"/>.</summary>
    public string RuleId => Kind.RuleId;

    /// <summary>What the bounds count, from <see cref="Kind"/>.</summary>
    public LimitUnit Unit => Kind.Unit;

    /// <summary>The smallest allowed value (inclusive), or <see langword="null"/>.</summary>
    public int? Minimum { get; }

    /// <summary>The largest allowed value (inclusive), or <see langword="null"/>.</summary>
    public int? Maximum { get; }

    /// <summary>The only values allowed, when the law lists them; empty when any value within the bounds is allowed.</summary>
    public IReadOnlyList<int> AllowedValues { get; }

    /// <summary>The first day this version applies, or <see langword="null"/>.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The last day this version applies, or <see langword="null"/> while current.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>The statute section or guidance.</summary>
    public string Citation { get; }

    /// <summary>Where the source can be read, or <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <summary>How sure the project is of this version ([H]/[M]/[L]).</summary>
    public Confidence Confidence { get; }

    /// <summary>Whether this version is the law on a date (the date named by the kind's <see cref="LimitKind.DateBasis"/>).</summary>
    /// <param name="date">The deciding date.</param>
    /// <returns><see langword="true"/> from <see cref="InForceFrom"/> to <see cref="InForceUntil"/> inclusive.</returns>
    public bool AppliesOn(LocalDate date)
        => (InForceFrom is not { } from || date >= from) && (InForceUntil is not { } until || date <= until);

    /// <summary>Whether a value is allowed: within the bounds and, where the law lists values, one of them.</summary>
    /// <param name="value">The value, in <see cref="Unit"/>.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool Allows(decimal value)
        => (Minimum is not { } min || value >= min)
           && (Maximum is not { } max || value <= max)
           && (AllowedValues.Count == 0 || AllowedValues.Any(v => v == value));

    /// <summary>What is allowed, in words: "3 to 12 months", "at most 24 hours", "one of 4, 6, 8 months".</summary>
    public string AllowedText
    {
        get
        {
            var unit = UnitText(Unit);
            if (AllowedValues.Count > 0)
            {
                return "one of " + string.Join(", ", AllowedValues.Select(v => v.ToString(CultureInfo.InvariantCulture))) + " " + unit;
            }

            return (Minimum, Maximum) switch
            {
                ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min} to {max} {unit}"),
                ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"at least {min} {unit}"),
                (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"at most {max} {unit}"),
                _ => throw new InvalidOperationException("A limit always has a bound."),
            };
        }
    }

    /// <inheritdoc />
    public bool Equals(LegalLimit? other)
        => other is not null
           && Kind == other.Kind
           && Minimum == other.Minimum
           && Maximum == other.Maximum
           && AllowedValues.SequenceEqual(other.AllowedValues)
           && InForceFrom == other.InForceFrom
           && InForceUntil == other.InForceUntil
           && Citation == other.Citation
           && Url == other.Url
           && Confidence == other.Confidence;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Minimum, Maximum, InForceFrom, InForceUntil, Citation);

    /// <summary>The limit as a line of text: rule id, what is allowed, dates in force and source.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{RuleId} {Kind.Name}: {AllowedText} (in force {InForceFrom?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-"} to {InForceUntil?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-"}; {Citation}; {Confidence})");

    internal static string UnitText(LimitUnit unit) => unit switch
    {
        LimitUnit.Months => "months",
        LimitUnit.Days => "days",
        LimitUnit.Hours => "hours",
        LimitUnit.HoursPerDay => "hours a day",
        LimitUnit.HoursPerSevenDays => "hours in any 7 days",
        LimitUnit.Pounds => "pounds",
        LimitUnit.YearsOfAge => "years of age",
        _ => unit.ToString(),
    };
}
