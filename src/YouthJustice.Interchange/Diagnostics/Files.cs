using System;
using System.IO;
using OneOf;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Records;

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

    internal static ReadResult<ServiceData> Failed(InputIssue issue)
        => new(new ServiceAssembler().Result().Value, [issue], new ReadSummary([], 1, 0));
}
