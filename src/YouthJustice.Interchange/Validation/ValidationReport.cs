namespace YouthJustice.Interchange.Validation;

/// <summary>The outcome of comparing another system's return with ours (<see cref="ReturnValidator"/>).</summary>
/// <param name="Quarter">The quarter compared (<c>2024Q1</c>).</param>
/// <param name="Definitions">The definition set used (<c>2024</c>).</param>
/// <param name="MeasuresCompared">How many of their measures were compared.</param>
/// <param name="MeasuresNotInTheirs">How many of our measures their return does not give (not compared).</param>
/// <param name="ChildrenCompared">How many children of their per-child list were compared (0 without one).</param>
/// <param name="Discrepancies">Every difference: the service, then measures (in catalogue order), then the cohort, then children.</param>
/// <param name="Notes">Things to know that are not discrepancies (figures computed from part of the data, ...).</param>
public sealed record ValidationReport(
    string Quarter,
    string Definitions,
    int MeasuresCompared,
    int MeasuresNotInTheirs,
    int ChildrenCompared,
    IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The profile ours was computed under when it is not the guidance (<c>yjb-pipeline</c>; yjaf-case-level §6), or
    /// <see langword="null"/> for the guidance.
    /// </summary>
    public string? Profile { get; init; }

    /// <summary>Whether the two returns agree: no discrepancy at all.</summary>
    public bool Agrees => Discrepancies.Count == 0;

    /// <summary>
    /// Whether no measure was compared (<c>"measures": []</c>, a cohort-only conformance deck): agreement then covers the
    /// cohort only, and <see cref="Verdict"/> says so rather than "No discrepancy" (decision IX-R4).
    /// </summary>
    public bool CohortOnly => MeasuresCompared == 0;

    /// <summary>The verdict in one sentence: agreement (of the figures, or of the cohort only) or the number of discrepancies.</summary>
    public string Verdict
        => Agrees
            ? CohortOnly
                ? "The cohort agrees, but no measure was compared (their return gives none of ours), so no figure was validated."
                : "No discrepancy: the return agrees."
            : string.Create(CultureInfo.InvariantCulture, $"{Discrepancies.Count} discrepanc{(Discrepancies.Count == 1 ? "y" : "ies")}.");

    /// <summary>What was compared with what, in one sentence.</summary>
    /// <param name="returnName">How to name their return (its file name).</param>
    /// <returns>The heading of a report.</returns>
    public string Heading(string returnName)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{returnName} against the return computed from the data, {Quarter}, definitions {Definitions}{(Profile is null ? string.Empty : ", profile " + Profile)}: {MeasuresCompared} measure(s) compared, {MeasuresNotInTheirs} of ours not in their return (not compared), {ChildrenCompared} child(ren) of their per-child list compared.");
}
