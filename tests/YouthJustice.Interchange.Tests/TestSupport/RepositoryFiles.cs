namespace YouthJustice.Interchange.Tests.TestSupport;

/// <summary>Files of the repository (docs), found by walking up from the test output to the folder holding the solution.</summary>
public static class RepositoryFiles
{
    public static string Read(string relativePath)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "YouthJustice.sln")))
        {
            folder = folder.Parent;
        }

        return File.ReadAllText(Path.Combine(folder?.FullName ?? throw new InvalidOperationException("The repository root was not found."), relativePath));
    }
}
