using YouthJustice.Domain.Reference;
using YouthJustice.Kpi.Engine;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Cohorts;

/// <summary>
/// The cohort builder itself (kpi-rules §1.2, §13.2–§13.5, §13.16), one check at a time: which check a child's
/// furthest row fails, in the order of the checks, and which qualifying row dedup keeps.
/// </summary>
public class CohortBuilderTest
{
    // July to September 2023 (2023/24 Q2) and January to March 2023 (2022/23 Q4), as quarter ordinals.
    private const int JulyToSeptember2023 = (2023 * 4) + 1;
    private const int JanuaryToMarch2023 = (2022 * 4) + 3;

    [Fact]
    public void A_child_with_a_counting_order_ending_in_the_quarter_is_in_with_that_row()
    {
        var (decision, table) = Decide(Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15").Build());

        decision.Included.Should().BeTrue();
        decision.QualifyingCount.Should().Be(1);
        decision.Kept.TypeOfOrder.Should().Be(TypeOfOrder.ReferralOrder.Value);
        decision.Kept.End.Should().Be(Days.Of(Dates.D("2023-08-15")));
        decision.Kept.Intervention.Should().Be(table.InterventionStart(0));
    }

    [Fact]
    public void An_order_ending_before_collection_began_fails_check_1()
        => Decide(Child("C1").Order("I1", Disposal.ReferralOrder, "2022-10-01", "2023-03-31").Build(), JanuaryToMarch2023)
            .Decision.FailedCheck.Should().Be(1);

    [Fact]
    public void An_intervention_whose_disposal_does_not_count_fails_check_2()
    {
        var notCounted = Disposal.List.First(d => !d.IsInterventionOnly && !KpiReferenceTables.Default.CountsInKpis(d));

        Decide(Child("C1").Order("I1", notCounted, "2023-05-01", "2023-08-15").Build()).Decision.FailedCheck.Should().Be(2);
    }

    [Fact]
    public void An_intervention_with_no_linked_offence_in_the_data_fails_check_3()
    {
        var child = Child("C1")
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, Dates.D("2023-05-01"), Dates.D("2023-08-15"), [new OffenceId("missing")], null))
            .Build();

        Decide(child).Decision.FailedCheck.Should().Be(3);
    }

    [Fact]
    public void An_outcome_that_does_not_count_fails_check_4()
    {
        var noType = Disposal.List.First(d => !d.IsInterventionOnly && CountingTables.Default.OutcomeTypeOfOrder(d.Value) == 0);

        Decide(Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15", outcome: noType).Build()).Decision.FailedCheck.Should().Be(4);
    }

    [Fact]
    public void An_outcome_overturned_on_appeal_fails_check_5()
        => Decide(Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15", appeal: AppealStatus.AppealSuccessful).Build())
            .Decision.FailedCheck.Should().Be(5);

    [Fact]
    public void An_outcome_given_while_resident_elsewhere_fails_check_6()
        => Decide(Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15", resident: false).Build())
            .Decision.FailedCheck.Should().Be(6);

    [Fact]
    public void An_outcome_with_residence_not_recorded_counts_as_resident()
        => Decide(Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15", resident: null).Build())
            .Decision.Included.Should().BeTrue();

    [Fact]
    public void A_child_aged_18_on_the_reference_day_fails_check_7()
        => Decide(Child("C1", "2005-04-30").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15").Build())
            .Decision.FailedCheck.Should().Be(7);

    [Fact]
    public void A_child_aged_17_on_the_reference_day_is_in()
        => Decide(Child("C1", "2005-05-02").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15").Build())
            .Decision.Included.Should().BeTrue();

    [Fact]
    public void The_furthest_check_decides_when_rows_fail_at_different_checks()
    {
        var child = Child("C1")
            .Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15", resident: false)
            .Order("I2", Disposal.ReferralOrder, "2023-05-01", "2023-08-20", appeal: AppealStatus.ChangedOnAppeal)
            .Build();

        var (decision, table) = Decide(child);

        decision.Included.Should().BeFalse();
        decision.FailedCheck.Should().Be(6);
        decision.FurthestIntervention.Should().Be(table.InterventionStart(0));
    }

    [Fact]
    public void Dedup_keeps_the_most_serious_type_of_order()
    {
        var child = Child("C1")
            .Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15", outcomeDate: "2023-05-01")
            .Order("I2", Disposal.YouthRehabilitationOrder, "2023-04-10", "2023-08-10", outcomeDate: "2023-04-10")
            .Build();

        var (decision, _) = Decide(child);

        decision.QualifyingCount.Should().Be(2);
        decision.Kept.TypeOfOrder.Should().Be(TypeOfOrder.YouthRehabilitationOrder.Value);
    }

    [Fact]
    public void Dedup_keeps_the_latest_outcome_between_orders_of_one_type()
    {
        var child = Child("C1")
            .Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15", outcomeDate: "2023-05-01")
            .Order("I2", Disposal.ReferralOrder, "2023-05-02", "2023-08-10", outcomeDate: "2023-05-02")
            .Build();

        var (decision, table) = Decide(child);

        decision.QualifyingCount.Should().Be(2);
        decision.Kept.OutcomeDate.Should().Be(Days.Of(Dates.D("2023-05-02")));
        decision.Kept.Intervention.Should().Be(table.InterventionStart(0) + 1);
    }

    private static (CohortDecision Decision, CaseTable Table) Decide(Domain.Cases.ChildCase child, int quarterOrdinal = JulyToSeptember2023)
    {
        var table = KpiEngine.Prepare(Service(child)).Table;
        var rows = table.InterventionsEndingIn(quarterOrdinal).ToArray();
        rows.Should().NotBeEmpty("the child must be a candidate, or the decision says nothing");
        return (new CohortBuilder(table, CountingTables.Default).Decide(0, rows, DefinitionSet.Default), table);
    }
}
