namespace YouthJustice.Domain.Tests.Disposals;

public class LegalOutcomeGroupTest
{
    [Fact]
    public void Every_name_and_label_round_trips()
        => EnumAssert.RoundTrips(LegalOutcomeGroup.Parse, g => g.YjbLabel, "legalOutcomeGroup");

    [Theory]
    [InlineData("Diversion", false)]
    [InlineData("PreCourt", true)]
    [InlineData("FirstTier", true)]
    [InlineData("Community", true)]
    [InlineData("Custody", true)]
    [InlineData("Ancillary", false)]
    [InlineData("None", false)]
    public void Cautions_and_sentences_are_the_four_statistical_groups(string name, bool cautionOrSentence)
        => LegalOutcomeGroup.FromName(name).IsCautionOrSentence.Should().Be(cautionOrSentence);

    [Theory]
    [InlineData("OutOfCourt", false)]
    [InlineData("Court", true)]
    [InlineData("CrownCourt", true)]
    public void Court_venues(string name, bool court)
        => DisposalVenue.FromName(name).IsCourt.Should().Be(court);
}
