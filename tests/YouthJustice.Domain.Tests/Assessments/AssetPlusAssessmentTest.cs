using YouthJustice.Domain.Assessments;

namespace YouthJustice.Domain.Tests.Assessments;

public class AssetPlusAssessmentTest
{
    private static readonly ChildId Child = new("C042");

    private static AssetPlusAssessment Assessment(AssessedValue<ScaledApproachLevel> level, MappaStatus? mappa = null, ConcernFlag[]? concerns = null)
        => new(Child, new LocalDate(2024, 5, 1),
            new AssessedValue<LikelihoodOfReoffending>(LikelihoodOfReoffending.Medium, LikelihoodOfReoffending.Medium),
            RiskOfSeriousHarm.Medium, SafetyAndWellbeing.High, level, mappa,
            concerns ?? [ConcernFlag.SubstanceMisuse, ConcernFlag.LearningAndEte], [RiskFlag.CriminalExploitation], 42.5m);

    [Fact]
    public void Override_is_kept_beside_the_indicative_level()
    {
        var level = new AssessedValue<ScaledApproachLevel>(ScaledApproachLevel.Enhanced, ScaledApproachLevel.Intensive, "Escalating exploitation concerns.");

        var assessment = Assessment(level);

        assessment.InterventionLevel.Indicative.Should().Be(ScaledApproachLevel.Enhanced);
        assessment.InterventionLevel.Final.Should().Be(ScaledApproachLevel.Intensive);
        assessment.InterventionLevel.IsOverride.Should().BeTrue();
        assessment.InterventionLevel.ToString().Should().Be("Intensive (indicative Enhanced)");
        assessment.IndicatedLevel(ScaledApproachMapping.Default).Should().Be(ScaledApproachLevel.Enhanced);
    }

    [Fact]
    public void Agreeing_with_the_indicative_level_is_not_an_override()
        => new AssessedValue<ScaledApproachLevel>(ScaledApproachLevel.Enhanced, ScaledApproachLevel.Enhanced).IsOverride.Should().BeFalse();

    [Fact]
    public void Value_without_an_indicative_one_is_not_an_override()
        => AssessedValue<ScaledApproachLevel>.Recorded(ScaledApproachLevel.Standard).IsOverride.Should().BeFalse();

    [Fact]
    public void Flags_are_ordered_and_unique()
    {
        var assessment = Assessment(AssessedValue<ScaledApproachLevel>.Recorded(ScaledApproachLevel.Enhanced));

        assessment.Concerns.Should().Equal(ConcernFlag.LearningAndEte, ConcernFlag.SubstanceMisuse);
        FluentActions.Invoking(() => Assessment(AssessedValue<ScaledApproachLevel>.Recorded(ScaledApproachLevel.Enhanced), concerns: [ConcernFlag.Parenting, ConcernFlag.Parenting]))
            .Should().Throw<ArgumentException>().WithParameterName("concerns").WithMessage("Flag Parenting is given more than once.*");
    }

    [Fact]
    public void Mappa_is_kept()
        => Assessment(AssessedValue<ScaledApproachLevel>.Recorded(ScaledApproachLevel.Intensive), new MappaStatus(MappaCategory.Category2, MappaLevel.Level2))
            .Mappa!.ToString().Should().Be("MAPPA category 2, level 2");

    [Fact]
    public void Yogrs_outside_0_to_100_is_refused()
        => FluentActions.Invoking(() => new AssetPlusAssessment(Child, new LocalDate(2024, 5, 1),
                AssessedValue<LikelihoodOfReoffending>.Recorded(LikelihoodOfReoffending.Low), RiskOfSeriousHarm.Low, SafetyAndWellbeing.Low,
                AssessedValue<ScaledApproachLevel>.Recorded(ScaledApproachLevel.Standard), null, [], [], 100.1m))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("yogrs");

    [Fact]
    public void Blank_rationale_is_refused()
        => FluentActions.Invoking(() => new AssessedValue<ScaledApproachLevel>(ScaledApproachLevel.Standard, ScaledApproachLevel.Enhanced, " "))
            .Should().Throw<ArgumentException>().WithParameterName("rationale");

    [Fact]
    public void Equal_assessments_are_equal()
        => Assessment(AssessedValue<ScaledApproachLevel>.Recorded(ScaledApproachLevel.Enhanced))
            .Should().Be(Assessment(AssessedValue<ScaledApproachLevel>.Recorded(ScaledApproachLevel.Enhanced)));

    [Fact]
    public void Rosh_levels_carry_their_meaning()
        => RiskOfSeriousHarm.VeryHigh.Meaning.Should().Be("Serious harm is imminent and will happen when the child is able; immediate action is needed.");
}
