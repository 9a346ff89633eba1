namespace YouthJustice.Interchange.Tests.Diagnostics;

public class ReadSummaryTest
{
    [Fact]
    public void An_item_count_whose_parts_do_not_add_up_is_refused()
    {
        var create = () => new ItemCount(InputItemKind.Child, 5, 3, new Dictionary<string, int> { ["IX-FIELD-001"] = 1 });

        create.Should().Throw<ArgumentException>().WithMessage("children: 5 seen but 3 accepted + 1 rejected.*");
    }

    [Fact]
    public void A_zero_rejection_count_is_refused()
    {
        var create = () => new ItemCount(InputItemKind.Child, 3, 3, new Dictionary<string, int> { ["IX-FIELD-001"] = 0 });

        create.Should().Throw<ArgumentException>().WithParameterName("rejectedByCode");
    }

    [Fact]
    public void An_item_count_reads_as_a_line()
        => new ItemCount(InputItemKind.Ete, 12, 10, new Dictionary<string, int> { ["IX-FIELD-004"] = 1, ["DQ-001"] = 1 })
            .ToString().Should().Be("ete: 12 read, 10 accepted, 2 rejected (DQ-001: 1, IX-FIELD-004: 1)");

    [Fact]
    public void The_summary_has_one_count_per_kind_in_kind_order()
    {
        var summary = new ReadSummary([new ItemCount(InputItemKind.Victim, 2, 2, new Dictionary<string, int>())], 0, 0);

        summary.Items.Should().HaveCount(InputItemKind.List.Count);
        summary.Items[0].Kind.Should().Be(InputItemKind.Child);
        summary.For(InputItemKind.Victim).Accepted.Should().Be(2);
        summary.For(InputItemKind.Child).Seen.Should().Be(0);
    }

    [Fact]
    public void The_summary_totals_add_up_across_kinds()
    {
        var summary = new ReadSummary(
            [
                new ItemCount(InputItemKind.Child, 4, 3, new Dictionary<string, int> { ["IX-FIELD-005"] = 1 }),
                new ItemCount(InputItemKind.Offence, 6, 4, new Dictionary<string, int> { ["IX-ITEM-001"] = 1, ["IX-FIELD-005"] = 1 }),
            ],
            3,
            1);

        summary.Seen.Should().Be(10);
        summary.Accepted.Should().Be(7);
        summary.Rejected.Should().Be(3);
        summary.RejectedByCode.Should().Equal(new Dictionary<string, int> { ["IX-FIELD-005"] = 2, ["IX-ITEM-001"] = 1 });
        summary.Errors.Should().Be(3);
        summary.Warnings.Should().Be(1);
        summary.ToString().Should().Be(
            "children: 4 read, 3 accepted, 1 rejected (IX-FIELD-005: 1)" + Environment.NewLine
            + "offences: 6 read, 4 accepted, 2 rejected (IX-FIELD-005: 1, IX-ITEM-001: 1)" + Environment.NewLine
            + "3 error(s), 1 warning(s)");
    }

    [Fact]
    public void A_kind_counted_twice_is_refused()
    {
        var count = new ItemCount(InputItemKind.Child, 0, 0, new Dictionary<string, int>());
        var create = () => new ReadSummary([count, count], 0, 0);

        create.Should().Throw<ArgumentException>().WithParameterName("items");
    }

    [Fact]
    public void Summaries_are_equal_by_value()
        => new ReadSummary([new ItemCount(InputItemKind.Child, 1, 1, new Dictionary<string, int>())], 0, 0)
            .Should().Be(new ReadSummary([new ItemCount(InputItemKind.Child, 1, 1, new Dictionary<string, int>())], 0, 0));
}
