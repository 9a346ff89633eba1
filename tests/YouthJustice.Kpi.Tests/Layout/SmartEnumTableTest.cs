using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.Tests.Layout;

/// <summary>The one lookup builder for SmartEnum-keyed tables: every member by its value, anything else as "otherwise".</summary>
public class SmartEnumTableTest
{
    [Fact]
    public void Each_member_reads_as_the_rule_gives_it()
    {
        var table = SmartEnumTable.Flags<AppealStatus>(a => a.IsOverturned);

        AppealStatus.List.Should().NotBeEmpty();
        foreach (var status in AppealStatus.List)
        {
            table[status.Value].Should().Be(status.IsOverturned, status.Name);
        }

        AppealStatus.List.Should().Contain(a => a.IsOverturned).And.Contain(a => !a.IsOverturned);
    }

    [Fact]
    public void A_value_that_is_no_member_reads_as_otherwise()
    {
        var table = SmartEnumTable.Of<Disposal, int>(d => d.Value * 10, -7);
        var largest = Disposal.List.Max(d => d.Value);

        table.Length.Should().Be(largest + 1);
        table[largest].Should().Be(largest * 10);
        table[largest + 1].Should().Be(-7);
        table[-1].Should().Be(-7);
        table[int.MaxValue].Should().Be(-7);
    }

    [Fact]
    public void Size_is_one_more_than_the_largest_value()
        => SmartEnumTable.Size<EteProvision>().Should().Be(EteProvision.List.Max(p => p.Value) + 1);

    [Fact]
    public void Ordered_lists_every_member_by_value_unless_given_a_rank()
    {
        SmartEnumTable.Ordered<EteProvision>().Select(p => p.Value).Should().BeInAscendingOrder()
            .And.HaveCount(EteProvision.List.Count);

        var noneLast = SmartEnumTable.Ordered<EteProvision>(p => p == EteProvision.None ? int.MaxValue : p.Value);
        noneLast.Should().HaveCount(EteProvision.List.Count);
        noneLast[^1].Should().Be(EteProvision.None);
        noneLast[0].Should().NotBe(EteProvision.None);
    }
}
