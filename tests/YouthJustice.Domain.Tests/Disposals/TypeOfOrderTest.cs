namespace YouthJustice.Domain.Tests.Disposals;

public class TypeOfOrderTest
{
    [Fact]
    public void Every_name_and_label_round_trips()
        => EnumAssert.RoundTrips(TypeOfOrder.Parse, t => t.YjbLabel, "typeOfOrder");

    [Theory]
    [InlineData("NonSubstantiveOutOfCourtDisposal", "Non-substantive out of court disposals with YJS intervention", "ns_", true, 7)]
    [InlineData("YouthCaution", "Youth Cautions with YJS intervention", "yjs_", true, 6)]
    [InlineData("YouthConditionalCaution", "Youth Conditional Cautions", "ycc_", true, 5)]
    [InlineData("ReferralOrder", "Referral Orders", "ro_", false, 3)]
    [InlineData("YouthRehabilitationOrder", "Youth Rehabilitation Orders", "yro_", false, 2)]
    [InlineData("CustodialSentence", "Custodial sentences", "cust_", false, 1)]
    public void Each_type_has_the_yjb_label_prefix_and_rank(string name, string label, string prefix, bool outOfCourt, int rank)
    {
        var type = TypeOfOrder.FromName(name);

        type.YjbLabel.Should().Be(label);
        type.YjafColumnPrefix.Should().Be(prefix);
        type.IsOutOfCourt.Should().Be(outOfCourt);
        type.DedupSeriousnessRank.Should().Be(rank);
    }

    [Fact]
    public void There_are_exactly_six_types()
        => TypeOfOrder.List.Select(t => t.Name).Should().BeEquivalentTo(
            "NonSubstantiveOutOfCourtDisposal", "YouthCaution", "YouthConditionalCaution", "ReferralOrder", "YouthRehabilitationOrder", "CustodialSentence");
}
