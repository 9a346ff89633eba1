using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>A term or period (of the order or of a requirement) is outside what the law allows.</summary>
public sealed record TermNotAllowed : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="start">The day the term starts.</param>
    /// <param name="end">The end point of the term (start plus term, or the end date given).</param>
    /// <param name="term">The term as proposed, or <see langword="null"/> when an end date was given.</param>
    /// <param name="limit">The limit broken (bounds, allowed values, source).</param>
    /// <param name="requirement">The requirement whose period it is, or <see langword="null"/> for the order itself.</param>
    public TermNotAllowed(
        string ruleId,
        string citation,
        LocalDate start,
        LocalDate end,
        Period? term,
        LegalLimit limit,
        YroRequirement? requirement)
        : base(ruleId, citation)
    {
        Start = start;
        End = end;
        Term = term;
        Limit = Preconditions.CheckNotNull(limit, nameof(limit));
        Requirement = requirement;
    }

    /// <summary>The day the term starts.</summary>
    public LocalDate Start { get; }

    /// <summary>The end point of the term (start plus term, or the end date given).</summary>
    public LocalDate End { get; }

    /// <summary>The term as proposed, or <see langword="null"/> when an end date was given.</summary>
    public Period? Term { get; }

    /// <summary>The limit broken (bounds, allowed values, source).</summary>
    public LegalLimit Limit { get; }

    /// <summary>The requirement whose period it is, or <see langword="null"/> for the order itself.</summary>
    public YroRequirement? Requirement { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {(Requirement is null ? "the term" : Requirement.Name + " period")} {(Term is null ? "" : Names.Term(Term) + " ")}from {Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} to {End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} is not allowed; allowed: {Limit.AllowedText} ({Limit.Citation}).";

    /// <summary>The latest end point the limit allows from <see cref="Start"/>, or <see langword="null"/> when it has no maximum.</summary>
    public LocalDate? LatestEnd => Limit.Maximum is { } max ? Names.Add(Start, max, Limit.Unit) : null;

    /// <summary>The earliest end point the limit allows from <see cref="Start"/>, or <see langword="null"/> when it has no minimum.</summary>
    public LocalDate? EarliestEnd => Limit.Minimum is { } min ? Names.Add(Start, min, Limit.Unit) : null;
}
