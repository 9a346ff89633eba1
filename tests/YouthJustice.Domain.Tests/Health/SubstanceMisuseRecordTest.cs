using YouthJustice.Domain.Health;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Health;

public class SubstanceMisuseRecordTest
{
    [Fact]
    public void Every_intervention_name_and_yjb_code_round_trips()
        => EnumAssert.RoundTrips(SubstanceMisuseIntervention.Parse, i => i.YjbCode, "intervention");

    [Theory]
    [InlineData("TARGETED_INTERVENTION", "TargetedIntervention", true)]
    [InlineData("SPECIALIST_SUBSTANCE_MISUSE_TREATMENT", "SpecialistSubstanceMisuseTreatment", true)]
    [InlineData("COMPLEX_CARE", "ComplexCare", true)]
    [InlineData("NO_INTERVENTION", "NoIntervention", false)]
    public void Interventions(string code, string name, bool isIntervention)
    {
        var value = SubstanceMisuseIntervention.Parse(code).AsT0;

        value.Name.Should().Be(name);
        value.IsIntervention.Should().Be(isIntervention);
    }

    [Fact]
    public void Record_with_no_dates_is_allowed_and_bad_attendance_refused()
    {
        var empty = new SubstanceMisuseRecord(null, null, null, null, null, SubstanceMisuseIntervention.NoIntervention);
        var act = () => new SubstanceMisuseRecord(null, null, null, D("2023-05-20"), D("2023-05-19"), null);

        empty.Screened.Should().BeNull();
        act.Should().Throw<ArgumentException>().WithParameterName("attendedEnd");
    }
}
