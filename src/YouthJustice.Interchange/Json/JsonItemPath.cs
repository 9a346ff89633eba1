namespace YouthJustice.Interchange.Json;

/// <summary>
/// Where an item of a JSON list is (<c>children[3].ete[0]</c>), as its parent record, the list's field and the index:
/// the text is made only when an issue needs it, not for every item read.
/// </summary>
/// <param name="Parent">The record holding the list.</param>
/// <param name="Field">The list's field.</param>
/// <param name="Index">The item's index in the list.</param>
internal readonly record struct JsonItemPath(JsonRecord Parent, string Field, int Index)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Parent.Location(Field).Path}[{Index}]");
}
