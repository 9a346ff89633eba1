using YouthJustice.Domain.Health;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Health;

public class MentalHealthRecordTest
{
    [Fact]
    public void Every_intervention_name_and_yjb_code_round_trips()
        => EnumAssert.RoundTrips(MentalHealthIntervention.Parse, i => i.YjbCode, "intervention");

    [Theory]
    [InlineData("GETTING_ADVICE", "GettingAdvice", true)]
    [InlineData("GETTING_HELP", "GettingHelp", true)]
    [InlineData("GETTING_ADDITIONAL_HELP", "GettingAdditionalHelp", true)]
    [InlineData("GETTING_RISK_SUPPORT", "GettingRiskSupport", true)]
    [InlineData("NO_INTERVENTION", "NoIntervention", false)]
    public void Interventions(string code, string name, bool isIntervention)
    {
        var value = MentalHealthIntervention.Parse(code).AsT0;

        value.Name.Should().Be(name);
        value.IsIntervention.Should().Be(isIntervention);
    }

    [Fact]
    public void Record_normalises_every_sentinel()
    {
        var record = new MentalHealthRecord(D("2023-05-01"), D("1900-01-01"), D("2023-05-10"), D("2023-05-20"), D("1900-01-01"), MentalHealthIntervention.GettingHelp);

        record.Screened.Should().Be(D("2023-05-01"));
        record.Referred.Should().BeNull();
        record.Offered.Should().Be(D("2023-05-10"));
        record.AttendedStart.Should().Be(D("2023-05-20"));
        record.AttendedEnd.Should().BeNull();
        record.Intervention.Should().BeSameAs(MentalHealthIntervention.GettingHelp);
    }

    [Fact]
    public void Attendance_ending_before_it_started_is_refused()
    {
        var act = () => new MentalHealthRecord(null, null, null, D("2023-05-20"), D("2023-05-19"), null);

        act.Should().Throw<ArgumentException>().WithParameterName("attendedEnd")
            .WithMessage("The attendedEnd 2023-05-19 is before the attendedStart 2023-05-20.*");
    }
}
