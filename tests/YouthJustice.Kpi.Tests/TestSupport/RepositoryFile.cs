using System.IO;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>Reads a file of the repository (found by walking up from the test binaries to <c>YouthJustice.sln</c>).</summary>
internal static class RepositoryFile
{
    public static string Read(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "YouthJustice.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("YouthJustice.sln was not found above " + AppContext.BaseDirectory);
        }

        return File.ReadAllText(Path.Combine(directory.FullName, relativePath));
    }
}
