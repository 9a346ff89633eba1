using YouthJustice.Domain.Accommodation;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Kpi.Tests.Profiles;

/// <summary><see cref="KpiEngine.DiffProfiles"/>: each child moved between the guidance and the pipeline profile, named with the divergence that moves it.</summary>
public class ProfileDiffTest
{
    private static readonly AppealStatus Recorded = AppealStatus.AppealUnsuccessful;

    // One child per divergence that can move a child in 2023Q3 (orders 2023-05-01 to 2023-11-30), and one that none moves.
    private static readonly ChildCase BlankAppeal = Child("A").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", appeal: null, resident: true)
        .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable).Build();

    private static readonly ChildCase BlankResidence = Child("B").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", appeal: Recorded, resident: null)
        .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable).Build();

    private static readonly ChildCase StartOnly = Child("C").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", appeal: Recorded, resident: true)
        .Accommodation("2020-01-01", "2023-11-29", AccommodationType.LivingWithParents, Suitability.Suitable).Build();

    private static readonly ChildCase BedAndBreakfast = Child("D").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", appeal: Recorded, resident: true)
        .Accommodation("2020-01-01", null, AccommodationType.BedAndBreakfast, Suitability.Suitable).Build();

    // A violence offence scored 6: a YRO before collection (2023-03-15) and a referral order in 2023Q3 (2023-11-01).
    private static readonly ChildCase EarlierSeriousOutcome = Child("E")
        .Offence(new Offence(new OffenceId("O1"), D("2023-02-01"), null, OffenceCategory.ViolenceAgainstThePerson, new SeriousnessScore(6), false,
        [
            new LegalOutcome(D("2023-03-15"), Disposal.YouthRehabilitationOrder, null, Recorded, true),
            new LegalOutcome(D("2023-11-01"), Disposal.ReferralOrder, null, Recorded, true),
        ]))
        .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-03-15"), null, [new OffenceId("O1")], null))
        .Build();

    private static readonly ChildCase Unmoved = Child("F").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", appeal: Recorded, resident: true)
        .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable).Build();

    private static readonly PreparedService Prepared = KpiEngine.Prepare(Service(BlankAppeal, BlankResidence, StartOnly, BedAndBreakfast, EarlierSeriousOutcome, Unmoved));

    private static readonly ProfileDifference[] Differences = [.. new KpiEngine().DiffProfiles(Prepared, Q3)];

    [Fact]
    public void A_child_dropped_for_a_blank_appeal_status_leaves_the_cohort_moved_by_that_divergence()
    {
        var cohort = Differences.Should().ContainSingle(d => d.ChildId == BlankAppeal.Id && d.MeasureId == KpiEngine.CohortMeasureId).Subject;

        cohort.MeasureId.Should().Be(KpiEngine.CohortMeasureId);
        cohort.From.Should().Be(ChildMeasureStatus.Met);
        cohort.To.Should().Be(ChildMeasureStatus.NotInDenominator);
        cohort.MovedBy.Should().Equal(PipelineDivergence.BlankAppealStatusDropsRow);
        cohort.ReasonsTo.Should().ContainSingle().Which.Should().Contain("appeal status is not recorded");
    }

    [Fact]
    public void A_child_dropped_for_a_blank_residence_leaves_the_cohort_moved_by_that_divergence()
    {
        var cohort = Differences.Should().ContainSingle(d => d.ChildId == BlankResidence.Id && d.MeasureId == KpiEngine.CohortMeasureId).Subject;

        cohort.MovedBy.Should().Equal(PipelineDivergence.BlankResidenceDropsRow);
        Differences.Where(d => d.ChildId == BlankResidence.Id).Should().OnlyContain(d => d.MovedBy.SequenceEqual(new[] { PipelineDivergence.BlankResidenceDropsRow }), "its measures outside the cohort's (KPI 10's children with a victim) move with it");
    }

    [Fact]
    public void A_child_with_accommodation_at_the_start_only_becomes_suitable_at_the_end_moved_by_that_divergence()
    {
        var headline = Differences.Should().ContainSingle(d => d.ChildId == StartOnly.Id && d.MeasureId == "kpi1.headline").Subject;

        headline.From.Should().Be(ChildMeasureStatus.NoData);
        headline.To.Should().Be(ChildMeasureStatus.Met);
        headline.MovedBy.Should().Equal(PipelineDivergence.NoAccommodationAtEndCountsSuitable);
    }

    [Fact]
    public void A_child_in_bed_and_breakfast_recorded_suitable_becomes_suitable_moved_by_that_divergence()
    {
        var headline = Differences.Should().ContainSingle(d => d.ChildId == BedAndBreakfast.Id && d.MeasureId == "kpi1.headline").Subject;

        headline.From.Should().Be(ChildMeasureStatus.NotMet);
        headline.To.Should().Be(ChildMeasureStatus.Met);
        headline.MovedBy.Should().Equal(PipelineDivergence.AccommodationTypeNotForcedUnsuitable);
    }

    [Fact]
    public void An_offence_counted_through_a_later_lesser_outcome_moves_the_child_on_kpi9_by_the_date_filter()
    {
        var headline = Differences.Should().ContainSingle(d => d.ChildId == EarlierSeriousOutcome.Id && d.MeasureId == "kpi9.headline").Subject;

        headline.From.Should().Be(ChildMeasureStatus.NotInDenominator);
        headline.To.Should().Be(ChildMeasureStatus.Met);
        headline.MovedBy.Should().Equal(PipelineDivergence.SeriousViolenceDateFilterBeforeDedup);
    }

    [Fact]
    public void A_child_no_divergence_touches_is_not_listed_and_nothing_is_moved_by_the_population()
    {
        Differences.Should().NotContain(d => d.ChildId == Unmoved.Id);
        Differences.Should().NotContain(d => d.MovedBy.Contains(PipelineDivergence.SeriousViolenceNoRateAfter2024));
        Differences.Select(d => d.ChildId.Value).Distinct().Should().BeEquivalentTo("A", "B", "C", "D", "E");
    }

    [Fact]
    public void The_same_profile_twice_has_no_difference()
    {
        new KpiEngine().DiffProfiles(Prepared, Q3, KpiProfile.YjbPipeline, KpiProfile.YjbPipeline).Should().BeEmpty();
    }
}
