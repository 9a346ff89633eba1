using System.Collections.Generic;

namespace YouthJustice.Cli.Validation;

/// <summary>What kind of difference <c>yj validate</c> found.</summary>
internal enum DiscrepancyKind
{
    /// <summary>A measure's numerator, denominator or value differs.</summary>
    Measure,

    /// <summary>One type-of-order cell of a measure differs.</summary>
    Split,

    /// <summary>Their return has a measure id we do not compute.</summary>
    UnknownMeasure,

    /// <summary>The number of children in the cohort differs.</summary>
    CohortSize,

    /// <summary>A child excluded in one return is not excluded, or excluded for another reason, in the other.</summary>
    Exclusion,

    /// <summary>A child's status on a measure differs (their per-child list).</summary>
    Child,

    /// <summary>Their return is for another service than the data (decision IX-R4).</summary>
    Service,
}

/// <summary>A child that explains a discrepancy, with our status and the rule that decided it.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="Ours">Our status or standing, in words.</param>
/// <param name="Theirs">Their status, when their per-child list gives it.</param>
/// <param name="Why">Our reasons, the deciding one first (the rule and the records).</param>
internal sealed record ExplainingChild(string ChildId, string Ours, string? Theirs, IReadOnlyList<string> Why);

/// <summary>One difference between another system's return and ours.</summary>
/// <param name="Kind">What differs.</param>
/// <param name="MeasureId">The measure (or <c>cohort</c>).</param>
/// <param name="Split">The type of order, for a split cell; otherwise <see langword="null"/>.</param>
/// <param name="Ours">Our figure, as text (<c>3/5 = 60.0%</c>).</param>
/// <param name="Theirs">Their figure, as text.</param>
/// <param name="Summary">One sentence: what differs and what to look at.</param>
/// <param name="Children">The children that explain it (at most a few, the count of the rest in <paramref name="MoreChildren"/>).</param>
/// <param name="MoreChildren">How many further children were not listed.</param>
internal sealed record Discrepancy(
    DiscrepancyKind Kind,
    string MeasureId,
    string? Split,
    string Ours,
    string Theirs,
    string Summary,
    IReadOnlyList<ExplainingChild> Children,
    int MoreChildren);

/// <summary>The outcome of comparing another system's return with ours.</summary>
/// <param name="Quarter">The quarter compared.</param>
/// <param name="Definitions">The definition set used.</param>
/// <param name="MeasuresCompared">How many of their measures were compared.</param>
/// <param name="MeasuresNotInTheirs">How many of our measures their return does not give (not compared).</param>
/// <param name="ChildrenCompared">How many children of their per-child list were compared (0 without one).</param>
/// <param name="Discrepancies">Every difference, measures first (in catalogue order), then the cohort, then children.</param>
/// <param name="Notes">Things to know that are not discrepancies (another service code ...).</param>
internal sealed record ValidationReport(
    string Quarter,
    string Definitions,
    int MeasuresCompared,
    int MeasuresNotInTheirs,
    int ChildrenCompared,
    IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyList<string> Notes)
{
    public bool Agrees => Discrepancies.Count == 0;

    /// <summary>
    /// Whether no measure was compared (<c>"measures": []</c>, a cohort-only conformance deck): agreement then covers the
    /// cohort only, and the verdict says so rather than "No discrepancy" (decision IX-R4).
    /// </summary>
    public bool CohortOnly => MeasuresCompared == 0;
}
