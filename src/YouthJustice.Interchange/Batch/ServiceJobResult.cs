using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Batch;

/// <summary>What a national job did with one service: what was read, what was lost, and the returns computed.</summary>
/// <param name="Input">The service's input.</param>
/// <param name="Summary">Items read, accepted and rejected.</param>
/// <param name="Issues">Every error and warning of the read.</param>
/// <param name="Outcome">How the read ended (the bad-input rule, decision IX-R2): on <see cref="ReadOutcome.Fatal"/>
/// nothing usable was read and no return is computed; on <see cref="ReadOutcome.Partial"/> the returns leave out
/// <paramref name="Losses"/>.</param>
/// <param name="Losses">Every issue that lost data (<see cref="ReadResult{T}.Losses"/>).</param>
/// <param name="Children">Children read.</param>
/// <param name="Returns">The service's returns, one per quarter in the order asked; empty when the read was fatal.</param>
public sealed record ServiceJobResult(
    ServiceInput Input,
    ReadSummary Summary,
    IReadOnlyList<InputIssue> Issues,
    ReadOutcome Outcome,
    IReadOnlyList<InputIssue> Losses,
    int Children,
    IReadOnlyList<KpiReturn> Returns);
