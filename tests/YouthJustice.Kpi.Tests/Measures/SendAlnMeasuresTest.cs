using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 3's catalogue is written out id by id (so that every id can be searched for); these check that it covers every
/// ethnicity group, both KPI age bands and every sex once, and that each written id names the value its measure reads.
/// </summary>
public class SendAlnMeasuresTest
{
    private static readonly SendAlnMeasure[] All = SendAlnMeasures.All;

    private static SendAlnMeasure[] Of(SendAlnRule rule) => All.Where(m => m.Rule == rule).ToArray();

    [Fact]
    public void Ids_are_unique_in_the_kpi3_namespace_and_the_kpi_publishes_them_in_catalogue_order()
    {
        All.Should().HaveCount(4 + EthnicityGroup.List.Count + 2 + Sex.List.Count);
        All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("kpi3.", System.StringComparison.Ordinal));
        All.Take(4).Select(m => m.Rule).Should().Equal(SendAlnRule.Headline, SendAlnRule.Identified, SendAlnRule.SuitableEteAtEnd, SendAlnRule.UnsuitableEteAtEnd);
        new SendAlnKpi().Measures.Select(m => (m.Id, m.Title)).Should().Equal(All.Select(m => (m.Id, m.Title)));
    }

    [Fact]
    public void Every_ethnicity_group_and_sex_once_by_value_with_not_known_last()
    {
        Of(SendAlnRule.IdentifiedByEthnicity).Select(m => m.Group).Should().Equal(EthnicityGroup.List.OrderBy(g => g.Value == 0 ? int.MaxValue : g.Value));
        Of(SendAlnRule.IdentifiedBySex).Select(m => m.Sex).Should().Equal(Sex.List.OrderBy(s => s.Value == 0 ? int.MaxValue : s.Value));
        Of(SendAlnRule.IdentifiedByEthnicity).Should().OnlyContain(m => m.Id == "kpi3.identifiedByEthnicity." + m.Group!.Name);
        Of(SendAlnRule.IdentifiedBySex).Should().OnlyContain(m => m.Id == "kpi3.identifiedBySex." + m.Sex!.Name);
        SendAlnKpi.EthnicityGroups.Should().Equal(Of(SendAlnRule.IdentifiedByEthnicity).Select(m => m.Group!));
        SendAlnKpi.Sexes.Should().Equal(Of(SendAlnRule.IdentifiedBySex).Select(m => m.Sex!));
    }

    [Fact]
    public void Both_kpi_age_bands_once()
    {
        Of(SendAlnRule.IdentifiedByAge).Select(m => m.Band).Should().Equal(AgeBand.Aged10To14, AgeBand.Aged15To17);
        Of(SendAlnRule.IdentifiedByAge).Should().OnlyContain(m => m.Id == "kpi3.identifiedByAge." + m.Band!.Name);
        SendAlnKpi.AgeBands.Should().Equal(AgeBand.Aged10To14, AgeBand.Aged15To17);
    }
}
