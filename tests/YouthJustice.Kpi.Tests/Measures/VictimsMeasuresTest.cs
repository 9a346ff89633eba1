using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 10's catalogue is written out id by id (so that every id can be searched for); these check that it declares
/// every rule once, in the order of the sub-measure letters, and that each written id names its rule.
/// </summary>
public class VictimsMeasuresTest
{
    private static readonly VictimsMeasure[] All = VictimsMeasures.All;

    [Fact]
    public void Ids_are_unique_in_the_kpi10_namespace_and_the_kpi_publishes_them_in_catalogue_order()
    {
        All.Should().HaveCount(Enum.GetValues<VictimsRule>().Length);
        All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("kpi10.", StringComparison.Ordinal));
        new VictimsKpi().Measures.Select(m => (m.Id, m.Title, m.Unit)).Should().Equal(All.Select(m => (m.Id, m.Title, m.Unit)));
    }

    [Fact]
    public void Every_rule_once_in_letter_order_and_each_id_names_its_rule()
    {
        All.Select(m => m.Rule).Should().Equal(Enum.GetValues<VictimsRule>());
        All[0].Id.Should().Be("kpi10.headline");
        for (var i = 1; i < All.Length; i++)
        {
            var name = All[i].Rule.ToString();
            All[i].Id.Should().Be($"kpi10.10{(char)('a' + i - 1)}.{char.ToLowerInvariant(name[0])}{name[1..]}");
        }
    }

    [Fact]
    public void Only_the_total_is_a_count_only_10b_counts_children_and_only_10c_counts_processes()
    {
        All.Where(m => m.Unit == MeasureUnit.Count).Select(m => m.Rule).Should().Equal(VictimsRule.TotalVictims);
        All.Where(m => m.PerChild).Select(m => m.Rule).Should().Equal(VictimsRule.ChildrenWithVictim);
        All.Where(m => m.PerProcess).Select(m => m.Rule).Should().Equal(VictimsRule.RestorativeJusticeProcesses);
    }
}
