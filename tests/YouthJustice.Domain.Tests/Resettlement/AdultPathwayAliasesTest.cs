using YouthJustice.Domain.Resettlement;

namespace YouthJustice.Domain.Tests.Resettlement;

public class AdultPathwayAliasesTest
{
    [Fact]
    public void Adult_children_and_families_maps_to_families()
        => AdultPathwayAliases.Standard.Resolve("Children and families").AsT0.Should().Be(ResettlementPathway.Families);

    [Fact]
    public void Adult_drugs_and_alcohol_maps_to_substance_misuse()
        => AdultPathwayAliases.Standard.Map(AdultPathway.DrugsAndAlcohol).AsT0.Should().Be(ResettlementPathway.SubstanceMisuse);

    [Fact]
    public void Adult_finance_benefit_and_debt_maps_to_finance_benefits_and_debt()
        => AdultPathwayAliases.Standard.Resolve("Finance, benefit and debt").AsT0.Should().Be(ResettlementPathway.FinanceBenefitsAndDebt);

    [Fact]
    public void Shared_names_map_to_themselves()
    {
        AdultPathwayAliases.Standard.Map(AdultPathway.Accommodation).AsT0.Should().Be(ResettlementPathway.Accommodation);
        AdultPathwayAliases.Standard.Map(AdultPathway.EducationTrainingAndEmployment).AsT0.Should().Be(ResettlementPathway.EducationTrainingAndEmployment);
        AdultPathwayAliases.Standard.Map(AdultPathway.Health).AsT0.Should().Be(ResettlementPathway.Health);
    }

    [Fact]
    public void Attitudes_thinking_and_behaviour_is_refused_without_opt_in()
    {
        var error = AdultPathwayAliases.Standard.Resolve("Attitudes, thinking and behaviour").AsT1;

        error.Kind.Should().Be(PathwayNameErrorKind.NoYouthEquivalent);
        error.AdultPathway.Should().Be(AdultPathway.AttitudesThinkingAndBehaviour);
        error.Message.Should().StartWith("'Attitudes, thinking and behaviour' is an adult (NOMS 2004) pathway with no youth equivalent; map it only by opting in");
    }

    [Fact]
    public void Attitudes_thinking_and_behaviour_maps_to_case_management_when_opted_in()
    {
        var aliases = AdultPathwayAliases.WithAttitudesThinkingAndBehaviourAsCaseManagement;

        aliases.MapsAttitudesThinkingAndBehaviour.Should().BeTrue();
        aliases.Map(AdultPathway.AttitudesThinkingAndBehaviour).AsT0.Should().Be(ResettlementPathway.CaseManagementAndTransitions);
    }

    [Fact]
    public void Youth_names_are_read_through_the_alias_map_too()
        => AdultPathwayAliases.Standard.Resolve("Substance misuse").AsT0.Should().Be(ResettlementPathway.SubstanceMisuse);

    [Fact]
    public void Unknown_text_lists_youth_and_mapped_adult_titles()
    {
        var error = AdultPathwayAliases.Standard.Resolve("Victims of crime").AsT1;

        error.Kind.Should().Be(PathwayNameErrorKind.Unknown);
        error.AllowedTitles.Should().Contain("Children and families").And.Contain("Drugs and alcohol")
            .And.NotContain("Attitudes, thinking and behaviour");
    }

    [Fact]
    public void Every_adult_pathway_but_attitudes_has_a_youth_equivalent()
        => AdultPathway.All.Should().OnlyContain(a => (a.YouthEquivalent == null) == (a == AdultPathway.AttitudesThinkingAndBehaviour));
}
