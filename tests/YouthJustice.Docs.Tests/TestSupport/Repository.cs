namespace YouthJustice.Docs.Tests.TestSupport;

/// <summary>The repository's folders, found by walking up from the test binaries to <c>YouthJustice.sln</c>.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "YouthJustice.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("YouthJustice.sln was not found above " + AppContext.BaseDirectory);
    }
}
