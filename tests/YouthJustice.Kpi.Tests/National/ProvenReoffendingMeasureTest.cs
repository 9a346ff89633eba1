using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Testing.Dates;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.National;

public class ProvenReoffendingMeasureTest
{
    // The 2024Q1 cohort: 2024-04-01 .. 2024-06-30. Its last possible member, indexed on 2024-06-30, has its
    // 18 months (calendar months, day of month kept) end on 2025-12-30: data as at that day make the cohort final.
    private static readonly ReportingQuarter Q1 = new(2024, 1);
    private static readonly KpiOptions Final = new(D("2026-01-31"));

    private static KpiReturn Compute(KpiOptions options, params ChildCase[] children)
        => new KpiEngine(options).Compute(KpiEngine.Prepare(Service(children)), Q1);

    private static MeasureResult Measure(string id, KpiOptions options, params ChildCase[] children)
        => Compute(options, children).Find(id)!;

    // Youth caution on 2024-05-10: 12 months later is 2025-05-10, 18 months later 2025-11-10.
    private static ChildBuilder CautionedOn20240510(string id, string dateOfBirth = "2008-05-01")
        => Child(id, dateOfBirth).Outcome("O1", Disposal.YouthCaution, "2024-05-10");

    [Theory]
    [InlineData("2025-05-09", 1)] // 12 months minus 1 day
    [InlineData("2025-05-10", 1)] // exactly 12 months: within
    [InlineData("2025-05-11", 0)] // 12 months plus 1 day
    [InlineData("2024-05-11", 1)] // the day after the index date
    [InlineData("2024-05-10", 0)] // on the index date: not after it
    public void Reoffence_must_be_committed_after_the_index_date_and_within_12_months(string offenceDate, int reoffenders)
    {
        var child = CautionedOn20240510("C1").Outcome("O2", Disposal.YouthCaution, "2025-06-01", offenceDate: offenceDate).Build();

        Measure("reoffending.reoffenders", Final, child).Numerator.Should().Be(reoffenders);
        Measure("reoffending.cohort", Final, child).Numerator.Should().Be(1);
    }

    [Theory]
    [InlineData("2025-11-10", 1)] // 18 months after the index date
    [InlineData("2025-11-11", 0)] // 18 months plus 1 day
    public void Reoffence_must_be_proven_within_18_months_of_the_index_date(string convicted, int reoffenders)
    {
        var child = CautionedOn20240510("C1").Outcome("O2", Disposal.ReferralOrder, convicted, offenceDate: "2024-12-01").Build();

        Measure("reoffending.reoffenders", Final, child).Numerator.Should().Be(reoffenders);
    }

    [Fact]
    public void Binary_frequency_and_per_reoffender_values()
    {
        // Four children cautioned in the quarter: A reoffends twice, B once, C and D not.
        var a = CautionedOn20240510("A")
            .Outcome("O2", Disposal.YouthConditionalCaution, "2024-08-01", offenceDate: "2024-07-01")
            .Outcome("O3", Disposal.ReferralOrder, "2024-11-01", offenceDate: "2024-10-01")
            .Build();
        var b = CautionedOn20240510("B").Outcome("O2", Disposal.Fine, "2025-01-15", offenceDate: "2024-12-24").Build();
        var c = CautionedOn20240510("C").Build();
        var d = Child("D").Outcome("O1", Disposal.ReferralOrder, "2024-06-30").Build();

        var result = Compute(Final, a, b, c, d);

        result.Find("reoffending.cohort")!.Value.Should().Be(4m);
        result.Find("reoffending.reoffenders")!.Value.Should().Be(2m);
        result.Find("reoffending.binaryRate")!.Fraction.Should().Be(new Fraction(2, 4));
        result.Find("reoffending.binaryRate")!.Value.Should().Be(50.0m);
        result.Find("reoffending.frequencyRate")!.Fraction.Should().Be(new Fraction(3, 4));
        result.Find("reoffending.frequencyRate")!.Value.Should().Be(0.8m); // 0.75 rounded half away from zero
        result.Find("reoffending.reoffencesPerReoffender")!.Fraction.Should().Be(new Fraction(3, 2));
        result.Find("reoffending.reoffencesPerReoffender")!.Value.Should().Be(1.5m);
        result.Measures.Where(m => m.Id.StartsWith("reoffending.", System.StringComparison.Ordinal)).Should().OnlyContain(m => !m.Provisional);
    }

    [Theory]
    [InlineData("2025-12-29", true)]  // the day before the quarter end + 18 months
    [InlineData("2025-12-30", false)] // quarter end (2024-06-30) + 18 months
    [InlineData("2025-12-31", false)]
    public void Cohort_is_provisional_until_18_months_after_the_quarter_ends(string asAt, bool provisional)
    {
        var child = CautionedOn20240510("C1").Build();

        var result = Compute(new KpiOptions(D(asAt)), child);

        result.Measures.Where(m => m.Id.StartsWith("reoffending.", System.StringComparison.Ordinal))
            .Should().HaveCount(5).And.OnlyContain(m => m.Provisional == provisional);
    }

    [Fact]
    public void Default_as_at_date_is_the_latest_date_in_the_data()
    {
        var cohort = CautionedOn20240510("C1").Build();
        var early = Child("C2").Outcome("O1", Disposal.YouthCaution, "2025-12-29").Build();
        var late = Child("C3").Outcome("O1", Disposal.YouthCaution, "2025-12-30").Build();

        Measure("reoffending.binaryRate", KpiOptions.Default, cohort, early).Provisional.Should().BeTrue();
        Measure("reoffending.binaryRate", KpiOptions.Default, cohort, early, late).Provisional.Should().BeFalse();
    }

    [Fact]
    public void Nothing_dated_after_the_as_at_date_is_read()
    {
        var child = CautionedOn20240510("C1").Outcome("O2", Disposal.YouthCaution, "2025-06-01", offenceDate: "2025-01-01").Build();

        var before = Compute(new KpiOptions(D("2025-05-31")), child);
        var on = Compute(new KpiOptions(D("2025-06-01")), child);

        before.Find("reoffending.reoffenders")!.Numerator.Should().Be(0);
        before.Find("reoffending.binaryRate")!.Provisional.Should().BeTrue();
        on.Find("reoffending.reoffenders")!.Numerator.Should().Be(1);
        on.Find("reoffending.binaryRate")!.Provisional.Should().BeTrue();
    }

    [Fact]
    public void Release_from_dto_custody_is_the_index_event_and_the_sentence_itself_is_not()
    {
        // DTO given 2024-02-20; custody ends (release) 2024-05-20; licence to 2024-08-19. Reoffence 2024-05-25.
        var released = Child("C1")
            .Order("I1", Disposal.DetentionAndTrainingOrderCustody, "2024-02-20", "2024-05-20", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2024-02-20")
            .Outcome("O2", Disposal.YouthRehabilitationOrder, "2024-07-01", offenceDate: "2024-05-25")
            .Build();
        var sentencedInQuarter = Child("C2")
            .Order("I1", Disposal.DetentionAndTrainingOrderCustody, "2024-05-01", "2024-08-31", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2024-05-01")
            .Build();

        var result = Compute(Final, released, sentencedInQuarter);

        result.Find("reoffending.cohort")!.Numerator.Should().Be(1);
        result.Find("reoffending.reoffenders")!.Numerator.Should().Be(1);
    }

    [Fact]
    public void Offence_committed_on_the_release_day_is_not_a_reoffence()
    {
        var child = Child("C1")
            .Order("I1", Disposal.DetentionAndTrainingOrderCustody, "2024-02-20", "2024-05-20", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2024-02-20")
            .Outcome("O2", Disposal.Fine, "2024-07-01", offenceDate: "2024-05-20")
            .Build();

        Measure("reoffending.reoffenders", Final, child).Numerator.Should().Be(0);
        Measure("reoffending.cohort", Final, child).Numerator.Should().Be(1);
    }

    [Fact]
    public void End_of_a_s250_intervention_is_a_release_and_the_end_of_a_dto_licence_is_not()
    {
        var s250 = Child("C1").Order("I1", Disposal.Section250Detention, "2023-06-01", "2024-06-15", outcome: Disposal.Section250Detention, outcomeDate: "2023-06-01").Build();
        var licence = Child("C2").Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2024-02-20", "2024-05-20", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-11-20").Build();

        Measure("reoffending.cohort", Final, s250, licence).Numerator.Should().Be(1);
    }

    [Theory]
    [InlineData("2024-04-01", 1)] // the recorded release on the quarter's first day: released in the quarter
    [InlineData("2024-03-31", 0)] // released the day before the quarter: the programme's end (in the quarter) is not a release
    [InlineData("2024-06-30", 1)] // the quarter's last day
    [InlineData("2024-07-01", 0)] // the day after the quarter, though the programme ends within it
    public void A_recorded_release_date_within_a_custodial_programme_is_the_release_not_the_programmes_end(string releaseDate, int cohort)
    {
        // s.250 detention recorded as one programme, ending 2024-06-15 (in 2024Q1), with the release recorded on it.
        var child = Child("C1").Order("I1", Disposal.Section250Detention, "2023-06-01", "2024-09-30", outcome: Disposal.Section250Detention, outcomeDate: "2023-06-01", releaseDate: releaseDate).Build();
        var endsInQuarter = Child("C2").Order("I1", Disposal.Section250Detention, "2023-06-01", "2024-06-15", outcome: Disposal.Section250Detention, outcomeDate: "2023-06-01", releaseDate: releaseDate).Build();

        Measure("reoffending.cohort", Final, child).Numerator.Should().Be(cohort);
        Measure("reoffending.cohort", Final, endsInQuarter).Numerator.Should().Be(releaseDate == "2024-07-01" ? 1 : cohort, "a release date after the programme's end is not within it, so the end is the release");
    }

    [Fact]
    public void Explanation_says_when_the_release_is_the_date_recorded_on_the_programme()
    {
        var child = Child("C1")
            .Order("I1", Disposal.Section250Detention, "2023-06-01", "2024-09-30", outcome: Disposal.Section250Detention, outcomeDate: "2023-06-01", releaseDate: "2024-05-20")
            .Outcome("O2", Disposal.YouthRehabilitationOrder, "2024-07-01", offenceDate: "2024-05-25")
            .Build();

        var measures = new KpiEngine(Final).Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q1).AsT0.Measures;

        measures.Single(m => m.MeasureId == "reoffending.cohort").Reasons.Should().Equal(
            "in the reoffending cohort: released from custody on 2024-05-20, the release date recorded on intervention I1 (Section250Detention) from 2023-06-01 to 2024-09-30");
        measures.Single(m => m.MeasureId == "reoffending.binaryRate").Status.Should().Be(ChildMeasureStatus.Met, "the reoffence on 2024-05-25 follows the release");
    }

    [Fact]
    public void Caution_on_the_18th_birthday_is_not_a_juvenile_index_event_and_the_day_before_is()
    {
        var eighteen = Child("C1", "2006-05-10").Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build();
        var seventeen = Child("C2", "2006-05-11").Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build();

        Measure("reoffending.cohort", Final, eighteen, seventeen).Numerator.Should().Be(1);
    }

    [Theory]
    [InlineData("CommunityResolution")]
    [InlineData("NoFurtherAction")]
    [InlineData("Outcome22")]
    public void Informal_outcomes_are_neither_index_events_nor_proof_of_a_reoffence(string informal)
    {
        var indexOnly = Child("C1").Outcome("O1", Disposal.FromName(informal), "2024-05-10").Build();
        var reoffence = CautionedOn20240510("C2").Outcome("O2", Disposal.FromName(informal), "2024-09-01", offenceDate: "2024-08-01").Build();

        Measure("reoffending.cohort", Final, indexOnly, reoffence).Numerator.Should().Be(1);
        Measure("reoffending.reoffenders", Final, indexOnly, reoffence).Numerator.Should().Be(0);
    }

    [Fact]
    public void Overturned_outcomes_are_neither_index_events_nor_proof()
    {
        var overturnedIndex = Child("C1").Outcome("O1", Disposal.ReferralOrder, "2024-05-10", appeal: AppealStatus.AppealSuccessful).Build();
        var overturnedProof = CautionedOn20240510("C2").Outcome("O2", Disposal.ReferralOrder, "2024-09-01", offenceDate: "2024-08-01", appeal: AppealStatus.ChangedOnAppeal).Build();

        Measure("reoffending.cohort", Final, overturnedIndex, overturnedProof).Numerator.Should().Be(1);
        Measure("reoffending.reoffenders", Final, overturnedIndex, overturnedProof).Numerator.Should().Be(0);
    }

    [Fact]
    public void First_index_event_in_the_quarter_starts_the_follow_up_and_a_later_one_can_prove_a_reoffence()
    {
        // Cautioned 2024-04-10; offends 2024-05-01; referral order 2024-06-01 (also in the quarter) proves it.
        var child = Child("C1")
            .Outcome("O1", Disposal.YouthCaution, "2024-04-10")
            .Outcome("O2", Disposal.ReferralOrder, "2024-06-01", offenceDate: "2024-05-01")
            .Build();

        Measure("reoffending.cohort", Final, child).Numerator.Should().Be(1);
        Measure("reoffending.frequencyRate", Final, child).Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Child_cautioned_elsewhere_is_not_in_the_cohort()
    {
        var child = Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10", resident: false).Build();

        Measure("reoffending.cohort", Final, child).Numerator.Should().Be(0);
        Measure("reoffending.binaryRate", Final, child).Value.Should().BeNull();
    }

    [Fact]
    public void Breach_offences_count_by_default_and_not_when_excluded()
    {
        var child = CautionedOn20240510("C1")
            .Outcome("O2", Disposal.Fine, "2024-09-01", offenceDate: "2024-08-01", category: OffenceCategory.BreachOfStatutoryOrder)
            .Build();

        Measure("reoffending.reoffenders", Final, child).Numerator.Should().Be(1);
        Measure("reoffending.reoffenders", new KpiOptions(D("2026-01-31"), KpiOptions.BreachCategories), child).Numerator.Should().Be(0);
    }

    [Fact]
    public void Explanation_names_the_index_event_and_the_first_proven_reoffence()
    {
        var child = Child("C1")
            .Order("I1", Disposal.DetentionAndTrainingOrderCustody, "2024-02-20", "2024-05-20", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2024-02-20")
            .Outcome("O2", Disposal.YouthRehabilitationOrder, "2024-07-01", offenceDate: "2024-05-25")
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var measures = new KpiEngine(Final).Explain(prepared, new ChildId("C1"), Q1).AsT0.Measures;

        var cohort = measures.Single(m => m.MeasureId == "reoffending.cohort");
        cohort.Status.Should().Be(ChildMeasureStatus.Met);
        cohort.Reasons.Should().Equal("in the reoffending cohort: released from custody on 2024-05-20, the end of intervention I1 (DetentionAndTrainingOrderCustody) from 2024-02-20 to 2024-05-20");
        var binary = measures.Single(m => m.MeasureId == "reoffending.binaryRate");
        binary.Status.Should().Be(ChildMeasureStatus.Met);
        binary.Reasons.Should().Equal("proven reoffence after the index date 2024-05-20: offence O2 (TheftAndHandling, seriousness 3, offence date 2024-05-25)");
    }

    [Fact]
    public void Explanation_of_a_child_outside_the_cohort_says_why()
    {
        var child = Child("C1").Outcome("O1", Disposal.CommunityResolution, "2024-05-10").Build();

        var binary = new KpiEngine(Final).Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q1).AsT0.Measures
            .Single(m => m.MeasureId == "reoffending.binaryRate");

        binary.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        binary.Reasons.Should().Equal("not in the reoffending cohort: no caution, non-custodial court sentence or release from custody in the quarter");
    }
}
