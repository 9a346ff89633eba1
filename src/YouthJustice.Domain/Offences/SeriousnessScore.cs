namespace YouthJustice.Domain.Offences;

/// <summary>
/// The YJB offence seriousness score (the KPI templates call it the "gravity score"): 1 (least serious) to 8 (most
/// serious), one per offence (<c>yjbseriousnessScore</c>), supplied by case management systems.
/// </summary>
/// <remarks>
/// <para>This is <em>not</em> a police gravity score: the NPCC Child Gravity Matrix (1–5) and the ACPO youth matrix
/// (1–4) are different scales with their own types, and no conversion between them exists (domain-rules §2).</para>
/// <para>Equality and ordering are by value. The default value is 1.</para>
/// </remarks>
[Source("YJB seriousness score 1-8 (kpi-rules §4; domain-rules §2.3); serious violence at 5 or more (kpi-rules §2.9)", Confidence = Confidence.High)]
public readonly struct SeriousnessScore : IEquatable<SeriousnessScore>, IComparable<SeriousnessScore>, IComparable
{
    /// <summary>The least serious score, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The most serious score, 8.</summary>
    public const int MaxValue = 8;

    /// <summary>The lowest score at which a Drugs, Robbery or Violence-against-the-person offence is serious violence: 5.</summary>
    public const int SeriousViolenceThreshold = 5;

    private static readonly string[] AllowedValues = Enumerable.Range(MinValue, MaxValue).Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();

    // Value - 1, so that the default value is 1.
    private readonly int _offset;

    /// <summary>Creates the score.</summary>
    /// <param name="value">1–8.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1–8.</exception>
    public SeriousnessScore(int value)
    {
        _offset = Preconditions.CheckRange(value, nameof(value), MinValue, MaxValue) - 1;
    }

    /// <summary>The score, 1–8.</summary>
    public int Value => _offset + 1;

    /// <summary>Whether the score is 5 or more (serious violence when the category is one of the three).</summary>
    public bool IsAtLeastSeriousViolenceThreshold => Value >= SeriousViolenceThreshold;

    /// <summary>Checks a number read from data. Never throws.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The score, or an <see cref="UnknownValueError"/> for field <c>seriousness</c> listing 1–8.</returns>
    public static OneOf<SeriousnessScore, UnknownValueError> From(int value)
        => value is >= MinValue and <= MaxValue
            ? new SeriousnessScore(value)
            : new UnknownValueError("seriousness", value.ToString(CultureInfo.InvariantCulture), AllowedValues);

    /// <summary>Reads a score written as text (<c>"5"</c>). Never throws.</summary>
    /// <param name="text">One digit, 1–8.</param>
    /// <returns>The score, or an <see cref="UnknownValueError"/> for field <c>seriousness</c>.</returns>
    public static OneOf<SeriousnessScore, UnknownValueError> Parse(string? text)
        => text is { Length: 1 } && text[0] is >= '1' and <= '8'
            ? new SeriousnessScore(text[0] - '0')
            : new UnknownValueError("seriousness", text, AllowedValues);

    /// <summary>The score as text.</summary>
    /// <returns>"1" to "8".</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(SeriousnessScore other) => _offset == other._offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SeriousnessScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _offset;

    /// <summary>Compares by value: less serious is less.</summary>
    /// <param name="other">The score to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(SeriousnessScore other) => _offset.CompareTo(other._offset);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SeriousnessScore other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(SeriousnessScore)}.", nameof(obj)),
    };

    /// <summary>Whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(SeriousnessScore left, SeriousnessScore right) => left.Equals(right);

    /// <summary>Whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(SeriousnessScore left, SeriousnessScore right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less serious than <paramref name="right"/>.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(SeriousnessScore left, SeriousnessScore right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is less serious than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(SeriousnessScore left, SeriousnessScore right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is more serious than <paramref name="right"/>.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(SeriousnessScore left, SeriousnessScore right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is more serious than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(SeriousnessScore left, SeriousnessScore right) => left.CompareTo(right) >= 0;
}
