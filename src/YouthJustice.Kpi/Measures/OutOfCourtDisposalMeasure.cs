using System;
using YouthJustice.Domain.Disposals;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 6 measure as the guidance names it: its id (a literal in <see cref="OutOfCourtDisposalMeasures"/>), its
/// title, its rule and, for a 6a column, the out-of-court disposals of the kept legal outcome that fall in it.
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi6.6a.YouthCaution</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record OutOfCourtDisposalMeasure(string Id, string Title, OutOfCourtDisposalRule Rule)
{
    /// <summary>The disposals of a 6a column (Outcome 20 and Outcome 21 share one); empty for the other measures.</summary>
    public Disposal[] Disposals { get; init; } = [];

    /// <summary>Whether <paramref name="disposal"/> falls in this measure's 6a column.</summary>
    /// <param name="disposal">A legal outcome's disposal.</param>
    /// <returns>Whether it is one of <see cref="Disposals"/>.</returns>
    public bool Reads(Disposal disposal) => Array.IndexOf(Disposals, disposal) >= 0;
}
