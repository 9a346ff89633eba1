using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Time;

public class NoDateTest
{
    [Fact]
    public void Sentinel_is_1_january_1900()
    {
        NoDate.Sentinel.Should().Be(new LocalDate(1900, 1, 1));
        NoDate.IsSentinel(D("1900-01-01")).Should().BeTrue();
        NoDate.IsSentinel(D("1900-01-02")).Should().BeFalse();
    }

    [Fact]
    public void Sentinel_normalises_to_null_and_other_dates_are_kept()
    {
        NoDate.Normalize(D("1900-01-01")).Should().BeNull();
        NoDate.Normalize(null).Should().BeNull();
        NoDate.Normalize(D("1899-12-31")).Should().Be(D("1899-12-31"));
        NoDate.Normalize(D("2024-04-01")).Should().Be(D("2024-04-01"));
    }
}
