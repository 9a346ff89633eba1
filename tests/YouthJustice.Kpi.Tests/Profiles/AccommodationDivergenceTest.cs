using YouthJustice.Domain.Accommodation;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Profiles;

/// <summary>KPI 1 under the profile: no record at the end (yjaf-case-level §6.8) and the always-unsuitable types (§6.9).</summary>
public class AccommodationDivergenceTest
{
    private static readonly KpiProfile NoRecordAtEnd = KpiProfile.With([PipelineDivergence.NoAccommodationAtEndCountsSuitable]);
    private static readonly KpiProfile TypeNotForced = KpiProfile.With([PipelineDivergence.AccommodationTypeNotForcedUnsuitable]);

    // A referral order 2023-05-01 to 2023-11-30 (ends in 2023Q3) with both fields of its outcome recorded.
    private static ChildBuilder OrderEndingInQ3(string id = "C1")
        => Child(id).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", appeal: AppealStatus.AppealUnsuccessful, resident: true);

    private static KpiReturn Under(KpiProfile profile, ChildCase child) => Returns.Of(Service(child), Q3, profile);

    [Theory]
    [InlineData("Suitable")]
    [InlineData("Unsuitable")]
    public void A_child_with_records_at_the_start_only_is_in_neither_numerator_under_the_guidance_and_suitable_at_the_end_under_the_profile(string atStart)
    {
        // The only record ends the day before the order ends (2023-11-29): present at the start, not at the end.
        var child = OrderEndingInQ3().Accommodation("2020-01-01", "2023-11-29", AccommodationType.LivingWithParents, Suitability.FromName(atStart)).Build();

        var guidance = Under(KpiProfile.Guidance, child);
        var pipeline = Under(NoRecordAtEnd, child);

        Of(guidance, "kpi1.headline").Should().Be(new Fraction(0, 1));
        Of(guidance, "kpi1.1a.suitableAtEnd").Should().Be(new Fraction(0, 1));
        Of(guidance, "kpi1.1a.unsuitableAtEnd").Should().Be(new Fraction(0, 1));
        Of(pipeline, "kpi1.headline").Should().Be(new Fraction(1, 1));
        Of(pipeline, "kpi1.1a.suitableAtEnd").Should().Be(new Fraction(1, 1));
        Of(pipeline, "kpi1.1a.unsuitableAtEnd").Should().Be(new Fraction(0, 1));
        Of(pipeline, "kpi1.1a.suitableAtStart").Should().Be(Of(guidance, "kpi1.1a.suitableAtStart"));
    }

    [Fact]
    public void The_profile_says_why_a_child_without_a_record_at_the_end_is_suitable()
    {
        var child = OrderEndingInQ3().Accommodation("2020-01-01", "2023-11-29", AccommodationType.LivingWithParents, Suitability.Suitable).Build();
        var engine = new KpiEngine(new KpiOptions { Profile = NoRecordAtEnd });

        var explanation = engine.Explain(KpiEngine.Prepare(Service(child)), child.Id, Q3).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi1.headline");
        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().ContainSingle().Which.Should().Contain("counted suitable at the end as the YJB pipeline does").And.Contain("§6.8").And.Contain("accommodation period");
    }

    [Theory]
    [InlineData(false, false, 0)] // no record at all: the pipeline's KPI 1 view has no row for the child either
    [InlineData(true, true, 1)] // a suitable record open at the end
    [InlineData(true, false, 0)] // an unsuitable record open at the end
    public void A_child_with_a_record_at_the_end_or_with_none_at_all_counts_the_same_under_both(bool anyRecord, bool suitable, long numerator)
    {
        var builder = OrderEndingInQ3();
        if (anyRecord)
        {
            builder = builder.Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, suitable ? Suitability.Suitable : Suitability.Unsuitable);
        }

        var child = builder.Build();

        Of(Under(KpiProfile.Guidance, child), "kpi1.headline").Should().Be(new Fraction(numerator, 1));
        Of(Under(KpiProfile.YjbPipeline, child), "kpi1.headline").Should().Be(new Fraction(numerator, 1));
    }

    [Theory]
    [InlineData("BedAndBreakfast")]
    [InlineData("NoFixedAbode")]
    [InlineData("Unknown")]
    public void An_always_unsuitable_type_recorded_suitable_is_unsuitable_under_the_guidance_and_suitable_under_the_profile(string type)
    {
        var child = OrderEndingInQ3().Accommodation("2023-01-01", null, AccommodationType.FromName(type), Suitability.Suitable).Build();

        var guidance = Under(KpiProfile.Guidance, child);
        var pipeline = Under(TypeNotForced, child);

        Of(guidance, "kpi1.headline").Should().Be(new Fraction(0, 1));
        Of(guidance, "kpi1.1a.unsuitableAtStart").Should().Be(new Fraction(1, 1));
        Of(pipeline, "kpi1.headline").Should().Be(new Fraction(1, 1));
        Of(pipeline, "kpi1.1a.unsuitableAtStart").Should().Be(new Fraction(0, 1));
    }

    [Theory]
    [InlineData("BedAndBreakfast", "Unsuitable", 0)]
    [InlineData("BedAndBreakfast", "Unknown", 0)]
    [InlineData("LivingWithParents", "Suitable", 1)]
    [InlineData("LivingWithParents", "Unsuitable", 0)]
    public void A_recorded_suitability_that_the_type_does_not_override_counts_the_same_under_both(string type, string suitability, long numerator)
    {
        var child = OrderEndingInQ3().Accommodation("2023-01-01", null, AccommodationType.FromName(type), Suitability.FromName(suitability)).Build();

        Of(Under(KpiProfile.Guidance, child), "kpi1.headline").Should().Be(new Fraction(numerator, 1));
        Of(Under(KpiProfile.YjbPipeline, child), "kpi1.headline").Should().Be(new Fraction(numerator, 1));
    }
}
