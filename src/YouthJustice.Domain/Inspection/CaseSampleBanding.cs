namespace YouthJustice.Domain.Inspection;

/// <summary>
/// How the share of sampled cases judged sufficient becomes a rating: at least 80 % Outstanding, 65 % Good, 50 %
/// Requires improvement, otherwise Inadequate; where a standard has several key questions, the lowest governs. Data,
/// not code: the thresholds are placeholders.
/// </summary>
/// <remarks>
/// <c>spec/domain-rules.md</c> §5.2 ([L], not found in a primary source). Shares are compared exactly (no rounding):
/// 13 of 20 (65 %) is Good, 129 of 200 (64.5 %) Requires improvement.
/// </remarks>
[Source("YouthJustice specification, domain-rules §5.2 (case-sample rating thresholds; not confirmed in a primary source)", Confidence = Confidence.Low)]
public sealed record CaseSampleBanding
{
    /// <summary>Creates a banding from the lowest share (in %) for each rating above Inadequate.</summary>
    /// <param name="outstandingFrom">The lowest % rated Outstanding: up to 100, above <paramref name="goodFrom"/>.</param>
    /// <param name="goodFrom">The lowest % rated Good: above <paramref name="requiresImprovementFrom"/>.</param>
    /// <param name="requiresImprovementFrom">The lowest % rated Requires improvement: above 0.</param>
    public CaseSampleBanding(int outstandingFrom, int goodFrom, int requiresImprovementFrom)
    {
        RequiresImprovementFrom = Preconditions.CheckRange(requiresImprovementFrom, nameof(requiresImprovementFrom), 1, 98);
        GoodFrom = Preconditions.CheckRange(goodFrom, nameof(goodFrom), requiresImprovementFrom + 1, 99);
        OutstandingFrom = Preconditions.CheckRange(outstandingFrom, nameof(outstandingFrom), goodFrom + 1, 100);
    }

    /// <summary>The placeholder banding: 80 / 65 / 50.</summary>
    public static CaseSampleBanding Default { get; } = new(80, 65, 50);

    /// <summary>The lowest % rated Outstanding.</summary>
    public int OutstandingFrom { get; }

    /// <summary>The lowest % rated Good.</summary>
    public int GoodFrom { get; }

    /// <summary>The lowest % rated Requires improvement.</summary>
    public int RequiresImprovementFrom { get; }

    /// <summary>The rating for one key question.</summary>
    /// <param name="sufficient">Cases judged sufficient: 0 to <paramref name="inspected"/>.</param>
    /// <param name="inspected">Cases inspected: at least 1.</param>
    /// <returns>The rating.</returns>
    public InspectionRating RatingFor(int sufficient, int inspected)
    {
        Preconditions.CheckRange(inspected, nameof(inspected), 1, int.MaxValue);
        Preconditions.CheckRange(sufficient, nameof(sufficient), 0, inspected);
        var scaled = (long)sufficient * 100;
        return scaled >= (long)OutstandingFrom * inspected ? InspectionRating.Outstanding
            : scaled >= (long)GoodFrom * inspected ? InspectionRating.Good
            : scaled >= (long)RequiresImprovementFrom * inspected ? InspectionRating.RequiresImprovement
            : InspectionRating.Inadequate;
    }

    /// <summary>The rating for a standard with several key questions: the lowest key question's rating.</summary>
    /// <param name="keyQuestions">Each key question's sufficient and inspected counts; at least one.</param>
    /// <returns>The lowest rating.</returns>
    public InspectionRating RatingFor(IEnumerable<(int Sufficient, int Inspected)> keyQuestions)
    {
        var list = Preconditions.CheckNotNull(keyQuestions, nameof(keyQuestions)).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(keyQuestions), "At least one key question is needed.");
        return list.Select(q => RatingFor(q.Sufficient, q.Inspected)).MinBy(r => r.Value)!;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Outstanding ≥ {OutstandingFrom} %, Good ≥ {GoodFrom} %, Requires improvement ≥ {RequiresImprovementFrom} %");
}
