using YouthJustice.Domain.Health;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class SubstanceMisuseKpiTest
{
    // Youth rehabilitation order 2023-04-03 → 2023-12-29 (ends in 2023Q3).
    private static ChildBuilder Yro(string id)
        => Child(id).Order("I1", Disposal.YouthRehabilitationOrder, "2023-04-03", "2023-12-29");

    [Theory]
    [InlineData("2023-04-02", 1)] // the day before the intervention starts: in treatment prior
    [InlineData("2023-04-03", 0)] // the day it starts: not prior
    public void Treatment_prior_means_attendance_started_before_the_intervention_start(string attendedStart, int prior)
    {
        var child = Yro("C1").SubstanceMisuse("2023-03-01", attendedStart: attendedStart, intervention: SubstanceMisuseIntervention.SpecialistSubstanceMisuseTreatment).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi5.5a.need").Should().Be(new Fraction(1, 1)); // screened either way
        Of(result, "kpi5.5b.inTreatmentAtStart").Should().Be(new Fraction(prior, 1));

        // Attendance from the start day is within the order, but there is no offer date: only treatment prior meets the headline.
        Of(result, "kpi5.headline").Should().Be(new Fraction(prior, 1));
        Of(result, "kpi5.5c.attending.SpecialistSubstanceMisuseTreatment").Should().Be(new Fraction(prior, prior));
    }

    [Theory]
    [InlineData("2023-12-29", 1)]
    [InlineData("2023-12-30", 0)]
    public void A_record_screened_after_the_order_end_is_ignored(string screened, int need)
    {
        var child = Yro("C1").SubstanceMisuse(screened, intervention: SubstanceMisuseIntervention.TargetedIntervention).Build();

        Of(Compute(DefinitionSet.Definitions2023, child), "kpi5.5a.need").Should().Be(new Fraction(need, 1));
        Of(Compute(DefinitionSet.Definitions2023, child), "kpi5.headline").Should().Be(new Fraction(need, 1));
    }

    [Theory]
    [InlineData("2023-04-03", 1)] // offered on the day the intervention starts
    [InlineData("2023-12-29", 1)] // on the day it ends
    [InlineData("2023-04-02", 0)] // the day before it starts
    public void The_2024_offer_window_includes_both_ends_of_the_order(string offered, int met)
    {
        var child = Yro("C1").SubstanceMisuse("2023-01-10", offered: offered, intervention: SubstanceMisuseIntervention.ComplexCare).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi5.headline").Should().Be(new Fraction(met, 1));
        Of(result, "kpi5.5c.offered.ComplexCare").Should().Be(new Fraction(met, 1));
        Of(result, "kpi5.5c.noIntervention").Should().Be(new Fraction(1 - met, 1));

        // 2023: any offer on or before the end and after the screening counts, including the day before the start.
        Of(Compute(DefinitionSet.Definitions2023, child), "kpi5.5c.offered.ComplexCare").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Sentinel_dates_are_no_dates()
    {
        // Screened 1900-01-01 and offered 1900-01-01: no screening, no offer, no need.
        var child = Yro("C1").SubstanceMisuse("1900-01-01", offered: "1900-01-01", intervention: SubstanceMisuseIntervention.TargetedIntervention).Build();

        var result = Compute(DefinitionSet.Definitions2023, child);

        Of(result, "kpi5.headline").Should().Be(new Fraction(0, 1));
        Of(result, "kpi5.5c.offered.TargetedIntervention").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Same_children_under_both_definition_sets()
    {
        // C1: screened, offered targeted intervention within the order, attending from the day after the offer.
        // C2: screened, offered specialist treatment before the order started, never attended.
        // C3: screened after the order ended (ignored): no need.
        var c1 = Yro("C1").SubstanceMisuse("2023-05-01", offered: "2023-05-10", attendedStart: "2023-05-11", intervention: SubstanceMisuseIntervention.TargetedIntervention).Build();
        var c2 = Yro("C2").SubstanceMisuse("2023-02-01", offered: "2023-03-01", intervention: SubstanceMisuseIntervention.SpecialistSubstanceMisuseTreatment).Build();
        var c3 = Yro("C3").SubstanceMisuse("2024-01-15", offered: "2024-01-20", intervention: SubstanceMisuseIntervention.ComplexCare).Build();

        var v1 = Compute(DefinitionSet.Definitions2023, c1, c2, c3);
        var v8 = Compute(DefinitionSet.Definitions2024, c1, c2, c3);

        Of(v1, "kpi5.headline").Should().Be(new Fraction(2, 3));
        v1.Find("kpi5.headline")!.Value.Should().Be(66.7m);
        Of(v8, "kpi5.headline").Should().Be(new Fraction(1, 2));
        v8.Find("kpi5.headline")!.Value.Should().Be(50.0m);

        Of(v1, "kpi5.5c.offered.SpecialistSubstanceMisuseTreatment").Should().Be(new Fraction(1, 2));
        Of(v8, "kpi5.5c.offered.SpecialistSubstanceMisuseTreatment").Should().Be(new Fraction(0, 2));
        Of(v1, "kpi5.5c.offeredNotAttended").Should().Be(new Fraction(1, 2));
        Of(v8, "kpi5.5c.offeredNotAttended").Should().Be(new Fraction(0, 1));
        Of(v1, "kpi5.5c.noIntervention").Should().Be(new Fraction(0, 2));
        Of(v8, "kpi5.5c.noIntervention").Should().Be(new Fraction(1, 2));
        Of(v1, "kpi5.5c.attending.TargetedIntervention").Should().Be(new Fraction(1, 1));
        Of(v8, "kpi5.5c.attending.TargetedIntervention").Should().Be(new Fraction(1, 1));
        Of(v8, "kpi5.5a.need").Should().Be(new Fraction(2, 3));
    }

    [Fact]
    public void No_intervention_counts_each_child_once_even_when_offered_two_types()
    {
        // Decision KH7: need − offered, per child (a child offered two types is not subtracted twice).
        var two = Yro("C1")
            .SubstanceMisuse("2023-05-01", offered: "2023-05-10", intervention: SubstanceMisuseIntervention.TargetedIntervention)
            .SubstanceMisuse("2023-05-01", offered: "2023-06-10", intervention: SubstanceMisuseIntervention.ComplexCare)
            .Build();
        var none = Yro("C2").SubstanceMisuse("2023-05-01", intervention: SubstanceMisuseIntervention.NoIntervention).Build();

        var result = Compute(DefinitionSet.Definitions2024, two, none);

        Of(result, "kpi5.5c.noIntervention").Should().Be(new Fraction(1, 2));
        Of(result, "kpi5.5c.offered.TargetedIntervention").Should().Be(new Fraction(1, 2));
        Of(result, "kpi5.5c.offered.ComplexCare").Should().Be(new Fraction(1, 2));
        Of(result, "kpi5.5c.offeredNotAttended").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Mental_health_records_do_not_feed_kpi5()
    {
        var child = Yro("C1").MentalHealth("2023-05-01").Build();

        var result = Compute(DefinitionSet.Definitions2023, child);

        Of(result, "kpi4.headline").Should().Be(new Fraction(1, 1));
        Of(result, "kpi5.headline").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Catalogue_lists_every_kpi5_measure_in_order()
    {
        new KpiEngine().Catalogue.Select(m => m.Id).Where(id => id.StartsWith("kpi5.", System.StringComparison.Ordinal)).Should().Equal(
            "kpi5.headline",
            "kpi5.5a.need",
            "kpi5.5b.inTreatmentAtStart",
            "kpi5.5c.offered.TargetedIntervention",
            "kpi5.5c.offered.SpecialistSubstanceMisuseTreatment",
            "kpi5.5c.offered.ComplexCare",
            "kpi5.5c.attending.TargetedIntervention",
            "kpi5.5c.attending.SpecialistSubstanceMisuseTreatment",
            "kpi5.5c.attending.ComplexCare",
            "kpi5.5c.offeredNotAttended",
            "kpi5.5c.noIntervention");
    }

    [Fact]
    public void Explanation_names_the_record_and_date_that_decided()
    {
        var child = Yro("C1").SubstanceMisuse(null, attendedStart: "2023-01-02", intervention: SubstanceMisuseIntervention.ComplexCare).Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi5.headline");
        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal("in treatment or support before the intervention started: substance-misuse record (screened no date, offered no date, attended 2023-01-02 to no date, intervention ComplexCare), still attending on 2023-04-03");
        explanation.Measures.Single(m => m.MeasureId == "kpi5.5c.noIntervention").Reasons.Should().Equal("offered: substance-misuse record (screened no date, offered no date, attended 2023-01-02 to no date, intervention ComplexCare)");
    }

    [Fact]
    public void Explanation_of_a_child_without_a_need_says_so_on_every_measure()
    {
        var child = Yro("C1").Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var kpi5 = explanation.Measures.Where(m => m.MeasureId.StartsWith("kpi5.", System.StringComparison.Ordinal)).ToList();
        kpi5.Should().HaveCount(11);
        kpi5.Single(m => m.MeasureId == "kpi5.5a.need").Status.Should().Be(ChildMeasureStatus.NotMet);
        kpi5.Where(m => m.MeasureId != "kpi5.5a.need").Should().OnlyContain(m => m.Status == ChildMeasureStatus.NotInDenominator);
        kpi5.Should().OnlyContain(m => m.Reasons.Single() == "no need: no record screened on or before 2023-12-29 (the end of the order) and none in treatment at the start of the intervention");
    }

    [Fact]
    public void Numerator_never_exceeds_denominator_on_generated_children()
        => MeasureProperties.NumeratorsWithinDenominators(KpiArea.SubstanceMisuse);
}
