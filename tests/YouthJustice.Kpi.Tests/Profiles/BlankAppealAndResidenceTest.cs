using YouthJustice.Kpi.Cohorts;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Profiles;

/// <summary>
/// yjaf-case-level §6.1: the pipeline's NOT IN / &lt;&gt; drop a legal outcome whose appeal status or residence is
/// blank, in the cohort and in KPI 9; the guidance reads them as no appeal and resident.
/// </summary>
public class BlankAppealAndResidenceTest
{
    private static readonly KpiProfile AppealOnly = KpiProfile.With([PipelineDivergence.BlankAppealStatusDropsRow]);
    private static readonly KpiProfile ResidenceOnly = KpiProfile.With([PipelineDivergence.BlankResidenceDropsRow]);

    private static ChildCase OrderEndingInQ3(AppealStatus? appeal, bool? resident)
        => Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", appeal: appeal, resident: resident).Build();

    private static KpiReturn Under(KpiProfile profile, ChildCase child) => Returns.Of(Service(child), Q3, profile);

    [Fact]
    public void A_blank_appeal_status_is_no_appeal_under_the_guidance_and_drops_the_row_under_the_profile()
    {
        var child = OrderEndingInQ3(appeal: null, resident: true);

        var guidance = Under(KpiProfile.Guidance, child);
        var pipeline = Under(AppealOnly, child);

        Of(guidance, "kpi1.headline").Denominator.Should().Be(1);
        guidance.Cohort.Members.Should().ContainSingle();
        Of(pipeline, "kpi1.headline").Denominator.Should().Be(0);
        pipeline.Cohort.Members.Should().BeEmpty();
        var exclusion = pipeline.Cohort.Exclusions.Should().ContainSingle().Subject;
        exclusion.Reason.Should().Be(ExclusionReason.AppealStatusNotRecorded);
        exclusion.Reason.Divergence.Should().Be(PipelineDivergence.BlankAppealStatusDropsRow);
        exclusion.Detail.Should().Contain("appeal status is not recorded").And.Contain("yjb-pipeline profile").And.Contain("§6.1");
    }

    [Theory]
    [InlineData("AppealUnsuccessful", 1)]
    [InlineData("AppealPending", 1)]
    [InlineData("AppealSuccessful", 0)]
    public void A_recorded_appeal_status_is_read_the_same_under_both(string status, int members)
    {
        var child = OrderEndingInQ3(AppealStatus.FromName(status), resident: true);

        var guidance = Under(KpiProfile.Guidance, child);
        var pipeline = Under(KpiProfile.YjbPipeline, child);

        Of(guidance, "kpi1.headline").Denominator.Should().Be(members);
        Of(pipeline, "kpi1.headline").Denominator.Should().Be(members);
        pipeline.Cohort.Exclusions.Should().BeEquivalentTo(guidance.Cohort.Exclusions);
    }

    [Fact]
    public void A_blank_residence_is_resident_under_the_guidance_and_drops_the_row_under_the_profile()
    {
        var child = OrderEndingInQ3(AppealStatus.AppealUnsuccessful, resident: null);

        var guidance = Under(KpiProfile.Guidance, child);
        var pipeline = Under(ResidenceOnly, child);

        Of(guidance, "kpi1.headline").Denominator.Should().Be(1);
        Of(pipeline, "kpi1.headline").Denominator.Should().Be(0);
        var exclusion = pipeline.Cohort.Exclusions.Should().ContainSingle().Subject;
        exclusion.Reason.Should().Be(ExclusionReason.ResidenceNotRecorded);
        exclusion.Detail.Should().Contain("residence at the outcome date is not recorded").And.Contain("yjb-pipeline profile");
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void A_recorded_residence_is_read_the_same_under_both(bool resident, int members)
    {
        var child = OrderEndingInQ3(AppealStatus.AppealUnsuccessful, resident);

        Of(Under(KpiProfile.Guidance, child), "kpi1.headline").Denominator.Should().Be(members);
        Of(Under(KpiProfile.YjbPipeline, child), "kpi1.headline").Denominator.Should().Be(members);
    }

    [Fact]
    public void An_overturned_outcome_with_a_blank_residence_is_still_excluded_as_overturned()
    {
        // The appeal check comes first (kpi-rules §13.16), so the profile's residence reason never hides it.
        var child = OrderEndingInQ3(AppealStatus.ChangedOnAppeal, resident: null);

        Under(KpiProfile.YjbPipeline, child).Cohort.Exclusions.Should().ContainSingle().Which.Reason.Should().Be(ExclusionReason.OverturnedOnAppeal);
    }

    [Fact]
    public void A_blank_appeal_status_on_a_serious_violence_offence_drops_it_from_kpi9_under_the_profile()
    {
        var blank = WithOutcomes("C1", Disposal.ReferralOrder, OffenceCategory.ViolenceAgainstThePerson, 6, Outcome(Disposal.ReferralOrder, "2023-05-01", appeal: null));
        var recorded = WithOutcomes("C2", Disposal.ReferralOrder, OffenceCategory.ViolenceAgainstThePerson, 6, Outcome(Disposal.ReferralOrder, "2023-05-01", AppealStatus.AppealUnsuccessful));
        var service = Service([blank, recorded], Populations, []);

        Of(Returns.Of(service, Q1, KpiProfile.Guidance), "kpi9.9a.seriousViolenceOffences").Should().Be(new Fraction(2, 2));
        Of(Returns.Of(service, Q1, AppealOnly), "kpi9.9a.seriousViolenceOffences").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void A_blank_residence_on_a_serious_violence_offence_drops_it_from_kpi9_under_the_profile()
    {
        var blank = WithOutcomes("C1", Disposal.ReferralOrder, OffenceCategory.ViolenceAgainstThePerson, 6, Outcome(Disposal.ReferralOrder, "2023-05-01", AppealStatus.AppealUnsuccessful, resident: null));
        var recorded = WithOutcomes("C2", Disposal.ReferralOrder, OffenceCategory.ViolenceAgainstThePerson, 6, Outcome(Disposal.ReferralOrder, "2023-05-01", AppealStatus.AppealUnsuccessful, resident: true));
        var service = Service([blank, recorded], Populations, []);

        Of(Returns.Of(service, Q1, KpiProfile.Guidance), "kpi9.headline").Should().Be(new Fraction(2, 24_000));
        Of(Returns.Of(service, Q1, ResidenceOnly), "kpi9.headline").Should().Be(new Fraction(1, 24_000));
    }
}
