namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>What eligibility needs to know about the offence being dealt with.</summary>
public sealed record OffenceFacts
{
    /// <summary>Creates the facts.</summary>
    /// <param name="offenceDate">The day the offence was committed (the first day, for an offence over a period).</param>
    /// <param name="isImprisonable">Whether the offence is punishable with imprisonment for an adult.</param>
    /// <param name="isFixedByLaw">Whether the sentence is fixed by law (murder).</param>
    /// <param name="minimumSentence">The minimum-sentence provision the offence falls under, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumSentence"/> is not a defined value.</exception>
    public OffenceFacts(LocalDate offenceDate, bool isImprisonable, bool isFixedByLaw = false, MinimumSentenceProvision minimumSentence = MinimumSentenceProvision.None)
    {
        OffenceDate = offenceDate;
        IsImprisonable = isImprisonable || isFixedByLaw;
        IsFixedByLaw = isFixedByLaw;
        MinimumSentence = Enum.IsDefined(minimumSentence)
            ? minimumSentence
            : throw new ArgumentOutOfRangeException(nameof(minimumSentence), minimumSentence, "Not a defined minimum-sentence provision.");
    }

    /// <summary>The day the offence was committed.</summary>
    public LocalDate OffenceDate { get; }

    /// <summary>Whether the offence is imprisonable for an adult (always true for an offence fixed by law).</summary>
    public bool IsImprisonable { get; }

    /// <summary>Whether the sentence is fixed by law (murder).</summary>
    public bool IsFixedByLaw { get; }

    /// <summary>The minimum-sentence provision the offence falls under, if any.</summary>
    public MinimumSentenceProvision MinimumSentence { get; }
}
