namespace YouthJustice.Interchange.Records;

/// <summary>A field as found in the input, before it is checked: absent, <c>null</c>, or a value with its text.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Text">The value as written (a JSON number's or string's text, a CSV cell), or <see langword="null"/>.</param>
internal readonly record struct RawValue(RawKind Kind, string? Text)
{
    internal static RawValue Missing => new(RawKind.Missing, null);

    internal bool IsAbsent => Kind is RawKind.Missing or RawKind.Null;
}
