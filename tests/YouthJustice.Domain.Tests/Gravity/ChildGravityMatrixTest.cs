using YouthJustice.Domain.Gravity;

namespace YouthJustice.Domain.Tests.Gravity;

public class ChildGravityMatrixTest
{
    private static readonly GravityFactor Aggravating = GravityFactor.Aggravating("Offence against an emergency worker");
    private static readonly GravityFactor SecondAggravating = GravityFactor.Aggravating("Group offending");
    private static readonly GravityFactor Mitigating = GravityFactor.Mitigating("Genuine remorse");

    // domain-rules §8 example 12.
    [Fact]
    public void Base_3_with_an_aggravating_factor_is_4_and_indicates_a_youth_conditional_caution()
    {
        var assessment = ChildGravityMatrix.Default.Assess(new ChildGravityScore(3), [Aggravating]);

        assessment.BaseScore.Should().Be(new ChildGravityScore(3));
        assessment.FinalScore.Should().Be(new ChildGravityScore(4));
        assessment.IndicatedOutcome.Should().Be(GravityOutcome.YouthConditionalCaution);
        assessment.Factors.Should().Equal(Aggravating);
        assessment.StepsUp.Should().Be(1);
        assessment.StepsDown.Should().Be(0);
        assessment.WasClamped.Should().BeFalse();
    }

    [Fact]
    public void Base_1_with_an_aggravating_and_a_mitigating_factor_stays_1()
    {
        var assessment = ChildGravityMatrix.Default.Assess(new ChildGravityScore(1), [Aggravating, Mitigating]);

        assessment.FinalScore.Value.Should().Be(1);
        assessment.AggravatingFactors.Should().Equal(Aggravating);
        assessment.MitigatingFactors.Should().Equal(Mitigating);
        assessment.IndicatedOutcome.Should().Be(GravityOutcome.NoFurtherAction);
    }

    [Fact]
    public void Base_5_with_an_aggravating_factor_is_clamped_to_5()
    {
        var assessment = ChildGravityMatrix.Default.Assess(new ChildGravityScore(5), [Aggravating]);

        assessment.FinalScore.Value.Should().Be(5);
        assessment.WasClamped.Should().BeTrue();
        assessment.IndicatedOutcome.Should().Be(GravityOutcome.Charge);
    }

    [Fact]
    public void Base_1_with_a_mitigating_factor_is_clamped_to_1()
    {
        var assessment = ChildGravityMatrix.Default.Assess(new ChildGravityScore(1), [Mitigating]);

        assessment.FinalScore.Value.Should().Be(1);
        assessment.WasClamped.Should().BeTrue();
    }

    [Fact]
    public void Without_factors_the_final_score_is_the_base_score()
    {
        var assessment = ChildGravityMatrix.Default.Assess(new ChildGravityScore(3), []);

        assessment.FinalScore.Should().Be(assessment.BaseScore);
        assessment.Factors.Should().BeEmpty();
    }

    // Decision DL1: by default several factors in one direction still move the score one step.
    [Fact]
    public void Two_aggravating_factors_move_the_default_score_one_step()
        => ChildGravityMatrix.Default.Assess(new ChildGravityScore(2), [Aggravating, SecondAggravating])
            .FinalScore.Value.Should().Be(3);

    [Fact]
    public void Two_aggravating_factors_move_two_steps_when_each_factor_counts()
    {
        var matrix = new ChildGravityMatrix(GravityAdjustmentPolicy.OneStepPerFactor);

        var assessment = matrix.Assess(new ChildGravityScore(2), [Aggravating, SecondAggravating, Mitigating]);

        assessment.StepsUp.Should().Be(2);
        assessment.StepsDown.Should().Be(1);
        assessment.FinalScore.Value.Should().Be(3);
        assessment.Policy.Should().Be(GravityAdjustmentPolicy.OneStepPerFactor);
    }

    [Fact]
    public void Null_factor_is_rejected()
    {
        var act = () => ChildGravityMatrix.Default.Assess(new ChildGravityScore(2), [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("factors");
    }

    [Fact]
    public void Null_policy_is_rejected()
    {
        var act = () => new ChildGravityMatrix(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("policy");
    }

    [Fact]
    public void Assessments_with_the_same_inputs_are_equal()
        => ChildGravityMatrix.Default.Assess(new ChildGravityScore(3), [Aggravating])
            .Should().Be(ChildGravityMatrix.Default.Assess(new ChildGravityScore(3), [Aggravating]));
}
