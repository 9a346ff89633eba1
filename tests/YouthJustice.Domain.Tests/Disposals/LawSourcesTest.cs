using System.Reflection;
using YouthJustice.Domain.Disposals.Eligibility;
using YouthJustice.Domain.Disposals.Limits;
using YouthJustice.Domain.Gravity;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Domain.Tests.Disposals;

/// <summary>Every rule, limit and scale type of the law part names its source.</summary>
public class LawSourcesTest
{
    [Theory]
    [InlineData(typeof(ChildGravityScore))]
    [InlineData(typeof(AcpoGravityScore))]
    [InlineData(typeof(GravityOutcome))]
    [InlineData(typeof(ChildGravityMatrix))]
    [InlineData(typeof(AcpoGravityMatrix))]
    [InlineData(typeof(GravityAdjustmentPolicy))]
    [InlineData(typeof(GravityTable))]
    [InlineData(typeof(CompulsorySchoolAge))]
    [InlineData(typeof(ParticipationAge))]
    [InlineData(typeof(LimitKind))]
    [InlineData(typeof(LegalLimits))]
    [InlineData(typeof(LegalTimeline))]
    [InlineData(typeof(DetentionAndTrainingOrderSchedule))]
    [InlineData(typeof(DisposalEligibility))]
    [InlineData(typeof(ReferralOrderRules))]
    [InlineData(typeof(YroRequirement))]
    public void Rule_type_carries_a_source(Type type)
        => type.GetCustomAttributes<SourceAttribute>().Should().NotBeEmpty();

    [Fact]
    public void Choices_from_background_knowledge_are_marked_low_confidence()
    {
        typeof(AcpoGravityScore).GetCustomAttributes<SourceAttribute>().Should().Contain(s => s.Confidence == Confidence.Low);
        typeof(GravityAdjustmentPolicy).GetCustomAttributes<SourceAttribute>().Should().Contain(s => s.Confidence == Confidence.Low);
        typeof(DetentionAndTrainingOrderSchedule).GetCustomAttributes<SourceAttribute>().Should().Contain(s => s.Confidence == Confidence.Low);
        typeof(GravityTable).GetCustomAttributes<SourceAttribute>().Should().OnlyContain(s => s.Confidence == Confidence.Low);
    }
}
