using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Inspection;

/// <summary>
/// A service's self-assessment of one national standard at one level in an audit year: the rating and, at the
/// operational level, the case sample it rests on.
/// </summary>
/// <remarks>
/// <para>
/// Each standard is assessed at a strategic level (board and partnership) and an operational level (a sample of
/// relevant cases; <see cref="SampleSizeRule.NationalStandards2019"/>), then moderated and validated by the YJB.
/// Results are reported in bands; the band names were not found, and the project assumes the four HMIP ratings
/// (<c>spec/domain-rules.md</c> §5.3, §7 #9, [L]).
/// </para>
/// <para>A strategic assessment has no case sample; an operational one has both the sample size and the number of relevant cases.</para>
/// </remarks>
[Source("YJB national standards self-assessment 2019/20 (strategic and operational levels; bandings assumed to mirror HMIP)", Url = "https://pdfslide.net/documents/how-to-undertake-a-self-assessment-of-national-standards-2019-08-23-23-moderation.html", Confidence = Confidence.Low)]
public sealed record StandardSelfAssessment
{
    /// <summary>Creates a self-assessment.</summary>
    /// <param name="standard">The national standard.</param>
    /// <param name="level">Strategic or operational.</param>
    /// <param name="rating">The rating (band) given.</param>
    /// <param name="auditYear">The financial year of the audit (2019/20).</param>
    /// <param name="sampleSize">Operational only: the cases sampled, 0 to <paramref name="relevantCases"/>; strategic: <see langword="null"/>.</param>
    /// <param name="relevantCases">Operational only: the cases relevant to the standard, zero or more; strategic: <see langword="null"/>.</param>
    public StandardSelfAssessment(NationalStandard standard, SelfAssessmentLevel level, InspectionRating rating, FinancialYear auditYear, int? sampleSize = null, int? relevantCases = null)
    {
        Standard = Preconditions.CheckNotNull(standard, nameof(standard));
        Rating = Preconditions.CheckNotNull(rating, nameof(rating));
        if (level == SelfAssessmentLevel.Strategic)
        {
            Preconditions.CheckArgument(sampleSize is null && relevantCases is null, nameof(sampleSize), "A strategic self-assessment has no case sample.");
        }
        else
        {
            Preconditions.CheckArgument(sampleSize is not null && relevantCases is not null, nameof(sampleSize), "An operational self-assessment needs its sample size and the number of relevant cases.");
            Preconditions.CheckRange(relevantCases!.Value, nameof(relevantCases), 0, int.MaxValue);
            Preconditions.CheckRange(sampleSize!.Value, nameof(sampleSize), 0, relevantCases.Value);
        }

        Level = level;
        AuditYear = auditYear;
        SampleSize = sampleSize;
        RelevantCases = relevantCases;
    }

    /// <summary>The national standard.</summary>
    public NationalStandard Standard { get; }

    /// <summary>Strategic or operational.</summary>
    public SelfAssessmentLevel Level { get; }

    /// <summary>The rating given.</summary>
    public InspectionRating Rating { get; }

    /// <summary>The financial year of the audit.</summary>
    public FinancialYear AuditYear { get; }

    /// <summary>The cases sampled (operational), or <see langword="null"/>.</summary>
    public int? SampleSize { get; }

    /// <summary>The cases relevant to the standard (operational), or <see langword="null"/>.</summary>
    public int? RelevantCases { get; }

    /// <summary>Checks the case sample against a rule; <see langword="null"/> for a strategic assessment.</summary>
    /// <param name="rule">The rule, usually <see cref="SampleSizeRule.NationalStandards2019"/>.</param>
    /// <returns>The check, or <see langword="null"/>.</returns>
    public SampleSizeCheck? CheckSample(SampleSizeRule rule)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        return Level == SelfAssessmentLevel.Operational ? rule.Check(RelevantCases!.Value, SampleSize!.Value) : null;
    }
}
