namespace YouthJustice.Domain.Tests.Cases;

public class SuitabilityTest
{
    [Fact]
    public void Every_name_and_yjb_code_round_trips()
        => EnumAssert.RoundTrips(Suitability.Parse, s => s.YjbCode, "suitability");

    [Theory]
    [InlineData("Suitable", true)]
    [InlineData("Unsuitable", false)]
    [InlineData("Unknown", false)]
    public void Only_suitable_counts_as_suitable(string name, bool counts)
        => Suitability.FromName(name).CountsAsSuitable.Should().Be(counts);
}
