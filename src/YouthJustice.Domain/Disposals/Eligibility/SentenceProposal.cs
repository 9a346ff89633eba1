using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>
/// A proposed disposal with what the law limits about it: its term (or end date), its requirements, a fine amount,
/// reparation hours, terms it would run consecutively with, and the other disposals proposed alongside it.
/// </summary>
/// <remarks>
/// <para>
/// A term is a <see cref="Period"/> in months (and days if a court uses them), counted from the day the order takes
/// effect (<see cref="TakesEffect"/>, or the sentence date): a referral order's compliance period, a YRO or conditional
/// discharge's length, a DTO's term, the period within which reparation is made. A YRO may be given by its
/// <see cref="EndDate"/> instead, as courts do.
/// </para>
/// <para>The proposal can hold what the law forbids; <see cref="DisposalEligibility"/> says what and why.</para>
/// </remarks>
public sealed record SentenceProposal
{
    private readonly ImmutableArray<ProposedRequirement> _requirements;
    private readonly ImmutableArray<Period> _consecutiveTerms;
    private readonly ImmutableArray<Disposal> _accompanying;

    /// <summary>Creates a proposal.</summary>
    /// <param name="disposal">The disposal proposed.</param>
    /// <param name="term">The term, or <see langword="null"/>; positive, date units only.</param>
    /// <param name="endDate">The last day (a YRO's end date), or <see langword="null"/>; not with <paramref name="term"/>.</param>
    /// <param name="takesEffect">The day the order takes effect, or <see langword="null"/> for the sentence date.</param>
    /// <param name="requirements">The YRO requirements proposed.</param>
    /// <param name="fineAmount">The fine in pounds, or <see langword="null"/>; not negative.</param>
    /// <param name="reparationHours">Hours of reparation, or <see langword="null"/>; not negative.</param>
    /// <param name="consecutiveTerms">Terms of other DTOs this one would run consecutively with.</param>
    /// <param name="breachExtension">An extension of a YRO's end date on breach, or <see langword="null"/>.</param>
    /// <param name="accompanyingDisposals">Other disposals proposed for the same offence or at the same hearing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="disposal"/> is null.</exception>
    /// <exception cref="ArgumentException">Both a term and an end date, an end before the start, a non-positive term, or a null in a list.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount or number of hours.</exception>
    public SentenceProposal(
        Disposal disposal,
        Period? term = null,
        LocalDate? endDate = null,
        LocalDate? takesEffect = null,
        IEnumerable<ProposedRequirement>? requirements = null,
        decimal? fineAmount = null,
        int? reparationHours = null,
        IEnumerable<Period>? consecutiveTerms = null,
        Period? breachExtension = null,
        IEnumerable<Disposal>? accompanyingDisposals = null)
    {
        Disposal = Preconditions.CheckNotNull(disposal, nameof(disposal));
        Preconditions.CheckArgument(term is null || endDate is null, nameof(endDate), "Give a term or an end date, not both.");
        Term = term is null ? null : Terms.Normalize(Terms.CheckTerm(term, nameof(term)));
        Preconditions.CheckArgument(
            endDate is null || takesEffect is null || endDate >= takesEffect,
            nameof(endDate),
            "The end date must not be before the day the order takes effect.");
        EndDate = endDate;
        TakesEffect = takesEffect;
        _requirements = NoNulls(requirements, nameof(requirements));
        FineAmount = fineAmount is null ? null : Preconditions.CheckRange(fineAmount.Value, nameof(fineAmount), 0m, decimal.MaxValue);
        ReparationHours = reparationHours is null ? null : Preconditions.CheckRange(reparationHours.Value, nameof(reparationHours), 0, int.MaxValue);
        _consecutiveTerms = NoNulls(consecutiveTerms, nameof(consecutiveTerms)).Select(t => Terms.Normalize(Terms.CheckTerm(t, nameof(consecutiveTerms)))).ToImmutableArray();
        BreachExtension = breachExtension is null ? null : Terms.Normalize(Terms.CheckTerm(breachExtension, nameof(breachExtension)));
        _accompanying = NoNulls(accompanyingDisposals, nameof(accompanyingDisposals));
    }

    /// <summary>The disposal proposed.</summary>
    public Disposal Disposal { get; }

    /// <summary>The term (months and days), or <see langword="null"/>.</summary>
    public Period? Term { get; }

    /// <summary>The last day given directly (a YRO's end date), or <see langword="null"/>.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>The day the order takes effect, or <see langword="null"/> for the sentence date.</summary>
    public LocalDate? TakesEffect { get; }

    /// <summary>The YRO requirements proposed.</summary>
    public IReadOnlyList<ProposedRequirement> Requirements => _requirements;

    /// <summary>The fine in pounds, or <see langword="null"/>.</summary>
    public decimal? FineAmount { get; }

    /// <summary>Hours of reparation, or <see langword="null"/>.</summary>
    public int? ReparationHours { get; }

    /// <summary>Terms of other DTOs this one would run consecutively with.</summary>
    public IReadOnlyList<Period> ConsecutiveTerms => _consecutiveTerms;

    /// <summary>An extension of a YRO's end date on breach, or <see langword="null"/>.</summary>
    public Period? BreachExtension { get; }

    /// <summary>Other disposals proposed for the same offence or at the same hearing.</summary>
    public IReadOnlyList<Disposal> AccompanyingDisposals => _accompanying;

    /// <summary>A disposal with nothing further to specify (an absolute discharge, a youth caution ...).</summary>
    /// <param name="disposal">The disposal.</param>
    /// <returns>The proposal.</returns>
    public static SentenceProposal Of(Disposal disposal) => new(disposal);

    /// <summary>A referral order with a compliance period.</summary>
    /// <param name="length">The compliance period.</param>
    /// <returns>The proposal.</returns>
    public static SentenceProposal ReferralOrder(Period length) => new(Disposal.ReferralOrder, term: length);

    /// <summary>A detention and training order.</summary>
    /// <param name="term">The term.</param>
    /// <param name="consecutiveTerms">Terms of other DTOs it would run consecutively with.</param>
    /// <returns>The proposal.</returns>
    public static SentenceProposal DetentionAndTrainingOrder(Period term, IEnumerable<Period>? consecutiveTerms = null)
        => new(Disposal.DetentionAndTrainingOrder, term: term, consecutiveTerms: consecutiveTerms);

    /// <summary>A youth rehabilitation order (plain, with ISS or with fostering) given by its dates.</summary>
    /// <param name="kind">One of the three YRO disposals.</param>
    /// <param name="takesEffect">The day it takes effect.</param>
    /// <param name="endDate">Its end date.</param>
    /// <param name="requirements">Its requirements.</param>
    /// <returns>The proposal.</returns>
    public static SentenceProposal YouthRehabilitationOrder(Disposal kind, LocalDate takesEffect, LocalDate endDate, IEnumerable<ProposedRequirement> requirements)
        => new(kind, endDate: endDate, takesEffect: takesEffect, requirements: requirements);

    /// <summary>A fine.</summary>
    /// <param name="amount">The amount in pounds.</param>
    /// <returns>The proposal.</returns>
    public static SentenceProposal Fine(decimal amount) => new(Disposal.Fine, fineAmount: amount);

    /// <summary>A reparation order.</summary>
    /// <param name="hours">Hours of reparation.</param>
    /// <param name="within">The period within which reparation is to be made.</param>
    /// <returns>The proposal.</returns>
    public static SentenceProposal ReparationOrder(int hours, Period within) => new(Disposal.ReparationOrder, term: within, reparationHours: hours);

    /// <summary>A conditional discharge.</summary>
    /// <param name="period">The period of the condition.</param>
    /// <returns>The proposal.</returns>
    public static SentenceProposal ConditionalDischarge(Period period) => new(Disposal.ConditionalDischarge, term: period);

    /// <summary>The day the order takes effect for a case: <see cref="TakesEffect"/> or the sentence date.</summary>
    /// <param name="facts">The case.</param>
    /// <returns>The start day.</returns>
    public LocalDate StartFor(CaseFacts facts) => TakesEffect ?? Preconditions.CheckNotNull(facts, nameof(facts)).SentenceDate;

    /// <summary>The end point used by the length limits: <see cref="EndDate"/>, or start + <see cref="Term"/>; <see langword="null"/> when neither is given.</summary>
    /// <param name="facts">The case.</param>
    /// <returns>The end point.</returns>
    public LocalDate? EndFor(CaseFacts facts) => EndDate ?? (Term is null ? null : StartFor(facts).Plus(Term));

    /// <inheritdoc />
    public bool Equals(SentenceProposal? other)
        => other is not null
           && Disposal == other.Disposal
           && Term == other.Term
           && EndDate == other.EndDate
           && TakesEffect == other.TakesEffect
           && _requirements.SequenceEqual(other._requirements)
           && FineAmount == other.FineAmount
           && ReparationHours == other.ReparationHours
           && _consecutiveTerms.SequenceEqual(other._consecutiveTerms)
           && BreachExtension == other.BreachExtension
           && _accompanying.SequenceEqual(other._accompanying);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Disposal, Term, EndDate, TakesEffect, _requirements.Length, FineAmount, ReparationHours);

    private static ImmutableArray<T> NoNulls<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        var array = (items ?? []).ToImmutableArray();
        Preconditions.CheckArgument(array.All(i => i is not null), paramName, "The list must not contain null.");
        return array;
    }
}
