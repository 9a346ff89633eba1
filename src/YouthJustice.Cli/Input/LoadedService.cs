using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Diagnostics;

namespace YouthJustice.Cli.Input;

/// <summary>A service's data as read, with where it came from and what the reader reported.</summary>
/// <param name="Data">The data (rejected items left out).</param>
/// <param name="Source">The path, or "the built-in sample".</param>
/// <param name="Summary">The reader's counts (<see cref="ReadSummary.Empty"/> for a generated sample).</param>
/// <param name="Issues">Every issue the reader reported.</param>
internal sealed record LoadedService(ServiceData Data, string Source, ReadSummary Summary, IReadOnlyList<InputIssue> Issues)
{
    /// <summary>The read as the library's result: its outcome, fatal issues, kinds lost and losses (decision IX-R2).</summary>
    public ReadResult<ServiceData> Result { get; } = new(Data, Issues, Summary);
}
