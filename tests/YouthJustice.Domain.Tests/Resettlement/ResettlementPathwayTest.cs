using YouthJustice.Domain.Resettlement;

namespace YouthJustice.Domain.Tests.Resettlement;

public class ResettlementPathwayTest
{
    [Fact]
    public void The_seven_youth_pathways_are_listed_in_order()
        => ResettlementPathway.All.Select(p => p.Title).Should().Equal(
            "Accommodation",
            "Education, training and employment",
            "Health",
            "Substance misuse",
            "Families",
            "Finance, benefits and debt",
            "Case management and transitions");

    [Fact]
    public void Values_are_the_positions_in_the_list()
        => ResettlementPathway.All.Select(p => p.Value).Should().Equal(1, 2, 3, 4, 5, 6, 7);

    [Theory]
    [InlineData("Accommodation", "Accommodation")]
    [InlineData("education, TRAINING and employment", "EducationTrainingAndEmployment")]
    [InlineData("Education  Training & Employment", "EducationTrainingAndEmployment")]
    [InlineData("Transitions & Case Management", "CaseManagementAndTransitions")]
    [InlineData("Case management and transitions", "CaseManagementAndTransitions")]
    [InlineData("FinanceBenefitsAndDebt", "FinanceBenefitsAndDebt")]
    [InlineData(" families ", "Families")]
    public void Youth_titles_and_names_are_read_ignoring_case_and_spacing(string text, string expected)
        => ResettlementPathway.Parse(text).AsT0.Name.Should().Be(expected);

    [Fact]
    public void An_adult_pathway_name_is_refused_and_points_to_the_alias_map()
    {
        var error = ResettlementPathway.Parse("Children and families").AsT1;

        error.Kind.Should().Be(PathwayNameErrorKind.AdultPathwayName);
        error.AdultPathway.Should().Be(AdultPathway.ChildrenAndFamilies);
        error.Message.Should().Be(
            "'Children and families' is the adult (NOMS 2004) pathway 'Children and families'; read it through AdultPathwayAliases. "
            + "Youth pathways: Accommodation; Education, training and employment; Health; Substance misuse; Families; Finance, benefits and debt; Case management and transitions.");
    }

    [Theory]
    [InlineData("Victims of crime")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_text_is_refused_with_the_accepted_titles(string? text)
    {
        var error = ResettlementPathway.Parse(text).AsT1;

        error.Kind.Should().Be(PathwayNameErrorKind.Unknown);
        error.Text.Should().Be(text);
        error.AllowedTitles.Should().HaveCount(7);
        error.Message.Should().StartWith($"'{text}' is not a resettlement pathway; expected one of: Accommodation; ");
    }
}
