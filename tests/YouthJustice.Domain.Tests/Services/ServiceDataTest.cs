using YouthJustice.Domain.Services;

namespace YouthJustice.Domain.Tests.Services;

public class ServiceDataTest
{
    private static ChildCase Child(string id) => new(new ChildId(id), null, Sex.NotKnown, Ethnicity.NotKnown);

    [Fact]
    public void Service_holds_its_data_and_finds_a_population_by_year()
    {
        var attendance = new BoardAttendance(new ReportingQuarter(2024, 1), BoardSector.Police, true, false, false);
        var service = new ServiceData(
            new ServiceCode("YJS01"), "Example Youth Justice Service",
            [new PopulationEstimate(2022, 24000), new PopulationEstimate(2023, 24100)], [attendance], [Child("C001")]);

        service.Code.Value.Should().Be("YJS01");
        service.PopulationFor(2023)!.Aged10To17.Should().Be(24100);
        service.PopulationFor(2021).Should().BeNull();
        service.BoardAttendance.Should().Equal(attendance);
        service.Children.Should().HaveCount(1);
    }

    [Fact]
    public void Two_estimates_for_a_year_or_two_children_with_an_id_are_refused()
    {
        var years = () => new ServiceData(new ServiceCode("YJS01"), "X", [new PopulationEstimate(2023, 1), new PopulationEstimate(2023, 2)], [], []);
        var children = () => new ServiceData(new ServiceCode("YJS01"), "X", [], [], [Child("C001"), Child("C001")]);
        var blank = () => new ServiceData(new ServiceCode("YJS01"), " ", [], [], []);

        years.Should().Throw<ArgumentException>().WithParameterName("populations").WithMessage("There is more than one population estimate for 2023.*");
        children.Should().Throw<ArgumentException>().WithParameterName("children").WithMessage("Child id 'C001' is used more than once.*");
        blank.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Population_must_be_zero_or_more()
    {
        var negative = () => new PopulationEstimate(2023, -1);
        var year = () => new PopulationEstimate(1899, 1);

        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("aged10To17");
        year.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        new PopulationEstimate(2023, 0).Aged10To17.Should().Be(0);
    }

    [Fact]
    public void Service_code_follows_the_identifier_rule()
    {
        ServiceCode.Parse("YJS01").AsT0.Value.Should().Be("YJS01");
        ServiceCode.Parse(" YJS01").AsT1.Field.Should().Be("code");
    }
}
