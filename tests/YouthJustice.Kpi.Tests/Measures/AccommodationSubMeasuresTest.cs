using YouthJustice.Domain.Accommodation;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 1's sub-measures at their boundaries: 1a suitable/unsuitable at start and at end over every cohort child (a child
/// with no record at a point stays in the denominator, kpi-rules §1.4), 1b suitable by accommodation type group over
/// the children living in that group at that point, and the six-way type-of-order split of every sub-measure (§1.3).
/// </summary>
public class AccommodationSubMeasuresTest
{
    /// <summary>Referral order I1, 2023-05-01 to 2023-11-30 (ends in 2023Q3).</summary>
    private static ChildBuilder OrderEndingInQ3(string id) => ReferralOrder(id);

    [Fact]
    public void Child_with_no_record_at_the_start_is_in_both_start_denominators_and_neither_numerator()
    {
        // kpi-rules §1.4: suitability is null when no record exists, so the child is counted in the denominator only.
        var child = OrderEndingInQ3("C1")
            .Accommodation("2023-08-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        Of(result, "kpi1.1a.suitableAtStart").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.1a.unsuitableAtStart").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.1a.suitableAtEnd").Should().Be(new Fraction(1, 1));
        Of(result, "kpi1.1a.unsuitableAtEnd").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Child_with_no_record_at_all_is_in_every_1a_denominator_and_no_1b_denominator()
    {
        var result = Compute(OrderEndingInQ3("C1").Build());

        Of(result, "kpi1.headline").Should().Be(new Fraction(0, 1));
        foreach (var id in new[] { "kpi1.1a.suitableAtStart", "kpi1.1a.unsuitableAtStart", "kpi1.1a.suitableAtEnd", "kpi1.1a.unsuitableAtEnd" })
        {
            Of(result, id).Should().Be(new Fraction(0, 1), id);
        }

        result.Measures.Where(m => m.Definition.Id.StartsWith("kpi1.1b.", System.StringComparison.Ordinal))
            .Should().HaveCount(2 * AccommodationTypeGroup.List.Count)
            .And.OnlyContain(m => m.Fraction == new Fraction(0, 0));
    }

    [Fact]
    public void Unsuitable_at_the_start_and_suitable_at_the_end_counts_in_each_point_separately()
    {
        var child = OrderEndingInQ3("C1")
            .Accommodation("2023-01-01", "2023-07-31", AccommodationType.TemporaryAccommodation, Suitability.Unsuitable)
            .Accommodation("2023-08-01", null, AccommodationType.FosterCareLocalAuthority, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        Of(result, "kpi1.1a.suitableAtStart").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.1a.unsuitableAtStart").Should().Be(new Fraction(1, 1));
        Of(result, "kpi1.1a.suitableAtEnd").Should().Be(new Fraction(1, 1));
        Of(result, "kpi1.1a.unsuitableAtEnd").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.1b.atStart.TemporaryAccommodation").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.1b.atStart.FosterCare").Should().Be(new Fraction(0, 0));
        Of(result, "kpi1.1b.atEnd.FosterCare").Should().Be(new Fraction(1, 1));
        Of(result, "kpi1.1b.atEnd.TemporaryAccommodation").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void By_type_group_at_the_start_counts_suitable_children_among_those_living_in_that_group_at_the_start()
    {
        var suitable = OrderEndingInQ3("C1")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();
        var unsuitable = OrderEndingInQ3("C2")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithFamily, Suitability.Unsuitable)
            .Build();
        var alsoWithParents = OrderEndingInQ3("C3")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Unsuitable)
            .Build();

        var result = Compute(suitable, unsuitable, alsoWithParents);

        Of(result, "kpi1.1b.atStart.LivingWithParents").Should().Be(new Fraction(1, 2));
        Of(result, "kpi1.1b.atStart.LivingWithFamily").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.1b.atEnd.LivingWithParents").Should().Be(new Fraction(1, 2));
        Of(result, "kpi1.1b.atEnd.LivingWithFamily").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Child_living_in_two_groups_is_counted_in_both_with_the_childs_overall_suitability()
    {
        // kpi-rules §13.7: one unsuitable record makes the child unsuitable at that point, in every group it lives in.
        var child = OrderEndingInQ3("C1")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Accommodation("2023-06-01", null, AccommodationType.BailHostel, Suitability.Unsuitable)
            .Build();

        var result = Compute(child);

        Of(result, "kpi1.1b.atEnd.LivingWithParents").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.1b.atEnd.TemporaryAccommodation").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.1b.atStart.LivingWithParents").Should().Be(new Fraction(1, 1));
        Of(result, "kpi1.1b.atStart.TemporaryAccommodation").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void By_type_group_reads_only_the_records_the_definition_set_reads()
    {
        // The 2023 definitions read primary residences only (kpi-rules §13.7); a record without suitability is ignored.
        var child = OrderEndingInQ3("C1")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable, primary: true)
            .Accommodation("2020-01-01", null, AccommodationType.SupportedLodgings, Suitability.Suitable, primary: false)
            .Accommodation("2020-01-01", null, AccommodationType.IndependentLiving, null)
            .Build();

        var v2023 = Compute(DefinitionSet.Definitions2023, child);
        var v2024 = Compute(DefinitionSet.Definitions2024, child);

        Of(v2023, "kpi1.1b.atEnd.SupportedAccommodation").Should().Be(new Fraction(0, 0));
        Of(v2023, "kpi1.1b.atStart.SupportedAccommodation").Should().Be(new Fraction(0, 0));
        Of(v2024, "kpi1.1b.atEnd.SupportedAccommodation").Should().Be(new Fraction(1, 1));
        Of(v2024, "kpi1.1b.atStart.SupportedAccommodation").Should().Be(new Fraction(1, 1));
        Of(v2024, "kpi1.1b.atEnd.IndependentLiving").Should().Be(new Fraction(0, 0));
        Of(v2023, "kpi1.1b.atEnd.LivingWithParents").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Every_sub_measure_is_split_six_ways_by_type_of_order()
    {
        // kpi-rules §1.3: every count is broken into the six types of order; the splits add up to the whole.
        var yro = Child("C1").Order("I1", Disposal.YouthRehabilitationOrder, "2023-01-01", "2023-12-01")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable).Build();
        var referral = Child("C2").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-10-01")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Unsuitable).Build();

        var result = Compute(yro, referral);

        foreach (var measure in result.Measures.Where(m => m.Definition.Id.StartsWith("kpi1.", System.StringComparison.Ordinal)))
        {
            measure.Definition.SplitByTypeOfOrder.Should().BeTrue(measure.Definition.Id);
            measure.ByTypeOfOrder.Keys.Should().BeEquivalentTo(TypeOfOrder.List, measure.Definition.Id);
            measure.ByTypeOfOrder.Values.Aggregate((a, b) => a + b).Should().Be(measure.Fraction, measure.Definition.Id);
        }

        result.Find("kpi1.1a.suitableAtStart")!.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
        result.Find("kpi1.1a.unsuitableAtStart")!.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(1, 1));
        result.Find("kpi1.1b.atEnd.LivingWithParents")!.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(0, 1));
        result.Find("kpi1.1b.atEnd.LivingWithParents")!.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Explanation_of_a_suitable_child_names_the_first_suitable_record()
    {
        var child = OrderEndingInQ3("C1")
            .Accommodation("2021-01-01", null, AccommodationType.LivingWithFamily, Suitability.Suitable)
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();

        var explanation = new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi1.headline");
        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal("suitable at end: accommodation period from 2021-01-01, open, LivingWithFamily, suitability Suitable, primary, open on 2023-11-30");
        var withParents = explanation.Measures.Single(m => m.MeasureId == "kpi1.1b.atStart.LivingWithParents");
        withParents.Status.Should().Be(ChildMeasureStatus.Met);
        withParents.Reasons.Should().Equal("accommodation period from 2020-01-01, open, LivingWithParents, suitability Suitable, primary, open on 2023-05-01");
        explanation.Measures.Single(m => m.MeasureId == "kpi1.1b.atStart.FosterCare").Status.Should().Be(ChildMeasureStatus.NotInDenominator);
    }

    [Fact]
    public void Explanation_of_a_child_with_no_record_at_the_end_says_it_counts_in_the_denominator_only()
    {
        var explanation = new KpiEngine().Explain(KpiEngine.Prepare(Service(OrderEndingInQ3("C1").Build())), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi1.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NoData);
        headline.Reasons.Should().Equal("no accommodation record with a suitability open on 2023-11-30 (the end of the order): denominator only");
        var atStart = explanation.Measures.Single(m => m.MeasureId == "kpi1.1a.unsuitableAtStart");
        atStart.Status.Should().Be(ChildMeasureStatus.NoData);
        atStart.Reasons.Should().Equal("no accommodation record with a suitability open on 2023-05-01: denominator only");
    }

    [Fact]
    public void Catalogue_lists_the_kpi1_measures_with_the_groups_in_the_templates_order()
    {
        // docs/kpis/kpi1-accommodation.md: 1b at start then at end, each in the order of the YJB's accommodation groups.
        string[] groups =
        [
            "SecureTrainingCentre", "SecureChildrensHome", "YoungOffenderInstitution", "LivingWithParents", "LivingWithFamily",
            "LivingWithFriends", "FosterCare", "SupportedAccommodation", "TemporaryAccommodation", "ResidentialUnit",
            "IndependentLiving", "Other", "BedAndBreakfast", "NoFixedAbode", "Unknown",
        ];

        new KpiEngine().Catalogue.Select(m => m.Id).Where(id => id.StartsWith("kpi1.", System.StringComparison.Ordinal)).Should().Equal(
            new[] { "kpi1.headline", "kpi1.1a.suitableAtStart", "kpi1.1a.unsuitableAtStart", "kpi1.1a.suitableAtEnd", "kpi1.1a.unsuitableAtEnd" }
                .Concat(groups.Select(g => "kpi1.1b.atStart." + g))
                .Concat(groups.Select(g => "kpi1.1b.atEnd." + g))
                .Concat(["kpi1.custody.suitableOnRelease", "kpi1.custody.unsuitableOnRelease", "kpi1.remand.fourWeeksOrMore.suitableAtEnd"]));
    }

    [Fact]
    public void Explanation_of_a_group_names_the_first_record_of_that_group()
    {
        var child = OrderEndingInQ3("C1")
            .Accommodation("2020-01-01", null, AccommodationType.FosterCarePrivate, Suitability.Suitable)
            .Accommodation("2021-01-01", null, AccommodationType.FosterCareLocalAuthority, Suitability.Suitable)
            .Build();

        var explanation = new KpiEngine().Explain(KpiEngine.Prepare(Service(Child("A0").Build(), child)), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var fosterCare = explanation.Measures.Single(m => m.MeasureId == "kpi1.1b.atEnd.FosterCare");
        fosterCare.Status.Should().Be(ChildMeasureStatus.Met);
        fosterCare.Reasons.Should().Equal("accommodation period from 2020-01-01, open, FosterCarePrivate, suitability Suitable, primary, open on 2023-11-30");
    }

    [Fact]
    public void Explanation_of_the_start_and_end_pairs_names_the_record_open_on_each_day_and_a_group_not_lived_in()
    {
        var child = OrderEndingInQ3("C1")
            .Accommodation("2023-01-01", "2023-07-31", AccommodationType.TemporaryAccommodation, Suitability.Unsuitable)
            .Accommodation("2023-08-01", null, AccommodationType.FosterCareLocalAuthority, Suitability.Suitable)
            .Build();

        var explanation = new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;
        MeasureExplanation Measure(string id) => explanation.Measures.Single(m => m.MeasureId == id);

        Measure("kpi1.1a.unsuitableAtStart").Status.Should().Be(ChildMeasureStatus.Met);
        Measure("kpi1.1a.unsuitableAtStart").Reasons.Should().Equal("accommodation period from 2023-01-01 to 2023-07-31, TemporaryAccommodation, suitability Unsuitable, primary, open on 2023-05-01");
        Measure("kpi1.1a.suitableAtEnd").Status.Should().Be(ChildMeasureStatus.Met);
        Measure("kpi1.1a.suitableAtEnd").Reasons.Should().Equal("accommodation period from 2023-08-01, open, FosterCareLocalAuthority, suitability Suitable, primary, open on 2023-11-30");
        Measure("kpi1.1b.atStart.FosterCare").Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        Measure("kpi1.1b.atStart.FosterCare").Reasons.Should().Equal("not living in this type of accommodation on 2023-05-01");
    }

    [Theory]
    [InlineData("2023-02-28", 1)] // ended the day before custody began: present at the start (kpi-rules §13.20)
    [InlineData("2023-02-27", 0)] // ended two days before: not living there at the start
    public void By_type_group_at_the_start_of_a_custodial_order_counts_a_record_that_ended_the_day_before_custody_began(string end, int living)
    {
        // DTO licence 2023-07-01 to 2023-11-30; custody began with the DTO on 2023-03-01.
        var child = Child("C1")
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-07-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-03-01")
            .Accommodation("2022-01-01", end, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        Of(result, "kpi1.1b.atStart.LivingWithParents").Should().Be(new Fraction(living, living));
        Of(result, "kpi1.1a.suitableAtStart").Should().Be(new Fraction(living, 1));
    }
}
