namespace YouthJustice.Domain.Tests.Education;

public class EteProvisionTest
{
    [Fact]
    public void Every_name_and_yjb_code_round_trips()
        => EnumAssert.RoundTrips(EteProvision.Parse, p => p.YjbCode, "provision");

    [Fact]
    public void School_age_above_school_age_and_none_hold_the_interchange_names()
    {
        EteProvision.List.Where(p => p.Stage == EteStage.SchoolAge).Select(p => p.Name).Should().BeEquivalentTo(
            "MainstreamSchool", "SchoolFullTime", "SchoolPartTime", "ElectivelyHomeEducated", "PupilReferralUnit",
            "AlternativeProvisionPruFullTime", "AlternativeProvisionPruPartTime", "AlternativeProvisionOtherFullTime", "AlternativeProvisionOtherPartTime");
        EteProvision.List.Where(p => p.Stage == EteStage.AboveSchoolAge).Select(p => p.Name).Should().BeEquivalentTo(
            "College", "AlternativeProvision", "EducationReengagementProgramme", "Traineeship", "Apprenticeship", "SupportedInternship",
            "MentoringCircle", "FullTimeEmployment", "PartTimeEmployment", "SelfEmployment", "VoluntaryWork", "University", "Other", "Employment");
        EteProvision.List.Where(p => p.Stage == EteStage.None).Should().Equal(EteProvision.None);
    }

    [Theory]
    [InlineData("MAINSTREAM_SCHOOL", "MainstreamSchool")]
    [InlineData("SCHOOL_FULL_TIME", "SchoolFullTime")]
    [InlineData("ALTERNATIVE_PROVISION_PRU_PART_TIME", "AlternativeProvisionPruPartTime")]
    [InlineData("NONE", "None")]
    public void Yjb_codes_are_read(string code, string name)
        => EteProvision.Parse(code).AsT0.Name.Should().Be(name);
}
