using CsCheck;
using YouthJustice.Kpi.Disclosure;

namespace YouthJustice.Kpi.Tests.Disclosure;

public class DisclosureControlTest
{
    private static DisclosureTable SplitTable(long a, long b, long c)
        => new DisclosureTable()
            .Add("total", a + b + c)
            .Add("a", a)
            .Add("b", b)
            .Add("c", c)
            .AddRelation("total", "a", "b", "c");

    [Fact]
    public void Count_of_4_is_hidden_and_5_is_shown()
    {
        var cells = DisclosureControl.Apply(new DisclosureTable().Add("four", 4).Add("five", 5), DisclosurePolicy.Default);

        cells.Single(c => c.Key == "four").Should().BeEquivalentTo(new { Published = (long?)null, Reason = SuppressionReason.Primary, Display = "~" });
        cells.Single(c => c.Key == "five").Should().BeEquivalentTo(new { Published = (long?)5, Reason = SuppressionReason.None, Display = "5" });
    }

    [Fact]
    public void Zero_is_shown_by_default()
        => DisclosureControl.Apply(new DisclosureTable().Add("zero", 0), DisclosurePolicy.Default).Single().Display.Should().Be("0");

    [Fact]
    public void A_single_hidden_split_forces_a_second_so_it_cannot_be_recovered_from_the_total()
    {
        var cells = DisclosureControl.Apply(SplitTable(3, 10, 20), DisclosurePolicy.Default).ToDictionary(c => c.Key);

        cells["a"].Reason.Should().Be(SuppressionReason.Primary);
        cells["b"].Reason.Should().Be(SuppressionReason.Secondary); // the smallest shown part
        cells["c"].Reason.Should().Be(SuppressionReason.None);
        cells["total"].Published.Should().Be(33);
    }

    [Fact]
    public void Two_hidden_splits_need_no_secondary_suppression()
    {
        var cells = DisclosureControl.Apply(SplitTable(3, 2, 20), DisclosurePolicy.Default);

        cells.Count(c => c.Reason == SuppressionReason.Secondary).Should().Be(0);
        cells.Count(c => c.Reason == SuppressionReason.Primary).Should().Be(2);
    }

    [Fact]
    public void A_hidden_total_forces_a_part_to_be_hidden()
    {
        var table = new DisclosureTable().Add("total", 4).Add("a", 0).Add("b", 4).AddRelation("total", "a", "b");

        var cells = DisclosureControl.Apply(table, DisclosurePolicy.Default).ToDictionary(c => c.Key);

        cells["total"].Reason.Should().Be(SuppressionReason.Primary);
        cells["b"].Reason.Should().Be(SuppressionReason.Primary);
        cells["a"].Reason.Should().Be(SuppressionReason.None);
    }

    [Fact]
    public void Shown_counts_are_rounded_to_the_base_when_asked()
    {
        var policy = new DisclosurePolicy(threshold: 5, roundingBase: 10, marker: "~", suppressZeros: false);

        policy.Round(14).Should().Be(10);
        policy.Round(15).Should().Be(20);
        policy.Round(25).Should().Be(30);
    }

    [Fact]
    public void Relation_that_does_not_add_up_is_rejected()
    {
        var act = () => new DisclosureTable().Add("total", 10).Add("a", 3).AddRelation("total", "a");

        act.Should().Throw<ArgumentException>().WithMessage("The parts sum to 3, but the total 'total' is 10*");
    }

    [Fact]
    public void No_relation_is_ever_left_with_exactly_one_hidden_cell()
    {
        long withHidden = 0;
        Gen.Select(Gen.Long[0, 12], Gen.Long[0, 12], Gen.Long[0, 12]).Sample((a, b, c) =>
        {
            var cells = DisclosureControl.Apply(SplitTable(a, b, c), DisclosurePolicy.Default);
            var hidden = cells.Count(x => x.Published is null);
            hidden.Should().NotBe(1);
            cells.Where(x => x.TrueCount is > 0 and < 5).All(x => x.Published == null).Should().BeTrue();
            System.Threading.Interlocked.Add(ref withHidden, hidden > 0 ? 1 : 0);
        });

        // Guard: tables with no hidden cell cannot leave exactly one hidden.
        withHidden.Should().BeGreaterThanOrEqualTo(20);
    }
}
