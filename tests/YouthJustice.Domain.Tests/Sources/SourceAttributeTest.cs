using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Tests.Sources;

public class SourceAttributeTest
{
    [Fact]
    public void Citation_and_optional_details_are_kept()
    {
        var source = new SourceAttribute("Sentencing Act 2020 s.89")
        {
            Url = "https://www.legislation.gov.uk/ukpga/2020/17/section/89",
            EffectiveFrom = "2020-12-01",
            Confidence = Confidence.Medium,
        };

        source.Citation.Should().Be("Sentencing Act 2020 s.89");
        source.Url.Should().Be("https://www.legislation.gov.uk/ukpga/2020/17/section/89");
        source.EffectiveFrom.Should().Be("2020-12-01");
        source.Confidence.Should().Be(Confidence.Medium);
    }

    [Fact]
    public void Confidence_defaults_to_high()
        => new SourceAttribute("YJB KPI guidance").Confidence.Should().Be(Confidence.High);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_citation_is_rejected(string citation)
    {
        var act = () => new SourceAttribute(citation);

        act.Should().Throw<ArgumentException>().WithParameterName("citation");
    }
}
