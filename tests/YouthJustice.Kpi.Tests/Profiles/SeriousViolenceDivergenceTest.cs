using YouthJustice.Domain.Services;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Kpi.Tests.Profiles;

/// <summary>KPI 9 under the profile: no population after FY2024/25 (yjaf-case-level §6.10) and the date filter before the dedup (§6.11).</summary>
public class SeriousViolenceDivergenceTest
{
    private static readonly KpiProfile NoRateAfter2024 = KpiProfile.With([PipelineDivergence.SeriousViolenceNoRateAfter2024]);
    private static readonly KpiProfile FilterFirst = KpiProfile.With([PipelineDivergence.SeriousViolenceDateFilterBeforeDedup]);
    private static readonly AppealStatus Recorded = AppealStatus.AppealUnsuccessful;
    private static readonly PopulationEstimate[] ThreeYears = [new(2022, 24_000), new(2023, 20_000), new(2024, 25_000)];

    [Fact]
    public void A_quarter_after_fy2024_has_a_rate_under_the_guidance_and_none_under_the_profile()
    {
        // 2025Q1 is FY2025/26: the guidance uses the 2024 estimate; the pipeline's lookup stops at 2023 (FY2024/25).
        var service = Service([ViolenceWithOutcomes(Outcome(Disposal.ReferralOrder, "2025-05-01", Recorded))], ThreeYears, []);
        var quarter = new ReportingQuarter(2025, 1);

        var guidance = Returns.Of(service, quarter, KpiProfile.Guidance).Find("kpi9.headline")!;
        var pipeline = Returns.Of(service, quarter, NoRateAfter2024).Find("kpi9.headline")!;

        guidance.Fraction.Should().Be(new Fraction(1, 25_000));
        guidance.Value.Should().Be(0.4m);
        pipeline.Fraction.Should().Be(new Fraction(1, 0));
        pipeline.Value.Should().BeNull();
        Of(Returns.Of(service, quarter, NoRateAfter2024), "kpi9.9a.seriousViolenceOffences").Should().Be(new Fraction(1, 1), "only the rate's population is cut");
    }

    [Fact]
    public void The_last_quarter_of_fy2024_has_the_same_rate_under_both()
    {
        var service = Service([ViolenceWithOutcomes(Outcome(Disposal.ReferralOrder, "2025-03-31", Recorded))], ThreeYears, []);
        var quarter = new ReportingQuarter(2024, 4);

        Of(Returns.Of(service, quarter, KpiProfile.Guidance), "kpi9.headline").Should().Be(new Fraction(1, 20_000));
        Of(Returns.Of(service, quarter, KpiProfile.YjbPipeline), "kpi9.headline").Should().Be(new Fraction(1, 20_000));
    }

    [Fact]
    public void The_profile_says_why_a_quarter_after_fy2024_has_no_rate()
    {
        var data = Service([ViolenceWithOutcomes(Outcome(Disposal.ReferralOrder, "2025-05-01", Recorded))], ThreeYears, []);
        var engine = new KpiEngine(new KpiOptions { Profile = NoRateAfter2024 });

        var explanation = engine.Explain(KpiEngine.Prepare(data), data.Children[0].Id, new ReportingQuarter(2025, 1)).AsT0;

        System.Linq.Enumerable.Single(explanation.Measures, m => m.MeasureId == "kpi9.headline").Reasons.Should().Contain(r => r.Contains("§6.10", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_offence_whose_most_serious_outcome_came_before_april_2023_counts_through_a_later_lesser_one_under_the_profile_only()
    {
        // A YRO on 2023-03-15 (before collection) and a referral order on 2023-05-01 (2023Q1). The guidance keeps the
        // YRO, dated 2022Q4, so the offence is not counted in 2023Q1; the pipeline drops it first and keeps the referral order.
        var child = ViolenceWithOutcomes(Outcome(Disposal.YouthRehabilitationOrder, "2023-03-15", Recorded), Outcome(Disposal.ReferralOrder, "2023-05-01", Recorded));
        var service = Service([child], Populations, []);

        Of(Returns.Of(service, Q1, KpiProfile.Guidance), "kpi9.9a.seriousViolenceOffences").Should().Be(new Fraction(0, 0));
        Of(Returns.Of(service, Q1, FilterFirst), "kpi9.9a.seriousViolenceOffences").Should().Be(new Fraction(1, 1));
        Of(Returns.Of(service, Q1, FilterFirst), "kpi9.9e.ReferralOrder").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void An_offence_whose_most_serious_outcome_came_after_april_2023_counts_the_same_under_both()
    {
        // The YRO (2023-06-01) is kept either way; the referral order before collection changes nothing.
        var child = ViolenceWithOutcomes(Outcome(Disposal.ReferralOrder, "2023-03-15", Recorded), Outcome(Disposal.YouthRehabilitationOrder, "2023-06-01", Recorded));
        var service = Service([child], Populations, []);

        Of(Returns.Of(service, Q1, KpiProfile.Guidance), "kpi9.9a.seriousViolenceOffences").Should().Be(new Fraction(1, 1));
        Of(Returns.Of(service, Q1, KpiProfile.YjbPipeline), "kpi9.9a.seriousViolenceOffences").Should().Be(new Fraction(1, 1));
        Of(Returns.Of(service, Q1, KpiProfile.YjbPipeline), "kpi9.9e.YouthRehabilitationOrder").Should().Be(new Fraction(1, 1));
    }

    // A violence offence scored 6 committed on 2023-02-01, with the given outcomes (appeal and residence recorded), linked to a referral order.
    private static ChildCase ViolenceWithOutcomes(params LegalOutcome[] outcomes)
        => Child("C1")
            .Offence(new Offence(new OffenceId("O1"), D("2023-02-01"), null, OffenceCategory.ViolenceAgainstThePerson, new SeriousnessScore(6), false, outcomes))
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-03-15"), null, [new OffenceId("O1")], null))
            .Build();
}
