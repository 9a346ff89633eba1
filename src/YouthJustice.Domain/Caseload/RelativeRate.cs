namespace YouthJustice.Domain.Caseload;

/// <summary>
/// A relative rate index (RRI): the rate at which a group's children are on the caseload, divided by the rate of a
/// reference group, with a 95 % confidence interval by the log method and a small-numbers flag.
/// </summary>
/// <remarks>
/// <para>
/// RRI = (a ÷ n₁) ÷ (c ÷ n₀), where a and c are the caseload counts of the group and the reference group and n₁ and n₀
/// their populations. An RRI above 1 means the group is over-represented relative to the reference group; 2.5 means two
/// and a half times the reference rate (OJJDP, <i>What is an RRI?</i>; the YJB's summary disproportionality tool
/// compares groups the same way).
/// </para>
/// <para>
/// 95 % confidence interval, log method (Katz et al., 1978, Biometrics 34:469–474): SE = √(1/a − 1/n₁ + 1/c − 1/n₀);
/// interval = exp(ln RRI ± 1.96 × SE). The interval is <see cref="IsSignificant"/> when it excludes 1.
/// </para>
/// <para>
/// A zero count has no logarithm: the index is 0 with no interval (<see cref="RelativeRateIssue.ZeroCount"/>); a zero
/// reference count or a missing population gives no index. A count below the small-numbers threshold in either group
/// sets <see cref="IsSmallNumber"/>: the index is shown but should not be relied on.
/// </para>
/// </remarks>
[Source("OJJDP Disproportionate Minority Contact Databook: What is an RRI?", Url = "https://www.ojjdp.gov/ojstatbb/dmcdb/asp/whatis.asp", Confidence = Confidence.High)]
[Source("Katz D, Baptista J, Azen SP, Pike MC (1978) Obtaining confidence intervals for the risk ratio in cohort studies, Biometrics 34:469-474 (log method)", Url = "https://sphweb.bumc.bu.edu/otlt/mph-modules/ep/ep713_randomerror/", Confidence = Confidence.High)]
public sealed record RelativeRate
{
    /// <summary>The z value of a two-sided 95 % interval.</summary>
    public const double Z95 = 1.96;

    private RelativeRate(int count, int population, int referenceCount, int referencePopulation, bool isSmallNumber, RelativeRateIssue issue, double? index, double? lower, double? upper)
    {
        Count = count;
        Population = population;
        ReferenceCount = referenceCount;
        ReferencePopulation = referencePopulation;
        IsSmallNumber = isSmallNumber;
        Issue = issue;
        Index = index;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The group's caseload count (a).</summary>
    public int Count { get; }

    /// <summary>The group's population (n₁).</summary>
    public int Population { get; }

    /// <summary>The reference group's caseload count (c).</summary>
    public int ReferenceCount { get; }

    /// <summary>The reference group's population (n₀).</summary>
    public int ReferencePopulation { get; }

    /// <summary>Whether either count is below the small-numbers threshold.</summary>
    public bool IsSmallNumber { get; }

    /// <summary>Why the index or its interval is missing, or <see cref="RelativeRateIssue.None"/>.</summary>
    public RelativeRateIssue Issue { get; }

    /// <summary>The index, or <see langword="null"/> when it cannot be calculated.</summary>
    public double? Index { get; }

    /// <summary>The lower bound of the 95 % interval, or <see langword="null"/>.</summary>
    public double? Lower { get; }

    /// <summary>The upper bound of the 95 % interval, or <see langword="null"/>.</summary>
    public double? Upper { get; }

    /// <summary>Whether the interval excludes 1 (a difference unlikely to be chance at the 5 % level).</summary>
    public bool IsSignificant => Lower > 1 || Upper < 1;

    /// <summary>Calculates the index of a group against a reference group.</summary>
    /// <param name="count">The group's caseload count: zero or more.</param>
    /// <param name="population">The group's population: zero or more.</param>
    /// <param name="referenceCount">The reference group's caseload count: zero or more.</param>
    /// <param name="referencePopulation">The reference group's population: zero or more.</param>
    /// <param name="smallNumberThreshold">Counts below this are flagged as small numbers: zero or more.</param>
    /// <returns>The index, its interval and flags.</returns>
    public static RelativeRate Calculate(int count, int population, int referenceCount, int referencePopulation, int smallNumberThreshold)
    {
        Preconditions.CheckRange(count, nameof(count), 0, int.MaxValue);
        Preconditions.CheckRange(population, nameof(population), 0, int.MaxValue);
        Preconditions.CheckRange(referenceCount, nameof(referenceCount), 0, int.MaxValue);
        Preconditions.CheckRange(referencePopulation, nameof(referencePopulation), 0, int.MaxValue);
        Preconditions.CheckRange(smallNumberThreshold, nameof(smallNumberThreshold), 0, int.MaxValue);
        var small = count < smallNumberThreshold || referenceCount < smallNumberThreshold;
        RelativeRate Without(RelativeRateIssue issue, double? index = null) => new(count, population, referenceCount, referencePopulation, small, issue, index, null, null);

        if (population == 0 || referencePopulation == 0)
        {
            return Without(RelativeRateIssue.NoPopulation);
        }

        if (count > population || referenceCount > referencePopulation)
        {
            return Without(RelativeRateIssue.CountExceedsPopulation);
        }

        if (referenceCount == 0)
        {
            return Without(RelativeRateIssue.ReferenceZeroCount);
        }

        if (count == 0)
        {
            return Without(RelativeRateIssue.ZeroCount, 0d);
        }

        var index = ((double)count / population) / ((double)referenceCount / referencePopulation);
        var se = Math.Sqrt((1d / count) - (1d / population) + (1d / referenceCount) - (1d / referencePopulation));
        var log = Math.Log(index);
        return new RelativeRate(count, population, referenceCount, referencePopulation, small, RelativeRateIssue.None, index, Math.Exp(log - (Z95 * se)), Math.Exp(log + (Z95 * se)));
    }

    /// <inheritdoc />
    public override string ToString() => Index is not { } index
        ? $"no index ({Issue})"
        : Lower is { } lower && Upper is { } upper
            ? string.Create(CultureInfo.InvariantCulture, $"{index:0.00} (95% CI {lower:0.00}-{upper:0.00}){(IsSmallNumber ? ", small numbers" : string.Empty)}")
            : string.Create(CultureInfo.InvariantCulture, $"{index:0.00} (no interval: {Issue}){(IsSmallNumber ? ", small numbers" : string.Empty)}");
}
