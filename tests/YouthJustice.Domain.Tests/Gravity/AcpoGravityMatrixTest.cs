using YouthJustice.Domain.Gravity;

namespace YouthJustice.Domain.Tests.Gravity;

public class AcpoGravityMatrixTest
{
    [Fact]
    public void Aggravating_factor_raises_the_score_one_level()
    {
        var assessment = AcpoGravityMatrix.Default.Assess(new AcpoGravityScore(2), [GravityFactor.Aggravating("Premeditated")]);

        assessment.FinalScore.Value.Should().Be(3);
        assessment.IndicatedOutcomes.Should().Equal(GravityOutcome.YouthCaution, GravityOutcome.YouthConditionalCaution);
    }

    [Fact]
    public void Mitigating_factor_lowers_the_score_one_level()
        => AcpoGravityMatrix.Default.Assess(new AcpoGravityScore(2), [GravityFactor.Mitigating("Early admission")])
            .FinalScore.Value.Should().Be(1);

    [Fact]
    public void Score_4_with_an_aggravating_factor_is_clamped_to_4()
    {
        var assessment = AcpoGravityMatrix.Default.Assess(new AcpoGravityScore(4), [GravityFactor.Aggravating("Weapon used")]);

        assessment.FinalScore.Value.Should().Be(4);
        assessment.WasClamped.Should().BeTrue();
        assessment.IndicatedOutcomes.Should().Equal(GravityOutcome.Charge);
    }

    [Fact]
    public void Policy_with_bigger_steps_is_honoured()
    {
        var matrix = new AcpoGravityMatrix(new GravityAdjustmentPolicy(stepsPerFactor: 2, maximumStepsEachWay: 2));

        matrix.Assess(new AcpoGravityScore(1), [GravityFactor.Aggravating("Hate crime")]).FinalScore.Value.Should().Be(3);
    }
}
