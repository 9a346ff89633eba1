namespace YouthJustice.Kpi.Tests.Architecture;

/// <summary>One use of a type across rooms: <paramref name="From"/> uses <paramref name="Type"/>, declared in <paramref name="To"/>.</summary>
/// <param name="From">The room of the file that uses the type.</param>
/// <param name="To">The room that declares the type.</param>
/// <param name="Type">The type's name.</param>
/// <param name="File">The using file, relative to the project folder.</param>
internal sealed record RoomEdge(string From, string To, string Type, string File)
{
    /// <inheritdoc />
    public override string ToString() => $"{From} -> {To}: {Type} in {File}";
}
