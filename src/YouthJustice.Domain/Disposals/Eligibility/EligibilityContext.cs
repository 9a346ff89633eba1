using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals.Limits;
using YouthJustice.Domain.Education;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>One eligibility check in progress: the case, the proposal, the law, and what has been found so far.</summary>
internal sealed class EligibilityContext
{
    internal EligibilityContext(CaseFacts facts, SentenceProposal proposal, LegalLimits limits, CompulsorySchoolAge schoolAge)
    {
        Facts = facts;
        Proposal = proposal;
        Limits = limits;
        SchoolAge = schoolAge;
    }

    internal CaseFacts Facts { get; }

    internal SentenceProposal Proposal { get; }

    internal LegalLimits Limits { get; }

    internal CompulsorySchoolAge SchoolAge { get; }

    internal Disposal Disposal => Proposal.Disposal;

    internal List<IneligibilityReason> Reasons { get; } = [];

    internal List<EligibilityWarning> Warnings { get; } = [];

    internal List<EligibilityNote> Notes { get; } = [];

    internal LocalDate Conviction => Facts.DateFor(DateBasis.ConvictionDate);

    internal LocalDate Start => Proposal.StartFor(Facts);

    internal int AgeOn(DateBasis basis) => Age.On(Facts.DateOfBirth, Facts.DateFor(basis)).Years;

    internal int AgeAtConviction => AgeOn(DateBasis.ConvictionDate);

    /// <summary>The version of a limit for the case: the date is the one the kind names.</summary>
    internal LegalLimit? Limit(LimitKind kind) => Limits.For(kind, Facts.DateFor(kind.DateBasis));

    internal bool Accompanied(Disposal disposal) => Proposal.AccompanyingDisposals.Contains(disposal);

    internal void Add(IneligibilityReason reason) => Reasons.Add(reason);

    internal void Warn(string ruleId, string message, string citation, Confidence confidence)
        => Warnings.Add(new EligibilityWarning(ruleId, message, citation, confidence));

    internal void Note(string ruleId, string message, string citation, bool mandatory)
        => Notes.Add(new EligibilityNote(ruleId, message, citation, mandatory));

    /// <summary>Adds TooOld when the child is over a maximum-age limit on the kind's date.</summary>
    internal void CheckMaximumAge(LimitKind kind, string subject, DateBasis? basis = null)
    {
        var on = basis ?? kind.DateBasis;
        if (Limits.For(kind, Facts.DateFor(on)) is { Maximum: { } max } limit && AgeOn(on) > max)
        {
            Add(new TooOld(kind.RuleId, limit.Citation, AgeOn(on), max, on, Facts.DateFor(on), subject));
        }
    }

    /// <summary>Adds TooYoung when the child is under a minimum-age limit on the kind's date.</summary>
    internal void CheckMinimumAge(LimitKind kind, string subject)
    {
        if (Limit(kind) is { Minimum: { } min } limit && AgeOn(kind.DateBasis) < min)
        {
            Add(new TooYoung(kind.RuleId, limit.Citation, AgeOn(kind.DateBasis), min, kind.DateBasis, Facts.DateFor(kind.DateBasis), subject));
        }
    }

    /// <summary>Adds TermNotAllowed when start + term (or the end date) is outside a months limit.</summary>
    internal void CheckTermMonths(LimitKind kind, LocalDate start, LocalDate end, Period? term, YroRequirement? requirement = null)
    {
        if (Limit(kind) is not { } limit)
        {
            return;
        }

        var tooShort = limit.Minimum is { } min && end < start.PlusMonths(min);
        var tooLong = limit.Maximum is { } max && end > start.PlusMonths(max);
        var notListed = limit.AllowedValues.Count > 0
                        && (term is null || !Terms.IsWholeMonths(term, out var months) || !limit.AllowedValues.Contains(months));
        if (tooShort || tooLong || notListed)
        {
            Add(new TermNotAllowed(kind.RuleId, limit.Citation, start, end, term, limit, requirement));
        }
    }

    /// <summary>Adds an over- or under-limit reason for a requirement's quantity.</summary>
    internal void CheckQuantity(LimitKind kind, YroRequirement requirement, decimal? value)
    {
        if (value is not { } v || Limit(kind) is not { } limit)
        {
            return;
        }

        if (limit.Maximum is { } max && v > max)
        {
            Add(new RequirementOverLimit(kind.RuleId, limit.Citation, requirement, v, limit));
        }
        else if (limit.Minimum is { } min && v < min)
        {
            Add(new RequirementUnderLimit(kind.RuleId, limit.Citation, requirement, v, limit));
        }
    }

    internal OneOf.OneOf<Eligible, IneligibilityReasons> Result()
        => Reasons.Count == 0
            ? new Eligible(Disposal, Warnings, Notes)
            : new IneligibilityReasons(Disposal, Reasons, Warnings);
}
