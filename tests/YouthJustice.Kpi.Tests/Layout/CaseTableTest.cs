using YouthJustice.Kpi.Engine;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Layout;

/// <summary>The case table itself: each child's records a contiguous slice in list order, links resolved to rows, and interventions found by the quarter they end in.</summary>
public class CaseTableTest
{
    [Fact]
    public void Each_childs_records_are_one_slice_in_the_order_of_its_lists()
    {
        var first = Child("C1").Order("A1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15").Order("A2", Disposal.YouthRehabilitationOrder, "2023-06-01", null).Build();
        var second = Child("C2").Order("B1", Disposal.YouthCaution, "2023-07-01", "2023-07-20").Build();

        var table = KpiEngine.Prepare(Service(first, second)).Table;

        table.ChildCount.Should().Be(2);
        table.InterventionStart(0).Should().Be(0);
        table.InterventionStart(1).Should().Be(2);
        table.OffencesOf(0).Length.Should().Be(2);
        table.OffencesOf(1).Length.Should().Be(1);
        table.Interventions[1].Disposal.Should().Be(Disposal.YouthRehabilitationOrder.Value);
        table.Interventions[1].End.Should().Be(Days.Open);
        table.InterventionChild.Should().Equal(0, 0, 1);
        table.Offences[table.InterventionLinks[table.Interventions[2].FirstLink]].OffenceDate.Should().Be(Days.Of(Dates.D("2023-06-01")));
    }

    [Fact]
    public void A_link_to_an_offence_not_in_the_childs_data_is_minus_one()
    {
        var child = Child("C1")
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, Dates.D("2023-05-01"), null, [new OffenceId("missing")], true))
            .Build();

        var table = KpiEngine.Prepare(Service(child)).Table;

        table.Interventions[0].LinkCount.Should().Be(1);
        table.InterventionLinks[table.Interventions[0].FirstLink].Should().Be(-1);
        table.Interventions[0].Completed.Should().Be(1);
    }

    [Fact]
    public void Interventions_are_found_by_the_quarter_they_end_in_grouped_by_child()
    {
        var first = Child("C1").Order("A1", Disposal.ReferralOrder, "2023-05-01", "2023-09-30").Order("A2", Disposal.ReferralOrder, "2023-05-01", "2023-10-01").Build();
        var second = Child("C2").Order("B1", Disposal.ReferralOrder, "2023-05-01", "2023-07-01").Build();

        var table = KpiEngine.Prepare(Service(first, second)).Table;

        table.InterventionsEndingIn((2023 * 4) + 1).ToArray().Should().Equal(0, 2);
        table.InterventionsEndingIn((2023 * 4) + 2).ToArray().Should().Equal(1);
        table.InterventionsEndingIn((2023 * 4) + 3).ToArray().Should().BeEmpty();
    }

    [Fact]
    public void A_child_without_a_date_of_birth_has_none()
    {
        var table = KpiEngine.Prepare(Service(Child("C1", null).Order("A1", Disposal.ReferralOrder, "2023-05-01", "2023-08-15").Build())).Table;

        table.DateOfBirth[0].Should().Be(Days.None);
        table.SchoolAgeEnd[0].Should().Be(Days.None);
        table.IndexOf(new Domain.Children.ChildId("C1")).Should().Be(0);
        table.IndexOf(new Domain.Children.ChildId("C9")).Should().Be(-1);
    }
}
