namespace YouthJustice.Interchange.Tests.Diagnostics;

public class ReadTallyTest
{
    [Fact]
    public void Items_of_an_accepted_parent_stay_as_they_were()
    {
        var child = new ReadTally();
        child.See(InputItemKind.Ete);
        child.Accept(InputItemKind.Ete);
        child.See(InputItemKind.Ete);
        child.Reject(InputItemKind.Ete, IssueCodes.OutOfRange);
        var all = new ReadTally();

        all.Merge(child, parentRejected: false);

        var count = all.ToSummary([]).For(InputItemKind.Ete);
        count.Seen.Should().Be(2);
        count.Accepted.Should().Be(1);
        count.RejectedByCode.Should().ContainSingle().Which.Key.Should().Be(IssueCodes.OutOfRange);
    }

    [Fact]
    public void Accepted_items_of_a_rejected_parent_become_parent_rejected()
    {
        var child = new ReadTally();
        child.See(InputItemKind.Ete);
        child.Accept(InputItemKind.Ete);
        child.See(InputItemKind.Ete);
        child.Reject(InputItemKind.Ete, IssueCodes.OutOfRange);
        var all = new ReadTally();

        all.Merge(child, parentRejected: true);

        var count = all.ToSummary([]).For(InputItemKind.Ete);
        count.Seen.Should().Be(2);
        count.Accepted.Should().Be(0);
        count.RejectedByCode[IssueCodes.ParentRejected].Should().Be(1);
        count.RejectedByCode[IssueCodes.OutOfRange].Should().Be(1);
    }

    [Fact]
    public void Rejecting_everything_accepted_keeps_the_totals()
    {
        var tally = new ReadTally();
        tally.See(InputItemKind.Child);
        tally.Accept(InputItemKind.Child);
        tally.See(InputItemKind.Population);
        tally.Accept(InputItemKind.Population);

        tally.RejectAllAccepted(IssueCodes.WrongSchema);

        var summary = tally.ToSummary([]);
        summary.Seen.Should().Be(2);
        summary.Accepted.Should().Be(0);
        summary.RejectedByCode[IssueCodes.WrongSchema].Should().Be(2);
    }
}
