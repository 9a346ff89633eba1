using System.Collections.Generic;
using YouthJustice.Interchange.Diagnostics;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Batch;

/// <summary>What a national job did with one service: what was read, what was lost, and the returns computed.</summary>
/// <param name="Input">The service's input.</param>
/// <param name="Summary">Items read, accepted and rejected.</param>
/// <param name="Issues">Every error and warning of the read.</param>
/// <param name="Unreadable">Whether nothing usable was read (a missing or unreadable file, a wrong document, no
/// children file): then no return is computed.</param>
/// <param name="Children">Children read.</param>
/// <param name="Returns">The service's returns, one per quarter in the order asked; empty when <paramref name="Unreadable"/>.</param>
public sealed record ServiceJobResult(
    ServiceInput Input,
    ReadSummary Summary,
    IReadOnlyList<InputIssue> Issues,
    bool Unreadable,
    int Children,
    IReadOnlyList<KpiReturn> Returns);
