using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Education;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// kpi-rules §13.20: the custody window (§1.4) serves "at start" as it serves "at end" and "during", so a status record
/// that ended on the day before custody began is present at the start of a custodial order. Custody began with the
/// DTO on 2023-03-01; the licence runs 2023-07-01 to 2023-11-30.
/// </summary>
public class AtStartOfCustodialOrderTest
{
    private static ChildBuilder DtoLicence(string id)
        => Child(id).Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-07-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-03-01");

    private static ChildBuilder YouthRehabilitationOrder(string id)
        => Child(id).Order("I1", Disposal.YouthRehabilitationOrder, "2023-03-01", "2023-11-30");

    [Theory]
    [InlineData("2023-02-28", 1)] // ended the day before custody began
    [InlineData("2023-03-01", 1)] // ended on the day custody began
    [InlineData("2023-02-27", 0)] // ended two days before
    public void Accommodation_that_ended_the_day_before_custody_began_is_present_at_the_start(string end, int present)
    {
        var child = DtoLicence("C1").Accommodation("2022-01-01", end, AccommodationType.LivingWithParents, Suitability.Suitable).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi1.1a.suitableAtStart").Should().Be(new Fraction(present, 1));
        result.Find("kpi1.1a.suitableAtStart")!.ByTypeOfOrder[TypeOfOrder.CustodialSentence].Should().Be(new Fraction(present, 1));
    }

    [Theory]
    [InlineData("2023-02-28", 1)]
    [InlineData("2023-03-01", 1)]
    [InlineData("2023-02-27", 0)]
    public void Ete_that_ended_the_day_before_custody_began_is_present_at_the_start(string end, int present)
    {
        var child = DtoLicence("C1").Ete("2022-09-01", end, EteProvision.College, Suitability.Unsuitable).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi2.2a.unsuitableAtStart").Should().Be(new Fraction(present, 1));
    }

    [Fact]
    public void A_community_order_has_no_day_before_window_at_the_start()
    {
        var child = YouthRehabilitationOrder("C1").Accommodation("2022-01-01", "2023-02-28", AccommodationType.LivingWithParents, Suitability.Suitable).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi1.1a.suitableAtStart").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Explanation_says_the_record_counts_through_the_custody_window()
    {
        var child = DtoLicence("C1").Accommodation("2022-01-01", "2023-02-28", AccommodationType.LivingWithParents, Suitability.Suitable).Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var atStart = explanation.Measures.Single(m => m.MeasureId == "kpi1.1a.suitableAtStart");
        atStart.Status.Should().Be(Explanations.ChildMeasureStatus.Met);
        atStart.Reasons.Should().Equal(
            "accommodation period from 2022-01-01 to 2023-02-28, LivingWithParents, suitability Suitable, primary, which ended on 2023-02-28, the day before custody began: present at the start of a custodial order (kpi-rules §13.20)");
    }
}
