namespace YouthJustice.Domain;

/// <summary>
/// The error returned when text does not name a value of a closed set (a sex, an ethnicity, a disposal ...):
/// which field was read, the text that was given and every value the field accepts.
/// </summary>
/// <remarks>
/// Enumerations accept exactly the PascalCase names of <c>spec/interchange.md</c> ("Enumerations"), case-sensitively,
/// and, where the YJB has one, its code (<c>LIVING_WITH_PARENT_S</c>). Unknown text is an error, never a guess.
/// </remarks>
public sealed record UnknownValueError
{
    /// <summary>Creates the error.</summary>
    /// <param name="field">The field that was read, in the interchange spelling (<c>sex</c>, <c>category</c>); never blank.</param>
    /// <param name="value">The text that was given, or <see langword="null"/> when none was.</param>
    /// <param name="allowedValues">Every accepted spelling, names first, then codes.</param>
    public UnknownValueError(string field, string? value, IEnumerable<string> allowedValues)
    {
        Field = Preconditions.CheckNotBlank(field, nameof(field));
        Value = value;
        AllowedValues = Preconditions.CheckNotNull(allowedValues, nameof(allowedValues)).ToImmutableArray();
    }

    /// <summary>The field that was read (<c>sex</c>, <c>category</c>, <c>outcome</c> ...).</summary>
    public string Field { get; }

    /// <summary>The text that was given, or <see langword="null"/> when none was.</summary>
    public string? Value { get; }

    /// <summary>Every spelling the field accepts.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>A sentence for a person: the field, the value and what is allowed.</summary>
    public string Message => Value is null
        ? $"No value was given for '{Field}'; expected one of: {string.Join(", ", AllowedValues)}."
        : $"'{Value}' is not a valid '{Field}'; expected one of: {string.Join(", ", AllowedValues)}.";

    /// <inheritdoc />
    public bool Equals(UnknownValueError? other)
        => other is not null
           && Field == other.Field
           && Value == other.Value
           && AllowedValues.SequenceEqual(other.AllowedValues);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Field, Value, AllowedValues.Count);

    /// <inheritdoc />
    public override string ToString() => Message;
}
