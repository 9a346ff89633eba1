using YouthJustice.Kpi.Cohorts;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Cohorts;

public class CohortTest
{
    private static readonly ReportingQuarter Q2023Q4 = new(2023, 4);
    private static readonly ReportingQuarter Q2024Q1 = new(2024, 1);

    private static Cohort CohortOf(ReportingQuarter quarter, DefinitionSet definitions, params YouthJustice.Domain.Cases.ChildCase[] children)
        => new KpiEngine().Cohort(KpiEngine.Prepare(Service(children)), quarter, definitions);

    [Fact]
    public void Order_ending_on_the_last_day_of_a_quarter_is_in_that_quarter()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-10-01", "2024-03-31").Build();

        CohortOf(Q2023Q4, DefinitionSet.Definitions2024, child).Members.Should().ContainSingle();
        CohortOf(Q2024Q1, DefinitionSet.Definitions2024, child).Candidates.Should().Be(0);
    }

    [Fact]
    public void Order_ending_on_the_first_day_of_a_quarter_is_in_that_quarter()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-10-01", "2024-04-01").Build();

        CohortOf(Q2024Q1, DefinitionSet.Definitions2024, child).Members.Single().End.Should().Be(new NodaTime.LocalDate(2024, 4, 1));
        CohortOf(Q2023Q4, DefinitionSet.Definitions2024, child).Candidates.Should().Be(0);
    }

    [Fact]
    public void Two_orders_ending_in_one_quarter_keep_the_most_serious_as_one_row()
    {
        // kpi-rules §9.9: a YCC and a YRO both ending in the quarter → one cohort row, type of order YRO.
        var child = Child("C1")
            .Order("I1", Disposal.YouthConditionalCaution, "2024-01-10", "2024-05-01", outcomeDate: "2024-01-10")
            .Order("I2", Disposal.YouthRehabilitationOrder, "2023-06-01", "2024-06-15", outcomeDate: "2023-06-01")
            .Build();

        var cohort = CohortOf(Q2024Q1, DefinitionSet.Definitions2024, child);

        cohort.Members.Should().ContainSingle();
        cohort.Members[0].TypeOfOrder.Should().Be(TypeOfOrder.YouthRehabilitationOrder);
        cohort.Members[0].InterventionId.Value.Should().Be("I2");
        cohort.Members[0].QualifyingRows.Should().Be(2);
    }

    [Fact]
    public void Equally_serious_orders_keep_the_most_recent_outcome()
    {
        var child = Child("C1")
            .Order("I1", Disposal.ReferralOrder, "2023-10-01", "2024-05-01", outcomeDate: "2023-09-20")
            .Order("I2", Disposal.ReferralOrder, "2023-12-01", "2024-05-01", outcomeDate: "2023-11-20")
            .Build();

        CohortOf(Q2024Q1, DefinitionSet.Definitions2024, child).Members.Single().InterventionId.Value.Should().Be("I2");
    }

    [Fact]
    public void Child_aged_17_at_the_start_is_in_and_18_is_out()
    {
        // Born 2006-04-01: 17 on 2024-03-31, 18 on 2024-04-01.
        var seventeen = Child("C17", "2006-04-01").Order("I1", Disposal.ReferralOrder, "2024-03-31", "2024-06-30").Build();
        var eighteen = Child("C18", "2006-04-01").Order("I1", Disposal.ReferralOrder, "2024-04-01", "2024-06-30").Build();

        var cohort = CohortOf(Q2024Q1, DefinitionSet.Definitions2024, seventeen, eighteen);

        cohort.Members.Select(m => m.ChildId.Value).Should().Equal("C17");
        cohort.Exclusions.Should().ContainSingle().Which.Reason.Should().Be(ExclusionReason.AgeOutsideRange);
    }

    [Fact]
    public void Child_with_no_date_of_birth_is_excluded_for_age()
        => CohortOf(Q2024Q1, DefinitionSet.Definitions2024, Child("C1", null).Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-06-30").Build())
            .Exclusions.Single().Reason.Should().Be(ExclusionReason.AgeOutsideRange);

    [Fact]
    public void Child_born_on_29_February_turns_18_on_1_March_in_a_common_year()
    {
        // Born 2008-02-29: 17 on 2026-02-28, 18 on 2026-03-01.
        var before = Child("A", "2008-02-29").Order("I1", Disposal.ReferralOrder, "2026-02-28", "2026-04-30").Build();
        var on = Child("B", "2008-02-29").Order("I1", Disposal.ReferralOrder, "2026-03-01", "2026-04-30").Build();

        var cohort = CohortOf(new ReportingQuarter(2026, 1), DefinitionSet.Definitions2024, before, on);

        cohort.Members.Select(m => m.ChildId.Value).Should().Equal("A");
        cohort.Exclusions.Single().ChildId.Should().Be(new ChildId("B"));
    }

    [Theory]
    [InlineData("ChangedOnAppeal", true)]
    [InlineData("AppealSuccessful", true)]
    [InlineData("AppealPending", false)]
    [InlineData("AppealUnsuccessful", false)]
    public void Outcome_overturned_on_appeal_excludes_the_child(string appeal, bool excluded)
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-06-30", appeal: AppealStatus.FromName(appeal)).Build();

        var cohort = CohortOf(Q2024Q1, DefinitionSet.Definitions2024, child);

        if (excluded)
        {
            cohort.Exclusions.Single().Reason.Should().Be(ExclusionReason.OverturnedOnAppeal);
        }
        else
        {
            cohort.Members.Should().ContainSingle();
        }
    }

    [Fact]
    public void Child_resident_in_another_area_is_excluded_and_missing_residence_counts_as_resident()
    {
        var elsewhere = Child("C1").Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-06-30", resident: false).Build();
        var unknown = Child("C2").Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-06-30", resident: null).Build();

        var cohort = CohortOf(Q2024Q1, DefinitionSet.Definitions2024, elsewhere, unknown);

        cohort.Exclusions.Single().Should().Match<CohortExclusion>(e => e.ChildId.Value == "C1" && e.Reason == ExclusionReason.ResidentInAnotherArea);
        cohort.Members.Single().ChildId.Value.Should().Be("C2");
    }

    [Fact]
    public void Order_ending_before_1_April_2023_is_excluded_as_before_collection()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2022-10-01", "2023-03-31").Build();

        CohortOf(new ReportingQuarter(2022, 4), DefinitionSet.Definitions2024, child).Exclusions.Single().Reason.Should().Be(ExclusionReason.EndedBeforeCollection);
    }

    [Fact]
    public void Disposals_and_outcomes_that_do_not_count_are_excluded_with_their_reason()
    {
        var fine = Child("C1").Order("I1", Disposal.Fine, "2024-01-01", "2024-06-30").Build();
        var dischargeOutcome = Child("C2").Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-06-30", outcome: Disposal.ConditionalDischarge).Build();

        var cohort = CohortOf(Q2024Q1, DefinitionSet.Definitions2024, fine, dischargeOutcome);

        cohort.Exclusions.Select(e => (e.ChildId.Value, e.Reason)).Should().Equal(("C1", ExclusionReason.DisposalNotCounted), ("C2", ExclusionReason.OutcomeNotCounted));
    }

    [Fact]
    public void Intervention_linked_to_no_offence_in_the_data_is_excluded()
    {
        var child = new YouthJustice.Kpi.Tests.TestSupport.ChildBuilder("C1", new NodaTime.LocalDate(2008, 1, 1))
            .Intervention(new YouthJustice.Domain.Cases.Intervention(new YouthJustice.Domain.Cases.InterventionId("I1"), Disposal.ReferralOrder, new NodaTime.LocalDate(2024, 1, 1), new NodaTime.LocalDate(2024, 6, 30), [new OffenceId("missing")], null))
            .Build();

        CohortOf(Q2024Q1, DefinitionSet.Definitions2024, child).Exclusions.Single().Reason.Should().Be(ExclusionReason.NoLinkedOffence);
    }

    [Fact]
    public void Excluded_child_takes_the_reason_of_the_row_that_passed_most_checks()
    {
        // One row fails at "disposal not counted" (check 2), another at "resident elsewhere" (check 6).
        var child = Child("C1")
            .Order("I1", Disposal.Fine, "2024-01-01", "2024-05-30")
            .Order("I2", Disposal.ReferralOrder, "2024-01-01", "2024-06-30", resident: false)
            .Build();

        var exclusion = CohortOf(Q2024Q1, DefinitionSet.Definitions2024, child).Exclusions.Single();

        exclusion.Reason.Should().Be(ExclusionReason.ResidentInAnotherArea);
        exclusion.InterventionId.Value.Should().Be("I2");
        exclusion.Detail.Should().Contain("intervention I2 (ReferralOrder) from 2024-01-01 to 2024-06-30");
    }

    [Fact]
    public void Dto_licence_age_uses_the_outcome_date_under_2024_and_the_licence_start_under_2023()
    {
        // Born 2006-05-01. DTO sentenced 2024-01-10 (aged 17); licence starts 2024-05-10 (aged 18).
        var child = Child("C1", "2006-05-01")
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2024-05-10", "2024-06-20", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2024-01-10")
            .Build();

        CohortOf(Q2024Q1, DefinitionSet.Definitions2024, child).Members.Should().ContainSingle();
        CohortOf(Q2024Q1, DefinitionSet.Definitions2023, child).Exclusions.Single().Reason.Should().Be(ExclusionReason.AgeOutsideRange);
    }

    [Fact]
    public void Open_intervention_is_not_a_candidate()
        => CohortOf(Q2024Q1, DefinitionSet.Definitions2024, Child("C1").Order("I1", Disposal.ReferralOrder, "2024-01-01", null).Build()).Candidates.Should().Be(0);
}
