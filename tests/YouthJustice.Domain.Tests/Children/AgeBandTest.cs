namespace YouthJustice.Domain.Tests.Children;

public class AgeBandTest
{
    [Fact]
    public void Every_name_and_label_round_trips()
        => EnumAssert.RoundTrips(AgeBand.Parse, b => b.Label, "ageBand");

    [Theory]
    [InlineData(9, null)]
    [InlineData(10, "10-14")]
    [InlineData(14, "10-14")]
    [InlineData(15, "15-17")]
    [InlineData(17, "15-17")]
    [InlineData(18, null)]
    public void Kpi_demographic_bands(int years, string? label)
        => (AgeBandScheme.KpiDemographics.BandFor(new Age(years))?.Label).Should().Be(label);

    [Theory]
    [InlineData(9, null)]
    [InlineData(10, "10-15")]
    [InlineData(15, "10-15")]
    [InlineData(16, "16-17")]
    [InlineData(17, "16-17")]
    [InlineData(18, null)]
    public void Serious_violence_template_bands(int years, string? label)
        => (AgeBandScheme.SeriousViolenceTemplate.BandFor(new Age(years))?.Label).Should().Be(label);

    [Theory]
    [InlineData(9, null)]
    [InlineData(10, "10-13")]
    [InlineData(13, "10-13")]
    [InlineData(14, "14")]
    [InlineData(15, "15")]
    [InlineData(16, "16")]
    [InlineData(17, "17+")]
    [InlineData(18, "17+")]
    public void Caseload_profile_bands(int years, string? label)
        => (AgeBandScheme.CaseloadProfile.BandFor(new Age(years))?.Label).Should().Be(label);

    [Fact]
    public void Bands_outside_a_scheme_give_null()
    {
        AgeBandScheme.KpiDemographics.BandFor(new Age(18)).Should().BeNull();
        AgeBandScheme.CaseloadProfile.BandFor(new Age(9)).Should().BeNull();
        AgeBandScheme.CaseloadProfile.Bands.Should().HaveCount(5);
    }
}
