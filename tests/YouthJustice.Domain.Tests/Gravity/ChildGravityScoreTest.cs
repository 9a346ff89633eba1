using YouthJustice.Domain.Gravity;

namespace YouthJustice.Domain.Tests.Gravity;

public class ChildGravityScoreTest
{
    [Theory]
    [InlineData(1, "NoFurtherAction")]
    [InlineData(2, "InformalOutOfCourtDisposal")]
    [InlineData(3, "YouthCaution")]
    [InlineData(4, "YouthConditionalCaution")]
    [InlineData(5, "Charge")]
    public void Each_score_indicates_its_npcc_outcome(int score, string outcome)
        => new ChildGravityScore(score).IndicatedOutcome.Name.Should().Be(outcome);

    [Theory]
    [InlineData(ChildGravityScore.MinValue - 1)]
    [InlineData(ChildGravityScore.MaxValue + 1)]
    public void Score_outside_1_to_5_is_rejected(int value)
    {
        var act = () => new ChildGravityScore(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value")
            .WithMessage($"Value must be between 1 and 5 inclusive; was {value}.*");
    }

    [Fact]
    public void Default_value_is_score_1()
        => default(ChildGravityScore).Value.Should().Be(1);

    [Fact]
    public void Only_score_5_indicates_charge()
    {
        new ChildGravityScore(5).IndicatesCharge.Should().BeTrue();
        new ChildGravityScore(4).IndicatesCharge.Should().BeFalse();
    }

    [Fact]
    public void Scores_compare_by_value()
    {
        var two = new ChildGravityScore(2);
        var three = new ChildGravityScore(3);

        (two < three).Should().BeTrue();
        (two <= three).Should().BeTrue();
        (three > two).Should().BeTrue();
        (three >= two).Should().BeTrue();
        (two == new ChildGravityScore(2)).Should().BeTrue();
        (two != three).Should().BeTrue();
        two.CompareTo(three).Should().BeNegative();
        two.CompareTo((object?)null).Should().BePositive();
        two.Equals((object)new ChildGravityScore(2)).Should().BeTrue();
        two.GetHashCode().Should().Be(new ChildGravityScore(2).GetHashCode());
        two.ToString().Should().Be("CGM 2");
    }

    [Fact]
    public void Comparing_with_another_type_is_rejected()
    {
        var act = () => new ChildGravityScore(2).CompareTo((object)new AcpoGravityScore(2));

        act.Should().Throw<ArgumentException>().WithParameterName("obj");
    }

    [Fact]
    public void Outcome_ranks_follow_formality()
    {
        GravityOutcome.NoFurtherAction.Value.Should().BeLessThan(GravityOutcome.InformalOutOfCourtDisposal.Value);
        GravityOutcome.YouthConditionalCaution.Value.Should().BeLessThan(GravityOutcome.Charge.Value);
        GravityOutcome.YouthCaution.IsFormalOutOfCourtDisposal.Should().BeTrue();
        GravityOutcome.YouthConditionalCaution.IsFormalOutOfCourtDisposal.Should().BeTrue();
        GravityOutcome.InformalOutOfCourtDisposal.IsFormalOutOfCourtDisposal.Should().BeFalse();
        GravityOutcome.Charge.Description.Should().Be("Normally charge");
    }

    [Fact]
    public void Each_outcome_band_names_the_disposal_it_usually_leads_to()
    {
        new ChildGravityScore(1).IndicatedOutcome.TypicalDisposal.Should().Be(Disposal.NoFurtherAction);
        new ChildGravityScore(2).IndicatedOutcome.TypicalDisposal.Should().Be(Disposal.CommunityResolution);
        new ChildGravityScore(3).IndicatedOutcome.TypicalDisposal.Should().Be(Disposal.YouthCaution);
        new ChildGravityScore(4).IndicatedOutcome.TypicalDisposal.Should().Be(Disposal.YouthConditionalCaution);
        new ChildGravityScore(5).IndicatedOutcome.TypicalDisposal.Should().BeNull();
    }
}
