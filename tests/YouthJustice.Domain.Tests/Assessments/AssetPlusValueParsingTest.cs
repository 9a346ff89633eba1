using YouthJustice.Domain.Assessments;

namespace YouthJustice.Domain.Tests.Assessments;

public class AssetPlusValueParsingTest
{
    [Theory]
    [InlineData("VERY_HIGH")]
    [InlineData("Very High")]
    [InlineData("very high")]
    [InlineData("VeryHigh")]
    [InlineData("very-high")]
    [InlineData(" VERY HIGH ")]
    public void Very_high_is_read_in_every_spelling(string text)
    {
        RiskOfSeriousHarm.Parse(text).AsT0.Should().Be(RiskOfSeriousHarm.VeryHigh);
        SafetyAndWellbeing.Parse(text).AsT0.Should().Be(SafetyAndWellbeing.VeryHigh);
    }

    [Theory]
    [InlineData("LOW", "Low")]
    [InlineData("medium", "Medium")]
    [InlineData("High", "High")]
    public void Likelihood_is_read_case_insensitively(string text, string expected)
        => LikelihoodOfReoffending.Parse(text).AsT0.Name.Should().Be(expected);

    [Fact]
    public void Likelihood_has_no_very_high()
    {
        var error = LikelihoodOfReoffending.Parse("VERY_HIGH").AsT1;

        error.Field.Should().Be("likelihoodOfReoffending");
        error.Value.Should().Be("VERY_HIGH");
        error.AllowedValues.Should().Equal("Low", "Medium", "High");
        error.Message.Should().Be("'VERY_HIGH' is not a valid 'likelihoodOfReoffending'; expected one of: Low, Medium, High.");
    }

    [Fact]
    public void Numbers_are_not_read_as_judgements()
        => RiskOfSeriousHarm.Parse("1").AsT1.AllowedValues.Should().Equal("Low", "Medium", "High", "VeryHigh");

    [Fact]
    public void Missing_value_is_a_typed_error()
        => ScaledApproachLevel.Parse(null).AsT1.Message.Should().Be("No value was given for 'scaledApproachInterventionLevel'; expected one of: Standard, Enhanced, Intensive.");

    [Theory]
    [InlineData("INTENSIVE", "Intensive")]
    [InlineData("enhanced", "Enhanced")]
    public void Intervention_level_is_read_case_insensitively(string text, string expected)
        => ScaledApproachLevel.Parse(text).AsT0.Name.Should().Be(expected);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("Category 2", 2)]
    [InlineData("CATEGORY_3", 3)]
    [InlineData("cat 1", 1)]
    [InlineData("Category1", 1)]
    public void Mappa_category_is_read_with_or_without_the_word(string text, int expected)
        => MappaCategory.Parse(text).AsT0.Value.Should().Be(expected);

    [Theory]
    [InlineData("Level 3", 3)]
    [InlineData("2", 2)]
    [InlineData("LEVEL_1", 1)]
    public void Mappa_level_is_read_with_or_without_the_word(string text, int expected)
        => MappaLevel.Parse(text).AsT0.Value.Should().Be(expected);

    [Theory]
    [InlineData("4")]
    [InlineData("Category 0")]
    [InlineData("Level")]
    public void Unknown_mappa_values_are_typed_errors(string text)
    {
        MappaCategory.Parse(text).IsT1.Should().BeTrue();
        MappaLevel.Parse(text).IsT1.Should().BeTrue();
    }

    [Theory]
    [InlineData("MENTAL_HEALTH", "MentalHealth")]
    [InlineData("speech language and communication", "SpeechLanguageAndCommunication")]
    public void Concern_flags_are_read_case_insensitively(string text, string expected)
        => ConcernFlag.Parse(text).AsT0.Name.Should().Be(expected);

    [Fact]
    public void Risk_flags_are_read_case_insensitively()
        => RiskFlag.Parse("COUNTY_LINES").AsT0.Should().Be(RiskFlag.CountyLines);

    [Fact]
    public void Flag_lists_are_complete_and_ordered()
    {
        ConcernFlag.All.Should().HaveCount(19);
        ConcernFlag.All[0].Should().Be(ConcernFlag.Accommodation);
        RiskFlag.All.Should().HaveCount(9);
        RiskFlag.All[^1].Should().Be(RiskFlag.SexualExploitationRisk);
    }
}
