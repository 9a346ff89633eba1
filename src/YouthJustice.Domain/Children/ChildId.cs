namespace YouthJustice.Domain.Children;

/// <summary>
/// The pseudonymous identifier of a child in case-level data (interchange field <c>id</c>, YJB <c>ypid</c>). It is never a name: a service maps its own case numbers to these ids before data leaves it.
/// </summary>
/// <remarks>
/// <para>An identifier is 1–64 characters, not blank and without leading or trailing white space. Never put a name, date of birth or PNC number in it. Equality and
/// ordering are ordinal (case-sensitive): <c>C001</c> and <c>c001</c> are different ids.</para>
/// <para>The default value has an empty <see cref="Value"/>; no constructor or <see cref="Parse"/> produces it.</para>
/// </remarks>
public readonly record struct ChildId : IComparable<ChildId>, IComparable
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">1–64 characters, not blank, no surrounding white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the identifier rule.</exception>
    public ChildId(string value)
    {
        _value = Identifier.Check(value, nameof(value));
    }

    /// <summary>The identifier text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads an identifier. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier, or an <see cref="InvalidIdentifierError"/> saying why the text was refused.</returns>
    public static OneOf<ChildId, InvalidIdentifierError> Parse(string? text)
    {
        var problem = Identifier.Problem(text);
        return problem is null ? new ChildId(text!) : new InvalidIdentifierError("id", text, problem);
    }

    /// <summary>The identifier text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Ordinal comparison of the identifier texts.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ChildId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ChildId other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ChildId)}.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ChildId left, ChildId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ChildId left, ChildId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ChildId left, ChildId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ChildId left, ChildId right) => left.CompareTo(right) >= 0;
}
