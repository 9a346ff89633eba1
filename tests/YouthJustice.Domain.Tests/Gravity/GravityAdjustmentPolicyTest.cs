using YouthJustice.Domain.Gravity;

namespace YouthJustice.Domain.Tests.Gravity;

public class GravityAdjustmentPolicyTest
{
    [Fact]
    public void Default_is_at_most_one_step_each_way()
    {
        GravityAdjustmentPolicy.Default.StepsPerFactor.Should().Be(1);
        GravityAdjustmentPolicy.Default.MaximumStepsEachWay.Should().Be(1);
        GravityAdjustmentPolicy.Default.StepsFor(0).Should().Be(0);
        GravityAdjustmentPolicy.Default.StepsFor(3).Should().Be(1);
    }

    [Fact]
    public void One_step_per_factor_adds_up_to_the_cap()
    {
        GravityAdjustmentPolicy.OneStepPerFactor.StepsFor(3).Should().Be(3);
        GravityAdjustmentPolicy.OneStepPerFactor.StepsFor(9).Should().Be(GravityAdjustmentPolicy.MaxSteps);
    }

    [Theory]
    [InlineData(0, 1, "stepsPerFactor")]
    [InlineData(5, 1, "stepsPerFactor")]
    [InlineData(1, 0, "maximumStepsEachWay")]
    [InlineData(1, 5, "maximumStepsEachWay")]
    public void Steps_outside_1_to_4_are_rejected(int steps, int maximum, string parameter)
    {
        var act = () => new GravityAdjustmentPolicy(steps, maximum);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Factor_needs_a_description_and_a_defined_direction()
    {
        var blank = () => new GravityFactor(" ", GravityFactorDirection.Aggravating);
        var undefined = () => new GravityFactor("Weapon", (GravityFactorDirection)7);

        blank.Should().Throw<ArgumentException>().WithParameterName("description");
        undefined.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("direction");
    }
}
