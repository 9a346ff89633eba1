using YouthJustice.Kpi.Cohorts;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Testing.Dates;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Cohorts;

/// <summary>
/// Which of a child's qualifying rows the cohort keeps (kpi-rules §13.3): the most serious type of order, then the
/// latest outcome date, then, only to be deterministic, the latest intervention end, the latest intervention start, the
/// smallest intervention id and the smallest offence id. Each tie-break is checked with the rows in both orders, so
/// the kept row never depends on the order of the records.
/// </summary>
public class CohortKeptRowTest
{
    private static readonly ReportingQuarter Q2024Q1 = new(2024, 1);

    private static Cohort CohortOf(params ChildCase[] children)
        => new KpiEngine().Cohort(KpiEngine.Prepare(Service(children)), Q2024Q1, DefinitionSet.Definitions2024);

    // Another child comes first in the service, so the child's records do not start at the first row of the data.
    private static CohortMember KeptRow(ChildBuilder child)
        => CohortOf(Child("A0").Order("X1", Disposal.ReferralOrder, "2023-12-01", "2024-05-01").Build(), child.Build())
            .Members.Should().HaveCount(2).And.Subject.Single(m => m.ChildId.Value == "C1");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Equally_serious_orders_keep_the_latest_outcome_whichever_is_listed_first(bool latestFirst)
    {
        var child = Child("C1");
        var orders = new (string Id, string OutcomeDate)[] { ("I1", "2023-09-20"), ("I2", "2023-11-20") };
        foreach (var (id, outcomeDate) in latestFirst ? Enumerable.Reverse(orders) : orders)
        {
            child.Order(id, Disposal.ReferralOrder, "2023-12-01", "2024-05-01", outcomeDate: outcomeDate);
        }

        var kept = KeptRow(child);

        kept.InterventionId.Value.Should().Be("I2");
        kept.OutcomeDate.Should().Be(D("2023-11-20"));
        kept.QualifyingRows.Should().Be(2);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_most_serious_order_is_kept_even_with_an_earlier_outcome_whichever_is_listed_first(bool mostSeriousFirst)
    {
        // kpi-rules §13.3: custodial > YRO > referral order; the outcome date only breaks a tie of seriousness.
        var child = Child("C1");
        var orders = new (string Id, Disposal Disposal, string OutcomeDate)[]
        {
            ("I1", Disposal.ReferralOrder, "2024-01-15"),
            ("I2", Disposal.YouthRehabilitationOrder, "2023-06-01"),
        };
        foreach (var (id, disposal, outcomeDate) in mostSeriousFirst ? Enumerable.Reverse(orders) : orders)
        {
            child.Order(id, disposal, "2023-12-01", "2024-05-01", outcomeDate: outcomeDate);
        }

        var kept = KeptRow(child);

        kept.InterventionId.Value.Should().Be("I2");
        kept.TypeOfOrder.Should().Be(TypeOfOrder.YouthRehabilitationOrder);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Same_seriousness_and_outcome_date_keep_the_intervention_that_ends_latest(bool latestFirst)
    {
        var child = Child("C1");
        var orders = new (string Id, string End)[] { ("I1", "2024-06-30"), ("I2", "2024-04-01") };
        foreach (var (id, end) in latestFirst ? orders : Enumerable.Reverse(orders))
        {
            child.Order(id, Disposal.ReferralOrder, "2023-12-01", end, outcomeDate: "2023-11-20");
        }

        var kept = KeptRow(child);

        kept.InterventionId.Value.Should().Be("I1");
        kept.End.Should().Be(D("2024-06-30"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Same_seriousness_outcome_date_and_end_keep_the_intervention_that_starts_latest(bool latestFirst)
    {
        var child = Child("C1");
        var orders = new (string Id, string Start)[] { ("I1", "2024-01-10"), ("I2", "2023-12-01") };
        foreach (var (id, start) in latestFirst ? orders : Enumerable.Reverse(orders))
        {
            child.Order(id, Disposal.ReferralOrder, start, "2024-05-01", outcomeDate: "2023-11-20");
        }

        var kept = KeptRow(child);

        kept.InterventionId.Value.Should().Be("I1");
        kept.Start.Should().Be(D("2024-01-10"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rows_alike_in_every_date_keep_the_smallest_intervention_id(bool smallestFirst)
    {
        var child = Child("C1");
        var ids = new[] { "I1", "I2" };
        foreach (var id in smallestFirst ? ids : Enumerable.Reverse(ids))
        {
            child.Order(id, Disposal.ReferralOrder, "2023-12-01", "2024-05-01", outcomeDate: "2023-11-20");
        }

        var kept = KeptRow(child);

        kept.InterventionId.Value.Should().Be("I1");
        kept.OffenceId.Value.Should().Be("O-I1");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void One_intervention_for_two_offences_alike_in_every_date_keeps_the_smallest_offence_id(bool smallestFirst)
    {
        var ids = smallestFirst ? new[] { "O1", "O2" } : ["O2", "O1"];
        var child = Child("C1");
        foreach (var id in ids)
        {
            child.Offence(new Offence(new OffenceId(id), D("2023-10-01"), null, OffenceCategory.TheftAndHandling, new SeriousnessScore(3), false, [new LegalOutcome(D("2023-11-20"), Disposal.ReferralOrder, null, null, true)]));
        }

        child.Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-12-01"), D("2024-05-01"), ids.Select(i => new OffenceId(i)).ToList(), null));

        var kept = KeptRow(child);

        kept.OffenceId.Value.Should().Be("O1");
        kept.QualifyingRows.Should().Be(2);
    }

    [Fact]
    public void A_child_with_ten_qualifying_rows_keeps_the_most_serious_one_listed_last()
    {
        // More qualifying rows than the builder's first buffer holds (eight): all are counted and the last, the only
        // youth rehabilitation order among nine referral orders, is kept.
        var child = Child("C1");
        for (var i = 1; i <= 9; i++)
        {
            child.Order("I" + i, Disposal.ReferralOrder, "2023-12-01", "2024-05-01", outcomeDate: "2023-11-" + (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        child.Order("I99", Disposal.YouthRehabilitationOrder, "2023-06-01", "2024-04-10");

        var kept = KeptRow(child);

        kept.InterventionId.Value.Should().Be("I99");
        kept.TypeOfOrder.Should().Be(TypeOfOrder.YouthRehabilitationOrder);
        kept.QualifyingRows.Should().Be(10);
    }

    [Fact]
    public void Several_children_with_many_rows_each_keep_their_own_row()
    {
        // The row buffer is reused from child to child: the second child's decision must not see the first's rows.
        var first = Child("A");
        for (var i = 1; i <= 9; i++)
        {
            first.Order("I" + i, Disposal.YouthRehabilitationOrder, "2023-12-01", "2024-05-01");
        }

        var second = Child("B").Order("J1", Disposal.ReferralOrder, "2023-12-01", "2024-05-01");

        var cohort = CohortOf(first.Build(), second.Build());

        cohort.Members.Select(m => (m.ChildId.Value, m.InterventionId.Value, m.QualifyingRows))
            .Should().Equal(("A", "I1", 9), ("B", "J1", 1));
    }

    [Fact]
    public void An_intervention_linked_to_a_missing_offence_and_a_real_one_qualifies_through_the_real_one()
    {
        var child = Child("C1")
            .Offence(new Offence(new OffenceId("O1"), D("2023-10-01"), null, OffenceCategory.TheftAndHandling, new SeriousnessScore(3), false, [new LegalOutcome(D("2023-11-20"), Disposal.ReferralOrder, null, null, true)]))
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-12-01"), D("2024-05-01"), new List<OffenceId> { new("missing"), new("O1") }, null));

        KeptRow(child).OffenceId.Value.Should().Be("O1");
    }
}
