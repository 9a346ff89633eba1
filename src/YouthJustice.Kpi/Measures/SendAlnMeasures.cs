using YouthJustice.Domain.Children;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 3, in return order: every measure the YJB pipeline and template name (kpi-rules §2.3, S24–S25),
/// each id written out so that it can be searched for. <c>SendAlnMeasuresTest</c> checks that the catalogue covers every
/// ethnicity group and sex and both KPI age bands once, and that each written id names the value its measure reads.
/// </summary>
internal static class SendAlnMeasures
{
    /// <summary>Every KPI 3 measure, in return order.</summary>
    public static readonly SendAlnMeasure[] All =
    [
        new("kpi3.headline", KpiArea.SendAln.HeadlineLabel, SendAlnRule.Headline),
        new("kpi3.identified", "Children with an identified SEND/ALN need at the end of their order, of all children with an order ending", SendAlnRule.Identified),
        new("kpi3.suitableEteAtEnd", "Children with an identified SEND/ALN need in suitable ETE at the end of their order, of those with an identified need", SendAlnRule.SuitableEteAtEnd),
        new("kpi3.unsuitableEteAtEnd", "Children with an identified SEND/ALN need in unsuitable ETE at the end of their order, of those with an identified need", SendAlnRule.UnsuitableEteAtEnd),

        // "Information not obtainable" (value 0) last.
        ByEthnicity("kpi3.identifiedByEthnicity.White", EthnicityGroup.White),
        ByEthnicity("kpi3.identifiedByEthnicity.Mixed", EthnicityGroup.Mixed),
        ByEthnicity("kpi3.identifiedByEthnicity.AsianOrAsianBritish", EthnicityGroup.AsianOrAsianBritish),
        ByEthnicity("kpi3.identifiedByEthnicity.BlackOrBlackBritish", EthnicityGroup.BlackOrBlackBritish),
        ByEthnicity("kpi3.identifiedByEthnicity.OtherEthnicGroup", EthnicityGroup.OtherEthnicGroup),
        ByEthnicity("kpi3.identifiedByEthnicity.InformationNotObtainable", EthnicityGroup.InformationNotObtainable),

        ByAge("kpi3.identifiedByAge.Aged10To14", AgeBand.Aged10To14),
        ByAge("kpi3.identifiedByAge.Aged15To17", AgeBand.Aged15To17),

        // "Not known" (value 0) last.
        BySex("kpi3.identifiedBySex.Male", Sex.Male),
        BySex("kpi3.identifiedBySex.Female", Sex.Female),
        BySex("kpi3.identifiedBySex.NotKnown", Sex.NotKnown),
    ];

    private static SendAlnMeasure ByEthnicity(string id, EthnicityGroup group)
        => new(id, $"Children with an identified SEND/ALN need, of children with an order ending in the ethnicity group: {group.YjbLabel}", SendAlnRule.IdentifiedByEthnicity) { Group = group };

    private static SendAlnMeasure ByAge(string id, AgeBand band)
        => new(id, $"Children with an identified SEND/ALN need, of children with an order ending aged {band.Label} at its start", SendAlnRule.IdentifiedByAge) { Band = band };

    private static SendAlnMeasure BySex(string id, Sex sex)
        => new(id, $"Children with an identified SEND/ALN need, of children with an order ending of sex: {sex.Name}", SendAlnRule.IdentifiedBySex) { Sex = sex };

    /// <summary>The position of the one measure of <paramref name="rule"/>.</summary>
    /// <param name="rule">What it counts.</param>
    /// <returns>The measure's local number.</returns>
    internal static int IndexOf(SendAlnRule rule) => MeasureCatalogue.IndexOf(All, m => m.Rule == rule);

    /// <summary>The positions of every measure of <paramref name="rule"/>, in return order.</summary>
    /// <param name="rule">What they count.</param>
    /// <returns>Their local numbers.</returns>
    internal static int[] IndicesOf(SendAlnRule rule) => MeasureCatalogue.IndicesOf(All, m => m.Rule == rule);
}
