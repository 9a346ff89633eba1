namespace YouthJustice.Domain.Inspection;

/// <summary>
/// A quality-assurance case audit (thematic or against a standard): which cases were audited out of how many
/// eligible, with each case's rating, and the audit's results.
/// </summary>
/// <remarks>
/// A case rated Good or Outstanding counts as "sufficient" for <see cref="RatingBy"/> (the project's reading of
/// HMIP-style case-sample rating). Each child appears once.
/// </remarks>
public sealed record QualityAssuranceAudit
{
    /// <summary>Creates an audit.</summary>
    /// <param name="theme">What was audited ("Resettlement plans", "NS2 At court"); never blank.</param>
    /// <param name="auditedOn">When the audit was completed.</param>
    /// <param name="eligibleCases">The cases eligible for the audit: at least the number audited.</param>
    /// <param name="cases">The cases audited, each child once.</param>
    public QualityAssuranceAudit(string theme, LocalDate auditedOn, int eligibleCases, IEnumerable<AuditedCase> cases)
    {
        Theme = Preconditions.CheckNotBlank(theme, nameof(theme));
        var list = Preconditions.CheckNotNull(cases, nameof(cases)).ToImmutableArray();
        Preconditions.CheckArgument(list.All(c => c is not null), nameof(cases), "Cases must not contain null.");
        var repeated = list.GroupBy(c => c.Child).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(repeated is null, nameof(cases), $"Child {repeated?.Key} is audited more than once.");
        EligibleCases = Preconditions.CheckRange(eligibleCases, nameof(eligibleCases), list.Length, int.MaxValue);
        AuditedOn = auditedOn;
        Cases = list;
    }

    /// <summary>What was audited.</summary>
    public string Theme { get; }

    /// <summary>When the audit was completed.</summary>
    public LocalDate AuditedOn { get; }

    /// <summary>The cases eligible for the audit.</summary>
    public int EligibleCases { get; }

    /// <summary>The cases audited.</summary>
    public IReadOnlyList<AuditedCase> Cases { get; }

    /// <summary>The number of cases audited.</summary>
    public int SampleSize => Cases.Count;

    /// <summary>How many cases received each rating, Inadequate to Outstanding (zeros included); adds up to <see cref="SampleSize"/>.</summary>
    public IReadOnlyList<KeyValuePair<InspectionRating, int>> CountByRating
        => InspectionRating.All.Select(r => new KeyValuePair<InspectionRating, int>(r, Cases.Count(c => c.Rating == r))).ToArray();

    /// <summary>The number of cases rated Good or Outstanding.</summary>
    public int GoodOrBetter => Cases.Count(c => c.Rating.IsGoodOrBetter);

    /// <summary>The % of audited cases rated Good or Outstanding, to one decimal place (half away from zero), or <see langword="null"/> with no cases.</summary>
    public decimal? PercentGoodOrBetter => SampleSize == 0 ? null : Math.Round(GoodOrBetter * 100m / SampleSize, 1, MidpointRounding.AwayFromZero);

    /// <summary>Checks the sample size.</summary>
    /// <param name="rule">The rule, usually <see cref="SampleSizeRule.NationalStandards2019"/>.</param>
    /// <returns>The check.</returns>
    public SampleSizeCheck CheckSample(SampleSizeRule rule) => Preconditions.CheckNotNull(rule, nameof(rule)).Check(EligibleCases, SampleSize);

    /// <summary>The audit's rating from the share of cases rated Good or better; <see langword="null"/> with no cases.</summary>
    /// <param name="banding">The banding, usually <see cref="CaseSampleBanding.Default"/>.</param>
    /// <returns>The rating, or <see langword="null"/>.</returns>
    public InspectionRating? RatingBy(CaseSampleBanding banding)
        => SampleSize == 0 ? null : Preconditions.CheckNotNull(banding, nameof(banding)).RatingFor(GoodOrBetter, SampleSize);

    /// <inheritdoc />
    public bool Equals(QualityAssuranceAudit? other)
        => other is not null && Theme == other.Theme && AuditedOn == other.AuditedOn && EligibleCases == other.EligibleCases && Cases.SequenceEqual(other.Cases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Theme, AuditedOn, EligibleCases, Cases.Count);
}
