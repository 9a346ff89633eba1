using YouthJustice.Kpi.Cohorts;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Testing.Dates;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Cohorts;

/// <summary>
/// The cohort's boundaries and the reason given for an excluded child (kpi-rules §1.1, §13.5, §13.16): a child with
/// candidate rows and none qualifying takes the reason of the row that passed the most checks; among rows that failed
/// at the same check, the first of the child's interventions (in the order of the child's record) is reported.
/// </summary>
public class CohortExclusionTest
{
    private static readonly ReportingQuarter Q2023Q1 = new(2023, 1);
    private static readonly ReportingQuarter Q2024Q1 = new(2024, 1);

    private static Cohort CohortOf(ReportingQuarter quarter, params ChildCase[] children)
        => new KpiEngine().Cohort(KpiEngine.Prepare(Service(children)), quarter, DefinitionSet.Definitions2024);

    private static CohortExclusion ExclusionOf(ChildCase child)
        => CohortOf(Q2024Q1, child).Exclusions.Should().ContainSingle().Subject;

    [Fact]
    public void Order_ending_on_1_April_2023_the_first_day_of_collection_is_in_the_cohort()
    {
        // kpi-rules §1.1: collection started on 2023-04-01; only ends before that day are dropped.
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2022-10-01", "2023-04-01").Build();

        var cohort = CohortOf(Q2023Q1, child);

        cohort.Members.Should().ContainSingle().Which.End.Should().Be(D("2023-04-01"));
        cohort.Exclusions.Should().BeEmpty();
    }

    [Fact]
    public void Two_rows_failing_at_the_same_check_report_the_first_intervention_of_the_record()
    {
        // Both outcomes were given while the child lived in another area (check 6).
        var child = Child("C1")
            .Order("I2", Disposal.ReferralOrder, "2024-01-01", "2024-06-30", resident: false)
            .Order("I1", Disposal.YouthRehabilitationOrder, "2024-02-01", "2024-05-30", resident: false)
            .Build();

        var exclusion = ExclusionOf(child);

        exclusion.Reason.Should().Be(ExclusionReason.ResidentInAnotherArea);
        exclusion.InterventionId.Value.Should().Be("I2");
        exclusion.Detail.Should().StartWith("intervention I2 (ReferralOrder) from 2024-01-01 to 2024-06-30: " + ExclusionReason.ResidentInAnotherArea.Description + " (");
    }

    [Fact]
    public void A_row_failing_at_a_later_check_is_reported_even_when_listed_after_rows_failing_earlier()
    {
        // Check 2 (a fine does not count), then check 7 (aged 18 at the start), then check 4 (a discharge outcome):
        // the reason is that of check 7, from the second intervention.
        var child = Child("C1", "2006-01-15")
            .Order("I1", Disposal.Fine, "2024-01-01", "2024-05-30")
            .Order("I2", Disposal.ReferralOrder, "2024-01-20", "2024-06-30")
            .Order("I3", Disposal.ReferralOrder, "2023-12-01", "2024-06-01", outcome: Disposal.ConditionalDischarge)
            .Build();

        var exclusion = ExclusionOf(child);

        exclusion.Reason.Should().Be(ExclusionReason.AgeOutsideRange);
        exclusion.InterventionId.Value.Should().Be("I2");
    }

    [Fact]
    public void Exclusion_at_a_check_on_the_intervention_names_no_outcome()
    {
        var child = Child("C1").Order("I1", Disposal.Fine, "2024-01-01", "2024-05-30").Build();

        ExclusionOf(child).Detail.Should().Be("intervention I1 (Fine) from 2024-01-01 to 2024-05-30: " + ExclusionReason.DisposalNotCounted.Description);
    }

    [Fact]
    public void Exclusion_for_ending_before_collection_names_no_outcome()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2022-10-01", "2023-03-31").Build();

        CohortOf(new ReportingQuarter(2022, 4), child).Exclusions.Should().ContainSingle()
            .Which.Detail.Should().Be("intervention I1 (ReferralOrder) from 2022-10-01 to 2023-03-31: " + ExclusionReason.EndedBeforeCollection.Description);
    }

    [Fact]
    public void Exclusion_for_no_linked_offence_names_no_outcome()
    {
        var child = Child("C1")
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2024-01-01"), D("2024-05-30"), [new OffenceId("missing")], null))
            .Build();

        var exclusion = ExclusionOf(child);

        exclusion.Reason.Should().Be(ExclusionReason.NoLinkedOffence);
        exclusion.Detail.Should().Be("intervention I1 (ReferralOrder) from 2024-01-01 to 2024-05-30: " + ExclusionReason.NoLinkedOffence.Description);
    }

    [Fact]
    public void Linked_offence_without_any_legal_outcome_is_excluded_as_no_counted_outcome_and_names_no_outcome()
    {
        var child = Child("C1")
            .Offence(new Offence(new OffenceId("O1"), D("2023-10-01"), null, OffenceCategory.TheftAndHandling, new SeriousnessScore(3), false, []))
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2024-01-01"), D("2024-05-30"), [new OffenceId("O1")], null))
            .Build();

        var exclusion = ExclusionOf(child);

        exclusion.Reason.Should().Be(ExclusionReason.OutcomeNotCounted);
        exclusion.Detail.Should().Be("intervention I1 (ReferralOrder) from 2024-01-01 to 2024-05-30: " + ExclusionReason.OutcomeNotCounted.Description);
    }

    [Fact]
    public void Outcome_that_does_not_count_is_named_in_the_exclusion()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-05-30", outcome: Disposal.ConditionalDischarge).Build();

        var exclusion = ExclusionOf(child);

        exclusion.Reason.Should().Be(ExclusionReason.OutcomeNotCounted);
        exclusion.Detail.Should().StartWith("intervention I1 (ReferralOrder) from 2024-01-01 to 2024-05-30: " + ExclusionReason.OutcomeNotCounted.Description + " (")
            .And.Contain("ConditionalDischarge");
    }

    [Fact]
    public void A_qualifying_row_includes_the_child_whatever_its_other_rows_fail()
    {
        var child = Child("C1")
            .Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-05-30", resident: false)
            .Order("I2", Disposal.ReferralOrder, "2024-01-01", "2024-06-30")
            .Build();

        var cohort = CohortOf(Q2024Q1, child);

        cohort.Members.Should().ContainSingle().Which.QualifyingRows.Should().Be(1);
        cohort.Exclusions.Should().BeEmpty();
    }

    [Fact]
    public void Child_born_on_the_day_the_order_starts_is_excluded_for_age()
    {
        var child = Child("C1", "2024-01-01").Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-05-30").Build();

        ExclusionOf(child).Reason.Should().Be(ExclusionReason.AgeOutsideRange);
    }

    [Theory]
    [InlineData("2014-01-01", true)]  // 10 on the day the order starts
    [InlineData("2014-01-02", false)] // 9 until the next day
    public void Child_is_in_the_cohort_from_the_tenth_birthday(string dateOfBirth, bool included)
    {
        var cohort = CohortOf(Q2024Q1, Child("C1", dateOfBirth).Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-05-30").Build());

        cohort.Members.Select(m => m.ChildId.Value).Should().Equal(included ? ["C1"] : []);
    }
}
