using YouthJustice.Domain.Victims;

namespace YouthJustice.Domain.Tests.Victims;

public class VictimRecordTest
{
    [Fact]
    public void Record_keeps_every_flag()
    {
        var victim = new VictimRecord(new VictimId("V1"), [new OffenceId("O1")], true, true, true, true, false, null, false, true);

        victim.Id.Value.Should().Be("V1");
        victim.OffenceIds.Should().Equal(new OffenceId("O1"));
        victim.ConsentToContact.Should().BeTrue();
        victim.EngagedRestorativeJustice.Should().BeTrue();
        victim.ViewsSoughtBeforeDecision.Should().BeTrue();
        victim.ProgressRequested.Should().BeTrue();
        victim.ProgressProvided.Should().BeFalse();
        victim.SupportRequested.Should().BeNull();
        victim.SupportProvided.Should().BeFalse();
        victim.Contacted.Should().BeTrue();
    }

    [Fact]
    public void Equality_compares_flags_and_links()
    {
        var a = new VictimRecord(new VictimId("V1"), [new OffenceId("O1")], true, null, null, null, null, null, null, null);
        var b = new VictimRecord(new VictimId("V1"), [new OffenceId("O1")], true, null, null, null, null, null, null, null);
        var c = new VictimRecord(new VictimId("V1"), [new OffenceId("O1")], false, null, null, null, null, null, null, null);

        a.Should().Be(b);
        a.Should().NotBe(c);
    }

    [Fact]
    public void Offence_links_are_required()
    {
        var act = () => new VictimRecord(new VictimId("V1"), null!, null, null, null, null, null, null, null, null);

        act.Should().Throw<ArgumentNullException>().WithParameterName("offenceIds");
    }
}
