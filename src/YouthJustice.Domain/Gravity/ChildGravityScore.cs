namespace YouthJustice.Domain.Gravity;

/// <summary>
/// A score on the NPCC Child Gravity Matrix (2023): 1 (suitable for no further action) to 5 (should normally result
/// in a charge), the police triage tool for choosing the outcome for a child.
/// </summary>
/// <remarks>
/// <para>
/// Each score points to one outcome band (<see cref="IndicatedOutcome"/>): 1 no further action, 2 an informal
/// out-of-court disposal such as a community resolution, 3 a youth caution, 4 a youth conditional caution,
/// 5 normally charge. The matrix replaced the ACPO 2013 youth matrix (<see cref="AcpoGravityScore"/>) in October 2023.
/// </para>
/// <para>
/// This scale is <strong>not</strong> the YJB offence seriousness score (1-8) nor the ACPO 2013 score (1-4), and
/// the library deliberately offers no conversion between them: they measure different things for different
/// decisions (domain-rules §2, disagreement §7 #5).
/// </para>
/// <para>
/// Equality and ordering are by the score. The default value is score 1, the lowest valid score.
/// </para>
/// </remarks>
[Source("NPCC Child Gravity Matrix (2023, updated February 2025): scale 1-5 and the outcome each score indicates",
    Url = "https://yjlc.uk/resources/legal-updates/npcc-child-gravity-matrix-key-changes",
    Confidence = Confidence.High)]
public readonly struct ChildGravityScore : IEquatable<ChildGravityScore>, IComparable<ChildGravityScore>, IComparable
{
    /// <summary>The lowest score, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The highest score, 5.</summary>
    public const int MaxValue = 5;

    // Stored as value - 1 so that default(ChildGravityScore) is the valid score 1.
    private readonly byte _offset;

    /// <summary>Creates a score.</summary>
    /// <param name="value">The score, 1 to 5 inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1-5.</exception>
    public ChildGravityScore(int value)
    {
        _offset = (byte)(Preconditions.CheckRange(value, nameof(value), MinValue, MaxValue) - MinValue);
    }

    /// <summary>The score, 1 to 5.</summary>
    public int Value => _offset + MinValue;

    /// <summary>The outcome this score points to: 1 no further action ... 5 normally charge.</summary>
    public GravityOutcome IndicatedOutcome => GravityOutcome.FromValue(Value);

    /// <summary>Whether the score points to charging the child (score 5).</summary>
    public bool IndicatesCharge => Value == MaxValue;

    /// <inheritdoc />
    public bool Equals(ChildGravityScore other) => _offset == other._offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ChildGravityScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _offset;

    /// <inheritdoc />
    public int CompareTo(ChildGravityScore other) => _offset.CompareTo(other._offset);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ChildGravityScore other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a ChildGravityScore.", nameof(obj)),
    };

    /// <summary>The score as text, for example <c>CGM 3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"CGM {Value}");

    /// <summary>Whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ChildGravityScore left, ChildGravityScore right) => left.Equals(right);

    /// <summary>Whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ChildGravityScore left, ChildGravityScore right) => !left.Equals(right);

    /// <summary>Whether the left score is lower.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ChildGravityScore left, ChildGravityScore right) => left.CompareTo(right) < 0;

    /// <summary>Whether the left score is lower or equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ChildGravityScore left, ChildGravityScore right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the left score is higher.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ChildGravityScore left, ChildGravityScore right) => left.CompareTo(right) > 0;

    /// <summary>Whether the left score is higher or equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ChildGravityScore left, ChildGravityScore right) => left.CompareTo(right) >= 0;
}
