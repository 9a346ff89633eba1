using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Caseload;

/// <summary>
/// A profile of the children on a caseload, as services report it to their management and corporate parenting boards:
/// the split by sex (percentage of total) beside the local 10–17 population, and breakdowns by ethnicity group, age
/// band, looked-after status and care status (percentage of each sex), with "Not known" rows; and the relative rate
/// index of each ethnicity group against a reference group.
/// </summary>
/// <remarks>
/// Columns are <see cref="SexColumns"/>: Female, Male, Not known, then All. Counts always add up; percentages are
/// rounded to one decimal place (half away from zero) and may not add to exactly 100.0.
/// </remarks>
[Source("Caseload demographic table reported to a corporate parenting board (South Tees YOS, 2021): percentage of total by gender beside the population estimate; ethnicity, age (10-13, 14, 15, 16, 17+) and looked-after status as percentage of gender", Confidence = Confidence.High)]
public sealed class CaseloadProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="entries">The children on the caseload, each child once.</param>
    /// <param name="population">The local 10–17 population, or <see langword="null"/> when not available.</param>
    public CaseloadProfile(IEnumerable<CaseloadEntry> entries, PopulationEstimate? population = null)
    {
        var list = Preconditions.CheckNotNull(entries, nameof(entries)).ToImmutableArray();
        Preconditions.CheckArgument(list.All(e => e is not null), nameof(entries), "Entries must not contain null.");
        var repeated = list.GroupBy(e => e.Child).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(repeated is null, nameof(entries), $"Child {repeated?.Key} appears more than once; a profile counts each child once.");
        Entries = list;
        Population = population;
    }

    /// <summary>The sex columns of every table, in order: Female, Male, Not known.</summary>
    public static IReadOnlyList<Sex> SexColumns { get; } = [Sex.Female, Sex.Male, Sex.NotKnown];

    /// <summary>The children on the caseload.</summary>
    public IReadOnlyList<CaseloadEntry> Entries { get; }

    /// <summary>The local 10–17 population, or <see langword="null"/>.</summary>
    public PopulationEstimate? Population { get; }

    /// <summary>The number of children.</summary>
    public int Total => Entries.Count;

    /// <summary>"All cases": the children of each sex as a percentage of all children.</summary>
    public CaseloadRow SexSplit
        => new("AllCases", "All cases", SexColumns.Select(s => CaseloadCell.Of(Entries.Count(e => e.Sex == s), Total)).ToImmutableArray(), CaseloadCell.Of(Total, Total));

    /// <summary>"Population estimate": the 10–17 population of each sex as a percentage of the whole, or <see langword="null"/> without a population.</summary>
    public CaseloadRow? PopulationSplit => Population is not { } p
        ? null
        : new CaseloadRow("PopulationEstimate", "Population estimate", [CaseloadCell.Of(p.Female, p.Total), CaseloadCell.Of(p.Male, p.Total), CaseloadCell.Of(0, p.Total)], CaseloadCell.Of(p.Total, p.Total));

    /// <summary>A breakdown by one dimension, each cell a percentage of its sex column.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The table.</returns>
    public CaseloadTable Table(CaseloadDimension dimension)
    {
        Preconditions.CheckNotNull(dimension, nameof(dimension));
        var columnTotals = SexColumns.Select(s => Entries.Count(e => e.Sex == s)).ToArray();
        var rows = dimension.RowKeys.Select(row =>
        {
            var inRow = Entries.Where(e => dimension.KeyOf(e) == row.Key).ToArray();
            var cells = SexColumns.Select((s, i) => CaseloadCell.Of(inRow.Count(e => e.Sex == s), columnTotals[i])).ToImmutableArray();
            return new CaseloadRow(row.Key, row.Label, cells, CaseloadCell.Of(inRow.Length, Total));
        }).ToImmutableArray();
        var total = new CaseloadRow("All", "All", columnTotals.Select(t => CaseloadCell.Of(t, t)).ToImmutableArray(), CaseloadCell.Of(Total, Total));
        return new CaseloadTable(dimension, rows, total);
    }

    /// <summary>
    /// The relative rate index of every ethnicity group (except the reference and "not known") against the reference
    /// group, from the caseload counts and the population by ethnicity group.
    /// </summary>
    /// <param name="policy">The reference group and small-numbers threshold, usually <see cref="RelativeRatePolicy.Default"/>.</param>
    /// <returns>One index per group, in group order; groups without a population are reported as <see cref="RelativeRateIssue.NoPopulation"/>.</returns>
    public IReadOnlyList<GroupRelativeRate> RelativeRates(RelativeRatePolicy policy)
    {
        Preconditions.CheckNotNull(policy, nameof(policy));
        var reference = policy.ReferenceGroup;
        var referenceCount = Entries.Count(e => e.EthnicityGroup == reference);
        var referencePopulation = Population?.Of(reference) ?? 0;
        return EthnicityGroup.List
            .Where(g => g != reference && g != EthnicityGroup.InformationNotObtainable)
            .OrderBy(g => g.Value)
            .Select(g => new GroupRelativeRate(g, reference, RelativeRate.Calculate(
                Entries.Count(e => e.EthnicityGroup == g), Population?.Of(g) ?? 0, referenceCount, referencePopulation, policy.SmallNumberThreshold)))
            .ToImmutableArray();
    }
}
