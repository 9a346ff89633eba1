using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Education;

public class EtePeriodTest
{
    [Fact]
    public void Period_keeps_its_fields()
    {
        var period = new EtePeriod(D("2022-09-01"), D("1900-01-01"), EteProvision.MainstreamSchool, Suitability.Suitable, 25m, 20.5m);

        period.Start.Should().Be(D("2022-09-01"));
        period.End.Should().BeNull();
        period.Provision.Should().BeSameAs(EteProvision.MainstreamSchool);
        period.HoursOffered.Should().Be(25m);
        period.HoursAttended.Should().Be(20.5m);
    }

    [Theory]
    [InlineData(-0.5, null, "hoursOffered")]
    [InlineData(168.5, null, "hoursOffered")]
    [InlineData(null, -1.0, "hoursAttended")]
    [InlineData(null, 169.0, "hoursAttended")]
    public void Hours_outside_0_to_168_are_refused(double? offered, double? attended, string parameter)
    {
        var act = () => new EtePeriod(null, null, EteProvision.College, null, (decimal?)offered, (decimal?)attended);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Zero_and_168_hours_are_allowed_and_hours_may_be_missing()
    {
        var period = new EtePeriod(null, null, EteProvision.College, null, 0m, 168m);
        var none = new EtePeriod(null, null, EteProvision.None, null, null, null);

        period.HoursOffered.Should().Be(0m);
        period.HoursAttended.Should().Be(168m);
        none.HoursOffered.Should().BeNull();
    }

    [Fact]
    public void End_before_start_is_refused()
    {
        var act = () => new EtePeriod(D("2024-01-02"), D("2024-01-01"), EteProvision.College, null, null, null);

        act.Should().Throw<ArgumentException>().WithParameterName("end");
    }
}
