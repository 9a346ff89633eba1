using YouthJustice.Domain.Services;

namespace YouthJustice.Domain.Tests.Services;

public class BoardSectorTest
{
    [Fact]
    public void Every_name_round_trips()
        => EnumAssert.RoundTrips(BoardSector.Parse, _ => null, "sector");

    [Theory]
    [InlineData("ChildrensSocialCare", true)]
    [InlineData("Education", true)]
    [InlineData("Police", true)]
    [InlineData("Probation", true)]
    [InlineData("Health", true)]
    [InlineData("Other", false)]
    public void Five_sectors_are_statutory(string name, bool statutory)
        => BoardSector.FromName(name).IsStatutory.Should().Be(statutory);

    [Fact]
    public void Attendance_needs_a_sector()
    {
        var act = () => new BoardAttendance(new ReportingQuarter(2024, 1), null!, true, false, false);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Sector");
        BoardSector.StatutorySectorCount.Should().Be(5);
    }
}
