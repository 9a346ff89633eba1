namespace YouthJustice.Conformance.Tests.Decks;

/// <summary>One conformance deck: a folder under tests/conformance with input.json, expected.json and rule.txt.</summary>
internal sealed record ConformanceDeck(string Name, string Folder)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "conformance");

    public string InputPath => Path.Combine(Folder, "input.json");

    public string ExpectedPath => Path.Combine(Folder, "expected.json");

    public string RulePath => Path.Combine(Folder, "rule.txt");

    /// <summary>The same input in the YJB's case-level shape (written by the writer, or by hand for the <c>yjaf</c> decks).</summary>
    public string YjafInputPath => Path.Combine(Folder, "input.yjaf.json");

    /// <summary>Whether the deck pins a rule of the YJB shape itself, so its YJAF input is written by hand, not by the writer.</summary>
    public bool IsYjafDeck => Name.Contains("-yjaf-", System.StringComparison.Ordinal);

    public ExpectedReturn Expected => ExpectedReturn.Read(ExpectedPath);

    public static IReadOnlyList<ConformanceDeck> All()
        => Directory.GetDirectories(Root).Order(StringComparer.Ordinal).Select(d => new ConformanceDeck(Path.GetFileName(d), d)).ToList();

    public static ConformanceDeck Named(string name) => new(name, Path.Combine(Root, name));

    public static IEnumerable<object[]> Names() => All().Select(d => new object[] { d.Name });
}
