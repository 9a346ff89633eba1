using OneOf;
using YouthJustice.Domain.Services;
using YouthJustice.Kpi;

namespace YouthJustice.Interchange.Diagnostics;

/// <summary>Opening input files without throwing: a missing or unreadable file becomes an issue.</summary>
internal static class Files
{
    internal static OneOf<Stream, InputIssue> OpenRead(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var location = InputLocation.Csv(name);
        try
        {
            return File.Exists(path)
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan)
                : new InputIssue(IssueSeverity.Error, IssueCodes.NotFound, location, path, $"The file '{path}' does not exist.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new InputIssue(IssueSeverity.Error, IssueCodes.ReadFailed, location, path, $"The file '{path}' could not be opened: {exception.Message}");
        }
    }

    /// <summary>Opens the file and reads it with <paramref name="read"/>; a file that cannot be opened is one issue.</summary>
    internal static ReadResult<ServiceData> ReadService(string path, Func<Stream, ReadResult<ServiceData>> read)
        => Read(path, read, Failed);

    /// <summary>Opens the file and reads it with <paramref name="read"/>, or reports why it could not be opened.</summary>
    internal static ReadResult<T> Read<T>(string path, Func<Stream, ReadResult<T>> read, Func<InputIssue, ReadResult<T>> failed)
    {
        ArgumentNullException.ThrowIfNull(path);
        var opened = OpenRead(path);
        if (opened.TryPickT1(out var issue, out var stream))
        {
            return failed(issue);
        }

        using (stream)
        {
            return read(stream);
        }
    }

    internal static ReadResult<PreparedService> FailedPrepared(InputIssue issue)
        => new(new ServiceAssembler(new PreparedServiceBuilder()).PreparedResult().Value, [issue], new ReadSummary([], 1, 0));

    internal static ReadResult<ServiceData> Failed(InputIssue issue)
        => new(new ServiceAssembler().Result().Value, [issue], new ReadSummary([], 1, 0));
}
