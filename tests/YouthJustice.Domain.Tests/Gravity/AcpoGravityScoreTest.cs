using YouthJustice.Domain.Gravity;

namespace YouthJustice.Domain.Tests.Gravity;

public class AcpoGravityScoreTest
{
    [Theory]
    [InlineData(1, "InformalOutOfCourtDisposal")]
    [InlineData(2, "InformalOutOfCourtDisposal,YouthCaution")]
    [InlineData(3, "YouthCaution,YouthConditionalCaution")]
    [InlineData(4, "Charge")]
    public void Each_score_indicates_its_acpo_outcomes(int score, string outcomes)
        => string.Join(",", new AcpoGravityScore(score).IndicatedOutcomes.Select(o => o.Name)).Should().Be(outcomes);

    [Theory]
    [InlineData(AcpoGravityScore.MinValue - 1)]
    [InlineData(AcpoGravityScore.MaxValue + 1)]
    public void Score_outside_1_to_4_is_rejected(int value)
    {
        var act = () => new AcpoGravityScore(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value")
            .WithMessage($"Value must be between 1 and 4 inclusive; was {value}.*");
    }

    [Fact]
    public void Default_value_is_score_1()
        => default(AcpoGravityScore).Value.Should().Be(1);

    [Fact]
    public void Only_score_4_indicates_charge()
    {
        new AcpoGravityScore(4).IndicatesCharge.Should().BeTrue();
        new AcpoGravityScore(3).IndicatesCharge.Should().BeFalse();
    }

    [Fact]
    public void Scores_compare_by_value()
    {
        var one = new AcpoGravityScore(1);
        var four = new AcpoGravityScore(4);

        (one < four).Should().BeTrue();
        (four >= one).Should().BeTrue();
        (one == new AcpoGravityScore(1)).Should().BeTrue();
        one.ToString().Should().Be("ACPO 1");
    }
}
