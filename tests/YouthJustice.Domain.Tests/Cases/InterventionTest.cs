using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Cases;

public class InterventionTest
{
    [Fact]
    public void Intervention_keeps_its_fields_and_normalises_an_open_end()
    {
        var intervention = new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-04-20"), D("1900-01-01"), [new OffenceId("O1")], null);

        intervention.Id.Value.Should().Be("I1");
        intervention.Disposal.Should().BeSameAs(Disposal.ReferralOrder);
        intervention.Start.Should().Be(D("2023-04-20"));
        intervention.End.Should().BeNull();
        intervention.Interval.Should().BeNull();
        intervention.OffenceIds.Should().Equal(new OffenceId("O1"));
        intervention.CompletedSuccessfully.Should().BeNull();
    }

    [Fact]
    public void End_before_start_is_refused_and_a_one_day_intervention_allowed()
    {
        var act = () => new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-04-20"), D("2023-04-19"), [], true);

        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("The end 2023-04-19 is before the start 2023-04-20.*");
        var oneDay = new Intervention(new InterventionId("I1"), Disposal.CommunityResolution, D("2023-04-20"), D("2023-04-20"), [], true);
        oneDay.Interval!.Length.Should().Be(1);
    }

    [Fact]
    public void Sentinel_start_is_refused()
    {
        var act = () => new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, new LocalDate(1900, 1, 1), null, [], null);

        act.Should().Throw<ArgumentException>().WithParameterName("start");
    }

    [Fact]
    public void Equal_fields_and_links_make_equal_interventions()
    {
        var a = new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-04-20"), D("2023-10-19"), [new OffenceId("O1")], true);
        var b = new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-04-20"), D("2023-10-19"), [new OffenceId("O1")], true);
        var c = new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-04-20"), D("2023-10-19"), [new OffenceId("O2")], true);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
    }
}
