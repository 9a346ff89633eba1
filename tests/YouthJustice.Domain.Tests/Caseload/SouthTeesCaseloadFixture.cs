using System.Globalization;
using YouthJustice.Domain.Caseload;

namespace YouthJustice.Domain.Tests.Caseload;

/// <summary>
/// Seed 001: the caseload demographic table (April to September 2021) a youth offending service presented to its
/// corporate parenting board. The seed gives percentages only; these counts (24 girls, 189 boys, 213 children)
/// reproduce every printed percentage. The seed's "Chinese" row (3 boys) is within "Asian or Asian British" in the YJB
/// groups; its "Other" row is empty. The population counts are invented to give the printed 48.5 % / 51.5 % split; the
/// population by ethnicity group is invented for the relative rate index tests.
/// </summary>
internal static class SouthTeesCaseloadFixture
{
    internal static readonly PopulationEstimate Population = new(2020, 9700, 10300,
    [
        new(EthnicityGroup.White, 18000),
        new(EthnicityGroup.Mixed, 500),
        new(EthnicityGroup.AsianOrAsianBritish, 1000),
        new(EthnicityGroup.BlackOrBlackBritish, 300),
        new(EthnicityGroup.OtherEthnicGroup, 200),
    ]);

    internal static CaseloadProfile Build()
    {
        var girls = Children("F", Sex.Female, 24,
            Repeat((EthnicityGroup.White, 22), (EthnicityGroup.InformationNotObtainable, 2)),
            Repeat((AgeBand.Aged10To13, 7), (AgeBand.Aged14, 5), (AgeBand.Aged15, 6), (AgeBand.Aged16, 3), (AgeBand.Aged17AndOver, 3)),
            Repeat((CareStatus.LookedAfter, 7), (CareStatus.None, 17)));
        var boys = Children("M", Sex.Male, 189,
            Repeat((EthnicityGroup.AsianOrAsianBritish, 4 + 3), (EthnicityGroup.BlackOrBlackBritish, 3), (EthnicityGroup.Mixed, 10), (EthnicityGroup.InformationNotObtainable, 5), (EthnicityGroup.White, 164)),
            Repeat((AgeBand.Aged10To13, 34), (AgeBand.Aged14, 27), (AgeBand.Aged15, 28), (AgeBand.Aged16, 42), (AgeBand.Aged17AndOver, 58)),
            Repeat((CareStatus.LookedAfter, 26), (CareStatus.ChildInNeed, 10), (CareStatus.None, 153)));
        return new CaseloadProfile(girls.Concat(boys), Population);
    }

    private static IEnumerable<CaseloadEntry> Children(string prefix, Sex sex, int count, IReadOnlyList<EthnicityGroup> ethnicity, IReadOnlyList<AgeBand> ages, IReadOnlyList<CareStatus> care)
        => Enumerable.Range(0, count).Select(i => new CaseloadEntry(
            new ChildId(prefix + i.ToString("D3", CultureInfo.InvariantCulture)), sex, ethnicity[i], ages[(i * 5) % count], care[(i * 13) % count]));

    private static IReadOnlyList<T> Repeat<T>(params (T Value, int Times)[] runs) => runs.SelectMany(r => Enumerable.Repeat(r.Value, r.Times)).ToArray();
}
