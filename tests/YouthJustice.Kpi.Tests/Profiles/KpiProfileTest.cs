namespace YouthJustice.Kpi.Tests.Profiles;

public class KpiProfileTest
{
    [Fact]
    public void The_default_options_follow_the_guidance()
    {
        KpiOptions.Default.Profile.Should().BeSameAs(KpiProfile.Guidance);
        new KpiOptions().Profile.Should().BeSameAs(KpiProfile.Guidance);
        new KpiEngine().Options.Profile.IsGuidance.Should().BeTrue();
        KpiProfile.Guidance.Divergences.Should().BeEmpty();
    }

    [Fact]
    public void The_yjb_pipeline_profile_follows_every_divergence_each_with_its_spec_section()
    {
        KpiProfile.YjbPipeline.Divergences.Should().Equal(PipelineDivergence.List.OrderBy(d => d.Value));
        PipelineDivergence.List.Should().HaveCount(6);
        PipelineDivergence.List.Select(d => d.SpecReference).Should().BeEquivalentTo(
            "yjaf-case-level §6.1", "yjaf-case-level §6.1", "yjaf-case-level §6.8", "yjaf-case-level §6.9", "yjaf-case-level §6.10", "yjaf-case-level §6.11");
        PipelineDivergence.List.Should().OnlyContain(d => d.Description.Length > 20 && d.Key.Length > 0);
        PipelineDivergence.List.Select(d => d.Key).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_subset_is_named_by_its_keys_and_none_or_all_are_the_named_profiles()
    {
        var one = KpiProfile.With([PipelineDivergence.BlankResidenceDropsRow, PipelineDivergence.BlankResidenceDropsRow]);

        one.Name.Should().Be("yjb-pipeline(blank-residence)");
        one.Has(PipelineDivergence.BlankResidenceDropsRow).Should().BeTrue();
        one.Has(PipelineDivergence.BlankAppealStatusDropsRow).Should().BeFalse();
        KpiProfile.With([]).Should().BeSameAs(KpiProfile.Guidance);
        KpiProfile.With(PipelineDivergence.List.Reverse()).Should().BeSameAs(KpiProfile.YjbPipeline);
        KpiProfile.With([PipelineDivergence.SeriousViolenceDateFilterBeforeDedup, PipelineDivergence.BlankAppealStatusDropsRow])
            .Should().Be(KpiProfile.With([PipelineDivergence.BlankAppealStatusDropsRow, PipelineDivergence.SeriousViolenceDateFilterBeforeDedup]));
    }

    [Fact]
    public void Parse_reads_the_two_names_and_says_what_is_allowed_otherwise()
    {
        KpiProfile.Parse("guidance").AsT0.Should().BeSameAs(KpiProfile.Guidance);
        KpiProfile.Parse("yjb-pipeline").AsT0.Should().BeSameAs(KpiProfile.YjbPipeline);

        var error = KpiProfile.Parse("yjb").AsT1;

        error.Field.Should().Be("profile");
        error.Message.Should().Contain("'yjb'").And.Contain("guidance, yjb-pipeline");
    }

    [Fact]
    public void With_profile_keeps_the_other_options()
    {
        var options = new KpiOptions(new NodaTime.LocalDate(2025, 6, 30), KpiOptions.BreachCategories);

        var pipeline = options.WithProfile(KpiProfile.YjbPipeline);

        pipeline.Profile.Should().BeSameAs(KpiProfile.YjbPipeline);
        pipeline.DataAsAt.Should().Be(options.DataAsAt);
        pipeline.ExcludedReoffenceCategories.Should().Equal(options.ExcludedReoffenceCategories);
        options.Profile.Should().BeSameAs(KpiProfile.Guidance);
    }
}
