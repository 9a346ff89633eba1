namespace YouthJustice.Domain.Disposals.Limits;

/// <summary>
/// Which date of a case decides a rule: both which version of the law applies and, for an age rule, the day the age
/// is taken on. Each disposal keys on a specific date (domain-rules §0): most court rules on the conviction date, the
/// DTO term regime on the sentence date, s.315 and criminal responsibility on the offence date.
/// </summary>
public enum DateBasis
{
    /// <summary>The date the offence was committed.</summary>
    OffenceDate = 0,

    /// <summary>The date of conviction (finding of guilt or guilty plea accepted).</summary>
    ConvictionDate = 1,

    /// <summary>The date of sentence, or for an out-of-court disposal the date it is given.</summary>
    SentenceDate = 2,
}
