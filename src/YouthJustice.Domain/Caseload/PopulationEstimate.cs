using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Caseload;

/// <summary>
/// The local population aged 10–17 (ONS mid-year estimate) that a caseload is compared with: by sex, and by ethnicity
/// group where known (needed for the relative rate index).
/// </summary>
[Source("ONS mid-year population estimates, ages 10–17 by local authority (kpi-rules §3.4)", Confidence = Confidence.High)]
public sealed record PopulationEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="year">The calendar year of the mid-year estimate (1900–9999).</param>
    /// <param name="female">Girls aged 10–17: zero or more.</param>
    /// <param name="male">Boys aged 10–17: zero or more.</param>
    /// <param name="byEthnicityGroup">Children aged 10–17 by ethnicity group, each group at most once, counts zero or more; groups not given are unknown. <see cref="EthnicityGroup.InformationNotObtainable"/> is not a population group.</param>
    public PopulationEstimate(int year, int female, int male, IEnumerable<KeyValuePair<EthnicityGroup, int>>? byEthnicityGroup = null)
    {
        Year = Preconditions.CheckRange(year, nameof(year), 1900, 9999);
        Female = Preconditions.CheckRange(female, nameof(female), 0, int.MaxValue);
        Male = Preconditions.CheckRange(male, nameof(male), 0, int.MaxValue);
        var groups = (byEthnicityGroup ?? []).ToArray();
        Preconditions.CheckArgument(groups.All(g => g.Key is not null && g.Value >= 0), nameof(byEthnicityGroup), "Each ethnicity group's population must be zero or more.");
        Preconditions.CheckArgument(groups.Select(g => g.Key).Distinct().Count() == groups.Length, nameof(byEthnicityGroup), "Each ethnicity group may be given once.");
        Preconditions.CheckArgument(groups.All(g => g.Key != EthnicityGroup.InformationNotObtainable), nameof(byEthnicityGroup), "'Information not obtainable' is not a population group.");
        ByEthnicityGroup = groups.OrderBy(g => g.Key.Value).ToImmutableArray();
    }

    /// <summary>The calendar year of the mid-year estimate.</summary>
    public int Year { get; }

    /// <summary>Girls aged 10–17.</summary>
    public int Female { get; }

    /// <summary>Boys aged 10–17.</summary>
    public int Male { get; }

    /// <summary>All children aged 10–17.</summary>
    public int Total => checked(Female + Male);

    /// <summary>Children aged 10–17 by ethnicity group, where given.</summary>
    public IReadOnlyList<KeyValuePair<EthnicityGroup, int>> ByEthnicityGroup { get; }

    /// <summary>The population of an ethnicity group, or <see langword="null"/> when not given.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The population, or <see langword="null"/>.</returns>
    public int? Of(EthnicityGroup group)
    {
        foreach (var pair in ByEthnicityGroup)
        {
            if (pair.Key == group)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(PopulationEstimate? other)
        => other is not null && Year == other.Year && Female == other.Female && Male == other.Male && ByEthnicityGroup.SequenceEqual(other.ByEthnicityGroup);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Year, Female, Male, ByEthnicityGroup.Count);
}
