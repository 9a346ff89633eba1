namespace YouthJustice.Domain.Inspection;

/// <summary>
/// How many cases an operational self-assessment or audit must sample: a percentage of the relevant cases, with a
/// minimum "where possible". The national standards self-assessment of 2019/20 asked for 20 % of relevant cases, with a
/// minimum of 20.
/// </summary>
/// <remarks>
/// Required = the percentage of the relevant cases rounded up, raised to the minimum, but never more than the relevant
/// cases ("where possible"): 20 % of 150 → 30; of 101 → 21 (20.2 rounded up); of 60 → 20; of 12 → all 12.
/// </remarks>
[Source("YJB, How to undertake a self-assessment of national standards (2019/20): 20% of cases relevant to each standard, with a minimum of 20 where possible", Url = "https://vdocuments.net/formal-document-web-view20-of-cases-relevant-to-each-standard-with-a-minimum.html", Confidence = Confidence.High)]
public sealed record SampleSizeRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="percent">The share of relevant cases to sample: 1-100.</param>
    /// <param name="minimum">The minimum sample where there are enough cases: zero or more.</param>
    public SampleSizeRule(int percent, int minimum)
    {
        Percent = Preconditions.CheckRange(percent, nameof(percent), 1, 100);
        Minimum = Preconditions.CheckRange(minimum, nameof(minimum), 0, int.MaxValue);
    }

    /// <summary>The national standards self-assessment rule: 20 %, minimum 20.</summary>
    public static SampleSizeRule NationalStandards2019 { get; } = new(20, 20);

    /// <summary>The share of relevant cases to sample, in %.</summary>
    public int Percent { get; }

    /// <summary>The minimum sample where there are enough cases.</summary>
    public int Minimum { get; }

    /// <summary>The number of cases to sample from a number of relevant cases.</summary>
    /// <param name="relevantCases">The relevant cases: zero or more.</param>
    /// <returns>The required sample.</returns>
    public int Required(int relevantCases)
    {
        Preconditions.CheckRange(relevantCases, nameof(relevantCases), 0, int.MaxValue);
        var share = (int)((((long)relevantCases * Percent) + 99) / 100);
        return Math.Min(relevantCases, Math.Max(share, Minimum));
    }

    /// <summary>Checks a sample.</summary>
    /// <param name="relevantCases">The relevant cases: zero or more.</param>
    /// <param name="sampleSize">The cases sampled: 0 to <paramref name="relevantCases"/>.</param>
    /// <returns>The check.</returns>
    public SampleSizeCheck Check(int relevantCases, int sampleSize)
    {
        Preconditions.CheckRange(sampleSize, nameof(sampleSize), 0, Math.Max(relevantCases, 0));
        return new SampleSizeCheck(relevantCases, sampleSize, Required(relevantCases));
    }
}
