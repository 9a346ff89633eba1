using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Outcomes;

namespace YouthJustice.Domain.Tests.Outcomes;

public class OutcomeTrackerTest
{
    private static readonly LocalDate End = new(2023, 3, 31);

    private static Offence Offence(string id, LocalDate committed, LocalDate? provenOn, Disposal? disposal = null, AppealStatus? appeal = null)
        => new(new OffenceId(id), committed, null, OffenceCategory.TheftAndHandling, new SeriousnessScore(2), false,
            provenOn is { } date ? [new LegalOutcome(date, disposal ?? Disposal.YouthCaution, null, appeal, true)] : []);

    private static ChildCase Child(string id, IEnumerable<Offence>? offences = null, IEnumerable<EtePeriod>? ete = null, IEnumerable<AccommodationPeriod>? accommodation = null)
        => new(new ChildId(id), new LocalDate(2007, 6, 1), Sex.Male, Ethnicity.WhiteBritish, offences, null, accommodation, ete);

    [Fact]
    public void Follow_up_points_fall_3_6_9_and_12_months_after_the_end()
        => FollowUpPoint.All.Select(p => p.DueOn(End)).Should().Equal(
            new LocalDate(2023, 6, 30), new LocalDate(2023, 9, 30), new LocalDate(2023, 12, 31), new LocalDate(2024, 3, 31));

    [Fact]
    public void Point_in_a_short_month_falls_on_its_last_day()
    {
        FollowUpPoint.SixMonths.DueOn(new LocalDate(2023, 8, 31)).Should().Be(new LocalDate(2024, 2, 29));
        FollowUpPoint.SixMonths.DueOn(new LocalDate(2024, 8, 31)).Should().Be(new LocalDate(2025, 2, 28));
    }

    [Fact]
    public void Nothing_is_reported_before_the_follow_up_has_elapsed()
    {
        var tracked = OutcomeTracker.Default.Track(new CohortMember(Child("C1"), End), new LocalDate(2023, 6, 29));

        tracked.Points.Should().OnlyContain(p => p.Reoffending == ReoffendingStatus.NotYetDue && p.Ete == EteOutcome.NotYetDue && p.Accommodation == AccommodationOutcome.NotYetDue);
    }

    [Fact]
    public void Ete_and_accommodation_are_read_on_the_point_date_and_reoffending_after_the_waiting_period()
    {
        var child = Child("C1",
            ete: [new EtePeriod(new LocalDate(2023, 4, 10), null, EteProvision.College, Suitability.Suitable, 16m, 16m)],
            accommodation: [new AccommodationPeriod(new LocalDate(2020, 1, 1), null, AccommodationType.LivingWithParents, Suitability.Suitable, true)]);

        var onPoint = OutcomeTracker.Default.Track(new CohortMember(child, End), new LocalDate(2023, 6, 30)).At(FollowUpPoint.ThreeMonths)!;
        var dayBeforeKnown = OutcomeTracker.Default.Track(new CohortMember(child, End), new LocalDate(2023, 12, 30)).At(FollowUpPoint.ThreeMonths)!;
        var known = OutcomeTracker.Default.Track(new CohortMember(child, End), new LocalDate(2023, 12, 31)).At(FollowUpPoint.ThreeMonths)!;

        onPoint.Should().Be(new FollowUpStatus(FollowUpPoint.ThreeMonths, new LocalDate(2023, 6, 30), new LocalDate(2023, 12, 31),
            ReoffendingStatus.NotYetDue, 0, EteOutcome.SuitableEte, AccommodationOutcome.Suitable));
        dayBeforeKnown.Reoffending.Should().Be(ReoffendingStatus.NotYetDue);
        known.Reoffending.Should().Be(ReoffendingStatus.NotReoffended);
    }

    [Fact]
    public void Offence_committed_in_the_follow_up_and_proven_in_the_waiting_period_is_a_reoffence()
    {
        var child = Child("C1", [Offence("O1", new LocalDate(2023, 6, 30), new LocalDate(2023, 12, 31))]);

        var tracked = OutcomeTracker.Default.Track(new CohortMember(child, End), new LocalDate(2025, 1, 1));

        tracked.At(FollowUpPoint.ThreeMonths)!.Reoffending.Should().Be(ReoffendingStatus.Reoffended);
        tracked.At(FollowUpPoint.ThreeMonths)!.ProvenReoffences.Should().Be(1);
        tracked.At(FollowUpPoint.TwelveMonths)!.Reoffending.Should().Be(ReoffendingStatus.Reoffended);
    }

    [Fact]
    public void Offence_proven_after_the_waiting_period_does_not_count_at_that_point()
    {
        var child = Child("C1", [Offence("O1", new LocalDate(2023, 6, 30), new LocalDate(2024, 1, 1))]);

        var tracked = OutcomeTracker.Default.Track(new CohortMember(child, End), new LocalDate(2025, 1, 1));

        tracked.At(FollowUpPoint.ThreeMonths)!.Reoffending.Should().Be(ReoffendingStatus.NotReoffended);
        tracked.At(FollowUpPoint.SixMonths)!.Reoffending.Should().Be(ReoffendingStatus.Reoffended);
    }

    [Theory]
    [InlineData("2023-03-31", false)]
    [InlineData("2023-04-01", true)]
    [InlineData("2023-06-30", true)]
    [InlineData("2023-07-01", false)]
    public void Only_offences_committed_after_the_end_and_by_the_point_count(string committed, bool counts)
    {
        var child = Child("C1", [Offence("O1", NodaTime.Text.LocalDatePattern.Iso.Parse(committed).Value, new LocalDate(2023, 8, 1))]);

        OutcomeTracker.Default.Track(new CohortMember(child, End), new LocalDate(2025, 1, 1)).At(FollowUpPoint.ThreeMonths)!
            .Reoffending.Should().Be(counts ? ReoffendingStatus.Reoffended : ReoffendingStatus.NotReoffended);
    }

    [Fact]
    public void Unproven_diverted_or_overturned_offences_are_not_reoffences()
    {
        var child = Child("C1",
        [
            Offence("O1", new LocalDate(2023, 5, 1), null),
            Offence("O2", new LocalDate(2023, 5, 2), new LocalDate(2023, 6, 1), Disposal.CommunityResolution),
            Offence("O3", new LocalDate(2023, 5, 3), new LocalDate(2023, 6, 1), Disposal.ReferralOrder, AppealStatus.AppealSuccessful),
        ]);

        OutcomeTracker.Default.Track(new CohortMember(child, End), new LocalDate(2025, 1, 1)).Points
            .Should().OnlyContain(p => p.Reoffending == ReoffendingStatus.NotReoffended && p.ProvenReoffences == 0);
    }

    [Fact]
    public void Ete_outcomes_distinguish_suitable_unsuitable_none_and_unrecorded()
    {
        LocalDate day = new(2023, 6, 30);
        EteOutcome Read(params EtePeriod[] records) => OutcomeTracker.Default.Track(new CohortMember(Child("C1", ete: records), End), day).At(FollowUpPoint.ThreeMonths)!.Ete;

        Read(new EtePeriod(day, day, EteProvision.MainstreamSchool, Suitability.Suitable, 25m, 25m)).Should().Be(EteOutcome.SuitableEte);
        Read(new EtePeriod(day, null, EteProvision.MainstreamSchool, Suitability.Suitable, 25m, 25m), new EtePeriod(null, null, EteProvision.PartTimeEmployment, null, 8m, 8m))
            .Should().Be(EteOutcome.EteNotSuitable);
        Read(new EtePeriod(null, null, EteProvision.None, null, null, null)).Should().Be(EteOutcome.NoEte);
        Read(new EtePeriod(null, day.PlusDays(-1), EteProvision.College, Suitability.Suitable, 16m, 16m)).Should().Be(EteOutcome.NotRecorded);
        Read().Should().Be(EteOutcome.NotRecorded);
    }

    [Fact]
    public void Bed_and_breakfast_is_never_suitable_accommodation()
        => OutcomeTracker.Default.Track(new CohortMember(Child("C1", accommodation: [new AccommodationPeriod(null, null, AccommodationType.BedAndBreakfast, Suitability.Suitable, true)]), End), new LocalDate(2023, 7, 1))
            .At(FollowUpPoint.ThreeMonths)!.Accommodation.Should().Be(AccommodationOutcome.NotSuitable);

    [Fact]
    public void Summary_counts_not_yet_due_apart_and_never_as_successes()
    {
        var cohort = new[]
        {
            new CohortMember(Child("C1", [Offence("O1", new LocalDate(2023, 5, 1), new LocalDate(2023, 7, 1))]), End),
            new CohortMember(Child("C2"), End),
            new CohortMember(Child("C3"), End),
            new CohortMember(Child("C4"), new LocalDate(2024, 1, 31)),
        };

        var summary = OutcomeTracker.Default.Summarise(cohort, new LocalDate(2024, 3, 31)).Single(s => s.Point == FollowUpPoint.ThreeMonths);

        summary.Total.Should().Be(4);
        summary.Count(ReoffendingStatus.NotYetDue).Should().Be(1);
        summary.Count(ReoffendingStatus.Reoffended).Should().Be(1);
        summary.Count(ReoffendingStatus.NotReoffended).Should().Be(2);
        summary.ReoffendingDue.Should().Be(3);
        summary.BinaryRate.Should().Be(33.3m);
        summary.ProvenReoffences.Should().Be(1);
        summary.Reoffending.Sum(p => p.Value).Should().Be(4);
        summary.Ete.Sum(p => p.Value).Should().Be(4);
        summary.Accommodation.Sum(p => p.Value).Should().Be(4);
        summary.Count(EteOutcome.NotYetDue).Should().Be(1, "C4's three-month point (30 April 2024) is after the report date");
    }

    [Fact]
    public void Cohort_with_nobody_due_has_no_rate()
        => OutcomeTracker.Default.Summarise([new CohortMember(Child("C1"), End)], End).Should().OnlyContain(s => s.BinaryRate == null && s.ReoffendingDue == 0);

    [Fact]
    public void Waiting_period_and_points_are_configurable()
    {
        var tracker = new OutcomeTracker([FollowUpPoint.TwelveMonths, FollowUpPoint.SixMonths], 0);

        tracker.Points.Should().Equal(FollowUpPoint.SixMonths, FollowUpPoint.TwelveMonths);
        tracker.Track(new CohortMember(Child("C1"), End), new LocalDate(2023, 9, 30)).At(FollowUpPoint.SixMonths)!.Reoffending.Should().Be(ReoffendingStatus.NotReoffended);
        tracker.Track(new CohortMember(Child("C1"), End), new LocalDate(2023, 9, 30)).At(FollowUpPoint.ThreeMonths).Should().BeNull();
        FluentActions.Invoking(() => new OutcomeTracker([], 6)).Should().Throw<ArgumentException>().WithParameterName("points");
        FluentActions.Invoking(() => new OutcomeTracker(FollowUpPoint.All, 25)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("proofWaitingMonths");
    }

    [Fact]
    public void Member_from_an_open_intervention_is_refused()
    {
        var open = new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, new LocalDate(2023, 1, 1), null, [], null);

        FluentActions.Invoking(() => CohortMember.For(Child("C1"), open)).Should().Throw<ArgumentException>()
            .WithMessage("Intervention I1 has not ended; outcomes are tracked from the end of an intervention.*");
    }
}
