namespace YouthJustice.Domain.Gravity;

/// <summary>
/// The error returned when gravity table text cannot be read: the line and column, the value found and what is
/// allowed there.
/// </summary>
public sealed record GravityTableFormatError
{
    /// <summary>Creates the error.</summary>
    /// <param name="line">The 1-based line of the text (line 1 is the header).</param>
    /// <param name="column">The column name (for example <c>npcc_cgm_base</c>); never blank.</param>
    /// <param name="value">The value found, or <see langword="null"/> when the column or line was missing.</param>
    /// <param name="expected">What is allowed there; never blank.</param>
    public GravityTableFormatError(int line, string column, string? value, string expected)
    {
        Line = Preconditions.CheckRange(line, nameof(line), 1, int.MaxValue);
        Column = Preconditions.CheckNotBlank(column, nameof(column));
        Value = value;
        Expected = Preconditions.CheckNotBlank(expected, nameof(expected));
    }

    /// <summary>The 1-based line (line 1 is the header).</summary>
    public int Line { get; }

    /// <summary>The column name.</summary>
    public string Column { get; }

    /// <summary>The value found, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>What is allowed there.</summary>
    public string Expected { get; }

    /// <summary>A sentence for a person.</summary>
    public string Message => Value is null
        ? $"Line {Line}: column '{Column}' is missing; expected {Expected}."
        : $"Line {Line}: column '{Column}' has '{Value}'; expected {Expected}.";

    /// <inheritdoc />
    public override string ToString() => Message;
}
