namespace YouthJustice.Domain.Gravity;

/// <summary>
/// A score on the legacy ACPO Youth Offender Case Disposal Gravity Factor Matrix (March 2013): 1 (low) to 4 (high).
/// Kept for decisions made before the NPCC Child Gravity Matrix replaced it in October 2023, and for services that
/// still describe decisions with it.
/// </summary>
/// <remarks>
/// <para>
/// Unlike the NPCC matrix, an ACPO score can point to two outcome bands (<see cref="IndicatedOutcomes"/>):
/// 1 community resolution or other informal disposal; 2 community resolution or youth caution; 3 youth caution or
/// youth conditional caution; 4 normally charge. That mapping is background knowledge not confirmed in a public
/// source ([L], domain-rules §2.2): treat it as a default, not as the matrix's text.
/// </para>
/// <para>
/// This scale is <strong>not</strong> the NPCC Child Gravity Matrix score (<see cref="ChildGravityScore"/>, 1-5) nor the
/// YJB offence seriousness score (1-8); the library offers no conversion between them (domain-rules §7 #5).
/// </para>
/// <para>
/// Equality and ordering are by the score. The default value is score 1, the lowest valid score.
/// </para>
/// </remarks>
[Source("ACPO Youth Offender Case Disposal Gravity Factor Matrix (March 2013): scale 1-4",
    Url = "https://yjlc.uk/acpo-gravity-matrix/",
    Confidence = Confidence.High)]
[Source("ACPO 2013 matrix: the outcome pair each score indicates (background knowledge, domain-rules §2.2)",
    Confidence = Confidence.Low)]
public readonly struct AcpoGravityScore : IEquatable<AcpoGravityScore>, IComparable<AcpoGravityScore>, IComparable
{
    /// <summary>The lowest score, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The highest score, 4.</summary>
    public const int MaxValue = 4;

    private static readonly IReadOnlyList<GravityOutcome>[] Outcomes =
    [
        Array.AsReadOnly(new[] { GravityOutcome.InformalOutOfCourtDisposal }),
        Array.AsReadOnly(new[] { GravityOutcome.InformalOutOfCourtDisposal, GravityOutcome.YouthCaution }),
        Array.AsReadOnly(new[] { GravityOutcome.YouthCaution, GravityOutcome.YouthConditionalCaution }),
        Array.AsReadOnly(new[] { GravityOutcome.Charge }),
    ];

    // Stored as value - 1 so that default(AcpoGravityScore) is the valid score 1.
    private readonly byte _offset;

    /// <summary>Creates a score.</summary>
    /// <param name="value">The score, 1 to 4 inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1-4.</exception>
    public AcpoGravityScore(int value)
    {
        _offset = (byte)(Preconditions.CheckRange(value, nameof(value), MinValue, MaxValue) - MinValue);
    }

    /// <summary>The score, 1 to 4.</summary>
    public int Value => _offset + MinValue;

    /// <summary>
    /// The outcome bands this score points to, least formal first: 1 a community resolution or other informal
    /// disposal; 2 a community resolution or a youth caution; 3 a youth caution or a youth conditional caution;
    /// 4 normally charge. [L] data: see the type's remarks.
    /// </summary>
    public IReadOnlyList<GravityOutcome> IndicatedOutcomes => Outcomes[_offset];

    /// <summary>Whether the score points to charging the child (score 4).</summary>
    public bool IndicatesCharge => Value == MaxValue;

    /// <inheritdoc />
    public bool Equals(AcpoGravityScore other) => _offset == other._offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AcpoGravityScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _offset;

    /// <inheritdoc />
    public int CompareTo(AcpoGravityScore other) => _offset.CompareTo(other._offset);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        AcpoGravityScore other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a AcpoGravityScore.", nameof(obj)),
    };

    /// <summary>The score as text, for example <c>ACPO 3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ACPO {Value}");

    /// <summary>Whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AcpoGravityScore left, AcpoGravityScore right) => left.Equals(right);

    /// <summary>Whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AcpoGravityScore left, AcpoGravityScore right) => !left.Equals(right);

    /// <summary>Whether the left score is lower.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(AcpoGravityScore left, AcpoGravityScore right) => left.CompareTo(right) < 0;

    /// <summary>Whether the left score is lower or equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(AcpoGravityScore left, AcpoGravityScore right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the left score is higher.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(AcpoGravityScore left, AcpoGravityScore right) => left.CompareTo(right) > 0;

    /// <summary>Whether the left score is higher or equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(AcpoGravityScore left, AcpoGravityScore right) => left.CompareTo(right) >= 0;
}
