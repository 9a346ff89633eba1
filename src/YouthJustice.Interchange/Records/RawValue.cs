namespace YouthJustice.Interchange.Records;

/// <summary>A field as found in the input, before it is checked: absent, <c>null</c>, or a value with its text.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Text">The value as written (a JSON number's or string's text, a CSV cell), or <see langword="null"/>.</param>
internal readonly record struct RawValue(RawKind Kind, string? Text)
{
    internal static RawValue Missing => new(RawKind.Missing, null);

    internal bool IsAbsent => Kind is RawKind.Missing or RawKind.Null;

    /// <summary>A JSON value as found: its kind, and its text for a string, number or true/false.</summary>
    internal static RawValue Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => new(RawKind.Null, null),
        JsonValueKind.String => new(RawKind.Text, value.GetString()),
        JsonValueKind.Number => new(RawKind.Number, value.GetRawText()),
        JsonValueKind.True => new(RawKind.Boolean, "true"),
        JsonValueKind.False => new(RawKind.Boolean, "false"),
        JsonValueKind.Object => new(RawKind.Object, null),
        JsonValueKind.Array => new(RawKind.Array, null),
        _ => Missing,
    };
}
