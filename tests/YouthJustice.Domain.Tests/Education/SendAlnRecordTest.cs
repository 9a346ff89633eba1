using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Education;

public class SendAlnRecordTest
{
    [Fact]
    public void Record_keeps_its_flags_and_normalises_dates()
    {
        var record = new SendAlnRecord(D("2021-01-01"), D("1900-01-01"), true, false);

        record.Start.Should().Be(D("2021-01-01"));
        record.End.Should().BeNull();
        record.Identified.Should().BeTrue();
        record.FormalPlan.Should().BeFalse();
    }

    [Fact]
    public void End_before_start_is_refused()
    {
        var act = () => new SendAlnRecord(D("2021-01-02"), D("2021-01-01"), true, true);

        act.Should().Throw<ArgumentException>().WithParameterName("end");
    }
}
