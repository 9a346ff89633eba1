using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Children;

public class CareStatusTest
{
    [Fact]
    public void Every_name_round_trips()
        => EnumAssert.RoundTrips(CareStatus.Parse, _ => null, "status");

    [Theory]
    [InlineData("LookedAfter", true)]
    [InlineData("ChildProtectionPlan", true)]
    [InlineData("ChildInNeed", true)]
    [InlineData("EarlyHelp", true)]
    [InlineData("EarlyHelpReferral", false)]
    [InlineData("CareLeaver", false)]
    [InlineData("None", false)]
    public void Four_statuses_count_for_wider_services(string name, bool counts)
        => CareStatus.FromName(name).CountsForWiderServices.Should().Be(counts);

    [Fact]
    public void Period_normalises_the_sentinel_to_open()
    {
        var period = new CareStatusPeriod(CareStatus.ChildInNeed, D("1900-01-01"), D("1900-01-01"));

        period.Start.Should().BeNull();
        period.End.Should().BeNull();
    }

    [Fact]
    public void Period_ending_before_it_starts_is_refused_and_one_day_period_is_allowed()
    {
        var act = () => new CareStatusPeriod(CareStatus.ChildInNeed, D("2024-01-02"), D("2024-01-01"));

        act.Should().Throw<ArgumentException>().WithParameterName("end")
            .WithMessage("The end 2024-01-01 is before the start 2024-01-02.*");
        new CareStatusPeriod(CareStatus.ChildInNeed, D("2024-01-01"), D("2024-01-01")).End.Should().Be(D("2024-01-01"));
    }

    [Fact]
    public void Period_needs_a_status()
    {
        var act = () => new CareStatusPeriod(null!, null, null);

        act.Should().Throw<ArgumentNullException>().WithParameterName("status");
    }
}
