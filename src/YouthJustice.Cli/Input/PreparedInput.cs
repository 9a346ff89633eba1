using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Kpi;

namespace YouthJustice.Cli.Input;

/// <summary>An input read straight into the engine's layout (<see cref="ServiceLoader.LoadPrepared"/>), with what its reader reported.</summary>
/// <param name="Prepared">The prepared service.</param>
/// <param name="Source">The input as named on the command line.</param>
/// <param name="Summary">The counts of items seen, accepted and rejected.</param>
/// <param name="Issues">Every issue.</param>
internal sealed record PreparedInput(PreparedService Prepared, string Source, ReadSummary Summary, IReadOnlyList<InputIssue> Issues)
{
    /// <summary>The read as a result (its losses, whether it is fatal).</summary>
    public ReadResult<PreparedService> Result { get; } = new(Prepared, Issues, Summary);
}
