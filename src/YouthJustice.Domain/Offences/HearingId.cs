namespace YouthJustice.Domain.Offences;

/// <summary>
/// The identifier of a court hearing within a child's record (interchange <c>hearings[].id</c>, YJB <c>hearingID</c>).
/// </summary>
/// <remarks>
/// <para>An identifier is 1–64 characters, not blank and without leading or trailing white space. Equality and
/// ordering are ordinal (case-sensitive): <c>O1</c> and <c>o1</c> are different ids.</para>
/// <para>The default value has an empty <see cref="Value"/>; no constructor or <see cref="Parse"/> produces it.</para>
/// </remarks>
public readonly record struct HearingId : IComparable<HearingId>, IComparable
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">1–64 characters, not blank, no surrounding white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the identifier rule.</exception>
    public HearingId(string value)
    {
        _value = Identifier.Check(value, nameof(value));
    }

    /// <summary>The identifier text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads an identifier. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier, or an <see cref="InvalidIdentifierError"/> saying why the text was refused.</returns>
    public static OneOf<HearingId, InvalidIdentifierError> Parse(string? text)
    {
        var problem = Identifier.Problem(text);
        return problem is null ? new HearingId(text!) : new InvalidIdentifierError("hearingId", text, problem);
    }

    /// <summary>The identifier text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Ordinal comparison of the identifier texts.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(HearingId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        HearingId other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(HearingId)}.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(HearingId left, HearingId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(HearingId left, HearingId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(HearingId left, HearingId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(HearingId left, HearingId right) => left.CompareTo(right) >= 0;
}
