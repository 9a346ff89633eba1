namespace YouthJustice.Interchange.Records;

/// <summary>A field of a record in the case-level format: its JSON name and whether a value is required.</summary>
/// <param name="Name">The JSON name (<c>hoursOffered</c>).</param>
/// <param name="Required">Whether the record is refused without a value.</param>
/// <param name="IsList">Whether the field holds a list of sub-records (JSON only; CSV carries them in their own file).</param>
internal sealed record RecordField(string Name, bool Required, bool IsList = false);
