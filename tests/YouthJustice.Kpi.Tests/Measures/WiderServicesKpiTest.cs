using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class WiderServicesKpiTest
{
    // DTO licence 2023-07-01 → 2023-11-30; custody began with the sentence on 2023-03-01, so the window starts 2023-02-28.
    private static ChildBuilder DtoLicence(string id)
        => Child(id).Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-07-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-03-01");

    [Fact]
    public void Is_public_kpi8_and_return_table_7()
    {
        KpiArea.WiderServices.PublicNumber.Should().Be(8);
        KpiArea.WiderServices.ReturnTableNumber.Should().Be(7);
        new KpiEngine().Catalogue.Where(m => m.Area == KpiArea.WiderServices).Select(m => m.Id).Should().Equal(
            "kpi8.headline",
            "kpi8.8a.atStart.LookedAfter",
            "kpi8.8a.atStart.ChildProtectionPlan",
            "kpi8.8a.atStart.ChildInNeed",
            "kpi8.8a.atStart.EarlyHelp",
            "kpi8.8b.during.LookedAfter",
            "kpi8.8b.during.ChildProtectionPlan",
            "kpi8.8b.during.ChildInNeed",
            "kpi8.8b.during.EarlyHelp",
            "kpi8.8c.openToEarlyHelpBeforeStart",
            "kpi8.8c.referredToEarlyHelpDuring");
    }

    [Theory]
    [InlineData("2023-04-30", 0)] // ended the day before the window (the intervention start)
    [InlineData("2023-05-01", 1)] // ended on the first day of the window
    public void Status_ending_the_day_before_the_window_does_not_count_during(string statusEnd, int held)
    {
        var child = ReferralOrder("C1").Care(CareStatus.ChildInNeed, "2022-01-01", statusEnd).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi8.headline").Should().Be(new Fraction(held, 1));
        Of(result, "kpi8.8b.during.ChildInNeed").Should().Be(new Fraction(held, 1));
        Of(result, "kpi8.8a.atStart.ChildInNeed").Should().Be(new Fraction(held, 1));
    }

    [Theory]
    [InlineData("2023-02-27", 0)] // two days before custody began
    [InlineData("2023-02-28", 1)] // the day before custody began: the first day of the custody window
    public void Custody_window_starts_the_day_before_custody_began(string statusEnd, int held)
    {
        var child = DtoLicence("C1").Care(CareStatus.ChildProtectionPlan, "2022-06-01", statusEnd).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        var headline = result.Find("kpi8.headline")!;
        headline.Fraction.Should().Be(new Fraction(held, 1));
        headline.ByTypeOfOrder[TypeOfOrder.CustodialSentence].Should().Be(new Fraction(held, 1));
        Of(result, "kpi8.8b.during.ChildProtectionPlan").Should().Be(new Fraction(held, 1));

        // At start (kpi-rules §13.20): the custody window serves "at start" too, so a status that ended the day
        // before custody began (2023-03-01) is held at the start; one that ended two days before is not.
        Of(result, "kpi8.8a.atStart.ChildProtectionPlan").Should().Be(new Fraction(held, 1));
    }

    [Fact]
    public void Custody_window_of_a_section_250_sentence_starts_the_day_before_the_intervention()
    {
        var child = Child("C1").Order("I1", Disposal.Section250Detention, "2023-03-01", "2023-11-30")
            .Care(CareStatus.LookedAfter, "2022-06-01", "2023-02-28")
            .Build();

        Of(Compute(DefinitionSet.Definitions2024, child), "kpi8.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Same_children_under_both_definition_sets()
    {
        // C1: looked after until 2023-08-01 (mid-order). C2: child in need, open. C3: care leaver only. C4: nothing.
        var c1 = ReferralOrder("C1").Care(CareStatus.LookedAfter, "2021-03-01", "2023-08-01").Build();
        var c2 = ReferralOrder("C2").Care(CareStatus.ChildInNeed, "2023-06-01", null).Build();
        var c3 = ReferralOrder("C3").Care(CareStatus.CareLeaver, "2023-01-01", null).Build();
        var c4 = ReferralOrder("C4").Build();

        var v1 = Compute(DefinitionSet.Definitions2023, c1, c2, c3, c4);
        var v8 = Compute(DefinitionSet.Definitions2024, c1, c2, c3, c4);

        Of(v1, "kpi8.headline").Should().Be(new Fraction(1, 4));
        v1.Find("kpi8.headline")!.Value.Should().Be(25.0m);
        Of(v8, "kpi8.headline").Should().Be(new Fraction(2, 4));
        v8.Find("kpi8.headline")!.Value.Should().Be(50.0m);

        // Sub-measures do not change with the set.
        Of(v1, "kpi8.8a.atStart.LookedAfter").Should().Be(new Fraction(1, 4));
        Of(v8, "kpi8.8a.atStart.LookedAfter").Should().Be(new Fraction(1, 4));
        Of(v8, "kpi8.8a.atStart.ChildInNeed").Should().Be(new Fraction(0, 4));
        Of(v8, "kpi8.8b.during.ChildInNeed").Should().Be(new Fraction(1, 4));
        Of(v1, "kpi8.8b.during.LookedAfter").Should().Be(new Fraction(1, 4));
    }

    [Theory]
    [InlineData("2023-11-30", 1)] // ends the day the order ends: held at the end
    [InlineData("2023-11-29", 0)]
    [InlineData("1900-01-01", 1)] // the sentinel: still open
    public void The_2023_headline_needs_the_status_at_the_end(string statusEnd, int held)
    {
        var child = ReferralOrder("C1").Care(CareStatus.EarlyHelp, "2023-06-01", statusEnd).Build();

        Of(Compute(DefinitionSet.Definitions2023, child), "kpi8.headline").Should().Be(new Fraction(held, 1));
        Of(Compute(DefinitionSet.Definitions2024, child), "kpi8.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void A_status_starting_after_the_order_ended_does_not_count()
    {
        var child = ReferralOrder("C1").Care(CareStatus.ChildProtectionPlan, "2023-12-01", null).Build();

        Of(Compute(DefinitionSet.Definitions2023, child), "kpi8.headline").Should().Be(new Fraction(0, 1));
        Of(Compute(DefinitionSet.Definitions2024, child), "kpi8.headline").Should().Be(new Fraction(0, 1));
    }

    [Theory]
    [InlineData(nameof(CareStatus.EarlyHelpReferral))]
    [InlineData(nameof(CareStatus.CareLeaver))]
    [InlineData(nameof(CareStatus.None))]
    public void Statuses_that_do_not_count_for_wider_services(string status)
    {
        var child = ReferralOrder("C1").Care(CareStatus.FromName(status), "2023-01-01", null).Build();

        Of(Compute(DefinitionSet.Definitions2024, child), "kpi8.headline").Should().Be(new Fraction(0, 1));
    }

    [Theory]
    [InlineData(null, null, 1, 0)] // no start: before the order
    [InlineData("2023-04-30", null, 1, 0)] // the day before the order starts
    [InlineData("2023-05-01", null, 0, 1)] // the day it starts: referred during
    [InlineData("2023-11-30", null, 0, 1)] // the day it ends
    [InlineData("2023-12-01", null, 0, 0)] // after it ended
    [InlineData("2023-01-01", "2023-04-30", 0, 0)] // closed before the order started
    public void Early_help_referrals_are_open_before_the_start_or_made_during_the_order(string? start, string? end, int before, int during)
    {
        var child = ReferralOrder("C1").Care(CareStatus.EarlyHelpReferral, start, end).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi8.8c.openToEarlyHelpBeforeStart").Should().Be(new Fraction(before, 1));
        Of(result, "kpi8.8c.referredToEarlyHelpDuring").Should().Be(new Fraction(during, 1));
    }

    [Fact]
    public void Early_help_referral_during_custody_is_made_during_the_order()
    {
        // Decision KH11: for a DTO licence the order starts with custody (2023-03-01), not with the licence (2023-07-01).
        var child = DtoLicence("C1").Care(CareStatus.EarlyHelpReferral, "2023-04-01", null).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi8.8c.referredToEarlyHelpDuring").Should().Be(new Fraction(1, 1));
        Of(result, "kpi8.8c.openToEarlyHelpBeforeStart").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Explanation_names_the_record_and_date_that_decided()
    {
        var child = ReferralOrder("C1").Care(CareStatus.LookedAfter, "2021-03-01", "2023-08-01").Build();
        var prepared = KpiEngine.Prepare(Service(child));
        var engine = new KpiEngine();

        var v8 = engine.Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0.Measures.Single(m => m.MeasureId == "kpi8.headline");
        var v1 = engine.Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2023).AsT0.Measures.Single(m => m.MeasureId == "kpi8.headline");

        v8.Status.Should().Be(ChildMeasureStatus.Met);
        v8.Reasons.Should().Equal("care status LookedAfter from 2021-03-01 to 2023-08-01, held during the order (from 2023-05-01 to its end)");
        v1.Status.Should().Be(ChildMeasureStatus.NotMet);
        v1.Reasons.Should().Equal("no looked-after, child protection, child in need or early help status held on 2023-11-30 (the end of the order)");
    }

    [Fact]
    public void Diff_names_the_at_end_versus_during_rule()
    {
        var child = ReferralOrder("C1").Care(CareStatus.LookedAfter, "2021-03-01", "2023-08-01").Build();

        var diff = new KpiEngine().Diff(KpiEngine.Prepare(Service(child)), Q3, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024);

        var headline = diff.Single(d => d.MeasureId.StartsWith("kpi8.", System.StringComparison.Ordinal));
        headline.MeasureId.Should().Be("kpi8.headline");
        headline.From.Should().Be(ChildMeasureStatus.NotMet);
        headline.To.Should().Be(ChildMeasureStatus.Met);
        headline.Rule.Should().StartWith("Wider services: the 2023 definitions count a care status held at the end of the order");
    }

    [Fact]
    public void Numerator_never_exceeds_denominator_on_generated_children()
        => MeasureProperties.NumeratorsWithinDenominators(KpiArea.WiderServices);
}
