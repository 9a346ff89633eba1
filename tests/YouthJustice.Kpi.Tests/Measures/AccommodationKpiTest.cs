using YouthJustice.Domain.Accommodation;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class AccommodationKpiTest
{
    private static ChildBuilder ReferralOrderEndingInQ3(string id)
        => Child(id).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30"); // kpi-rules §9.1

    [Fact]
    public void Unknown_record_beside_a_suitable_one_makes_the_child_unsuitable()
    {
        // kpi-rules §9.1.
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Accommodation("2023-11-01", null, AccommodationType.LivingWithFamily, Suitability.Unknown)
            .Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        result.Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(0, 1));
        result.Find("kpi1.1a.unsuitableAtEnd")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Child_with_no_record_at_the_end_is_in_the_denominator_only()
    {
        // kpi-rules §9.2.
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2020-01-01", "2023-11-29", AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        result.Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(0, 1));
        result.Find("kpi1.1a.unsuitableAtEnd")!.Fraction.Should().Be(new Fraction(0, 1));
        result.Find("kpi1.1a.suitableAtStart")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Record_ending_the_day_the_order_ends_counts_at_the_end()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2020-01-01", "2023-11-30", AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();

        Compute(DefinitionSet.Definitions2024, child).Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Sentinel_end_date_means_the_record_is_still_open()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2020-01-01", "1900-01-01", AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();

        Compute(DefinitionSet.Definitions2024, child).Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Theory]
    [InlineData("BedAndBreakfast")]
    [InlineData("NoFixedAbode")]
    [InlineData("Unknown")]
    public void Always_unsuitable_types_are_unsuitable_whatever_was_recorded(string type)
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2023-01-01", null, AccommodationType.FromName(type), Suitability.Suitable)
            .Build();

        Compute(DefinitionSet.Definitions2024, child).Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Record_without_suitability_is_ignored()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2023-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Accommodation("2023-01-01", null, AccommodationType.LivingWithFriends, null)
            .Build();

        Compute(DefinitionSet.Definitions2024, child).Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Definitions_2023_read_primary_residences_only()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2023-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable, primary: true)
            .Accommodation("2023-01-01", null, AccommodationType.TemporaryAccommodation, Suitability.Unsuitable, primary: false)
            .Build();

        Compute(DefinitionSet.Definitions2023, child).Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(1, 1));
        Compute(DefinitionSet.Definitions2024, child).Find("kpi1.headline")!.Fraction.Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Headline_is_split_by_type_of_order_and_the_splits_sum_to_it()
    {
        var suitable = Child("C1").Order("I1", Disposal.YouthRehabilitationOrder, "2023-01-01", "2023-12-01")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable).Build();
        var unsuitable = Child("C2").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-10-01")
            .Accommodation("2020-01-01", null, AccommodationType.BedAndBreakfast, Suitability.Suitable).Build();
        var ycc = Child("C3").Order("I1", Disposal.YouthConditionalCaution, "2023-08-01", "2023-10-31")
            .Accommodation("2020-01-01", null, AccommodationType.FosterCareLocalAuthority, Suitability.Suitable).Build();

        var headline = Compute(DefinitionSet.Definitions2024, suitable, unsuitable, ycc).Find("kpi1.headline")!;

        headline.Fraction.Should().Be(new Fraction(2, 3));
        headline.Value.Should().Be(66.7m);
        headline.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
        headline.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(0, 1));
        headline.ByTypeOfOrder[TypeOfOrder.YouthConditionalCaution].Should().Be(new Fraction(1, 1));
        headline.ByTypeOfOrder[TypeOfOrder.CustodialSentence].Should().Be(new Fraction(0, 0));
        headline.ByTypeOfOrder.Values.Aggregate((a, b) => a + b).Should().Be(headline.Fraction);
    }

    [Fact]
    public void By_type_group_counts_suitable_children_among_those_living_in_that_group()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2020-01-01", null, AccommodationType.FosterCarePrivate, Suitability.Suitable)
            .Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        result.Find("kpi1.1b.atEnd.FosterCare")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi1.1b.atEnd.LivingWithParents")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Explanation_names_the_record_and_date_that_decided()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2023-11-01", null, AccommodationType.LivingWithFamily, Suitability.Unknown)
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        explanation.Standing.Should().Be(CohortStanding.Member);
        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi1.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotMet);
        headline.Reasons.Should().Equal("unsuitable at end: accommodation period from 2023-11-01, open, LivingWithFamily, suitability Unknown, primary, open on 2023-11-30");
    }

    [Fact]
    public void Diff_lists_the_child_whose_classification_changes_with_the_primary_residence_rule()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Accommodation("2023-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable, primary: true)
            .Accommodation("2023-01-01", null, AccommodationType.TemporaryAccommodation, Suitability.Unsuitable, primary: false)
            .Build();

        var diff = new KpiEngine().Diff(KpiEngine.Prepare(Service(child)), Q3, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024);

        var headline = diff.Single(d => d.MeasureId == "kpi1.headline");
        headline.From.Should().Be(ChildMeasureStatus.Met);
        headline.To.Should().Be(ChildMeasureStatus.NotMet);
        headline.Rule.Should().StartWith("KPI 1: the 2023 definitions read primary residences only");
    }
}
