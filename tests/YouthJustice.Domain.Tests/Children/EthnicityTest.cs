namespace YouthJustice.Domain.Tests.Children;

public class EthnicityTest
{
    [Fact]
    public void Every_name_round_trips()
        => EnumAssert.RoundTrips(Ethnicity.Parse, _ => null, "ethnicity");

    [Fact]
    public void Every_group_name_and_label_round_trips()
        => EnumAssert.RoundTrips(EthnicityGroup.Parse, g => g.YjbLabel, "ethnicityGroup");

    [Fact]
    public void There_are_the_19_ons_categories_and_not_known()
    {
        Ethnicity.List.Should().HaveCount(20);
        Ethnicity.List.Select(e => e.Name).Should().BeEquivalentTo(
            "WhiteBritish", "WhiteIrish", "WhiteGypsyOrIrishTraveller", "WhiteRoma", "WhiteOther",
            "WhiteAndBlackCaribbean", "WhiteAndBlackAfrican", "WhiteAndAsian", "MixedOther",
            "Indian", "Pakistani", "Bangladeshi", "Chinese", "AsianOther",
            "African", "Caribbean", "BlackOther", "Arab", "OtherEthnicGroup", "NotKnown");
    }

    [Theory]
    [InlineData("WhiteBritish", "White")]
    [InlineData("WhiteIrish", "White")]
    [InlineData("WhiteGypsyOrIrishTraveller", "White")]
    [InlineData("WhiteRoma", "White")]
    [InlineData("WhiteOther", "White")]
    [InlineData("WhiteAndBlackCaribbean", "Mixed")]
    [InlineData("WhiteAndBlackAfrican", "Mixed")]
    [InlineData("WhiteAndAsian", "Mixed")]
    [InlineData("MixedOther", "Mixed")]
    [InlineData("Indian", "AsianOrAsianBritish")]
    [InlineData("Pakistani", "AsianOrAsianBritish")]
    [InlineData("Bangladeshi", "AsianOrAsianBritish")]
    [InlineData("Chinese", "AsianOrAsianBritish")]
    [InlineData("AsianOther", "AsianOrAsianBritish")]
    [InlineData("African", "BlackOrBlackBritish")]
    [InlineData("Caribbean", "BlackOrBlackBritish")]
    [InlineData("BlackOther", "BlackOrBlackBritish")]
    [InlineData("Arab", "OtherEthnicGroup")]
    [InlineData("OtherEthnicGroup", "OtherEthnicGroup")]
    [InlineData("NotKnown", "InformationNotObtainable")]
    public void Each_category_maps_to_its_yjb_group(string ethnicity, string group)
        => Ethnicity.FromName(ethnicity).Group.Name.Should().Be(group);

    [Fact]
    public void Group_labels_are_the_yjb_wording()
        => EthnicityGroup.List.OrderBy(g => g.Value).Select(g => g.YjbLabel).Should().Equal(
            "Information not obtainable", "White", "Mixed", "Asian or Asian British", "Black or Black British", "Other Ethnic Group");
}
