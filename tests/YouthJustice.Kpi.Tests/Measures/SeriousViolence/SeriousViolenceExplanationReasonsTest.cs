using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>
/// KPI 9 explanations measure by measure (kpi-rules §2.9, §13.13, §13.22): why a child is outside a breakdown when its
/// only counted offence is not serious violence, one reason per offence on every measure, one reason in the 9f age
/// band, the headline's status when the rate has no value; and the pipeline's date filter at 2023-04-01
/// (yjaf-case-level §6.11: outcome date on or after 2023-04-01 is kept).
/// </summary>
public class SeriousViolenceExplanationReasonsTest
{
    private static MeasureExplanation Measure(ChildExplanation explanation, string id) => explanation.Measures.Single(m => m.MeasureId == id);

    private static ChildExplanation Explain(ChildCase child, ReportingQuarter quarter, PopulationEstimate[] populations, KpiProfile? profile = null)
        => new KpiEngine(new KpiOptions { Profile = profile ?? KpiProfile.Guidance }).Explain(KpiEngine.Prepare(Service([child], populations, [])), child.Id, quarter).AsT0;

    /// <summary>A robbery scored 6 committed on 2023-03-01, with the given outcomes, linked to an open referral order.</summary>
    private static ChildCase RobberyWithOutcomes(params LegalOutcome[] outcomes)
        => Child("C1")
            .Offence(new Offence(new OffenceId("O1"), D("2023-03-01"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, outcomes))
            .Intervention(new Intervention(new InterventionId("I1"), Disposal.ReferralOrder, D("2023-04-10"), null, [new OffenceId("O1")], null))
            .Build();

    [Fact]
    public void A_child_whose_only_counted_offence_is_not_serious_violence_is_told_why_on_each_measure()
    {
        // Theft scored 6, referral order on 2023-05-01: counted in 9a's and 9e's denominators, in no SV breakdown.
        var explanation = Explain(Offence("C1", OffenceCategory.TheftAndHandling, 6), Q1, Populations);
        const string notSv = "offence O-I1 (TheftAndHandling, seriousness 6, offence date 2023-04-01), kept outcome on 2023-05-01: not serious violence (not drugs, robbery or violence against the person)";

        Measure(explanation, "kpi9.headline").Reasons.Should().Equal(notSv);
        var share = Measure(explanation, "kpi9.9a.seriousViolenceOffences");
        share.Status.Should().Be(ChildMeasureStatus.NotMet);
        share.Reasons.Should().Equal(notSv);
        var referral = Measure(explanation, "kpi9.9e.ReferralOrder");
        referral.Status.Should().Be(ChildMeasureStatus.NotMet);
        referral.Reasons.Should().Equal("kept legal outcome ReferralOrder on 2023-05-01: the offence is not serious violence");
        var yro = Measure(explanation, "kpi9.9e.YouthRehabilitationOrder");
        yro.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        yro.Reasons.Should().Equal("no offence counted in the quarter with this type of order");
        var robbery = Measure(explanation, "kpi9.9c.Robbery");
        robbery.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        robbery.Reasons.Should().Equal("no serious violence offence in the quarter");
        var template = Measure(explanation, "kpi9.template.Robbery.Aged10To15");
        template.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        template.Reasons.Should().Equal("no serious violence offence of this category in the quarter");
    }

    [Fact]
    public void Each_measure_lists_the_childs_offences_in_its_denominator_once()
    {
        var explanation = Explain(Offence("C1", OffenceCategory.Robbery, 6), Q1, Populations);
        const string sv = "offence O-I1 (Robbery, seriousness 6, offence date 2023-04-01), kept outcome on 2023-05-01: serious violence (drugs, robbery or violence against the person scored 5 or more)";

        foreach (var id in new[] { "kpi9.headline", "kpi9.9a.seriousViolenceOffences", "kpi9.9b.childrenWithSeriousViolence", "kpi9.9c.Robbery", "kpi9.9d.score6", "kpi9.template.Robbery.Aged10To15" })
        {
            var measure = Measure(explanation, id);
            measure.Status.Should().Be(ChildMeasureStatus.Met, id);
            measure.Reasons.Should().Equal([sv], id);
        }

        Measure(explanation, "kpi9.9e.ReferralOrder").Reasons.Should().Equal("kept legal outcome ReferralOrder on 2023-05-01: the offence is serious violence");
    }

    [Fact]
    public void Two_serious_violence_offences_at_the_same_youngest_age_give_one_reason_in_the_age_band()
    {
        // Born 2008-05-01: 15 on both outcome dates (the age reference days, no first hearing).
        var child = Child("C1")
            .Order("I1", Disposal.ReferralOrder, "2023-05-01", null, category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-04-20")
            .Order("I2", Disposal.ReferralOrder, "2023-05-10", null, category: OffenceCategory.Drugs, seriousness: 5, offenceDate: "2023-04-25")
            .Build();

        var band = Measure(Explain(child, Q1, Populations), "kpi9.9f.age.Aged15To17");

        band.Status.Should().Be(ChildMeasureStatus.Met);
        band.Reasons.Should().Equal("offence O-I1 (Robbery, seriousness 6, offence date 2023-04-20): aged 15 on its age reference day, the youngest age among the child's serious violence offences counted in the quarter, which places the child in one age band only (kpi-rules §13.22)");
    }

    [Fact]
    public void Without_a_population_estimate_the_headline_keeps_the_childs_status_and_says_why_the_rate_has_none()
    {
        // 2024Q1 uses the 2023 estimate, which the service does not have.
        var headline = Measure(Explain(Offence("C1", OffenceCategory.Robbery, 6, "2024-05-01"), new ReportingQuarter(2024, 1), [new PopulationEstimate(2022, 24_000)]), "kpi9.headline");

        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal(
            "offence O-I1 (Robbery, seriousness 6, offence date 2024-04-01), kept outcome on 2024-05-01: serious violence (drugs, robbery or violence against the person scored 5 or more)",
            "no ONS population estimate of children aged 10-17 for the calendar year before the financial year starting 2024-04-01: the rate has no value");
    }

    [Fact]
    public void Under_the_pipelines_population_lookup_a_quarter_after_FY2024_25_keeps_the_childs_headline_status()
    {
        // Born 2010-05-01: 15 on 2025-05-01. The service has an estimate for 2024, but the pipeline's lookup stops at FY2024/25.
        var child = Offence("C1", OffenceCategory.Robbery, 6, "2025-05-01", dateOfBirth: "2010-05-01");
        var headline = Measure(Explain(child, new ReportingQuarter(2025, 1), [new PopulationEstimate(2024, 20_000)], KpiProfile.With([PipelineDivergence.SeriousViolenceNoRateAfter2024])), "kpi9.headline");

        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal(
            "offence O-I1 (Robbery, seriousness 6, offence date 2025-04-01), kept outcome on 2025-05-01: serious violence (drugs, robbery or violence against the person scored 5 or more)",
            "the YJB pipeline's population lookup has no estimate for the financial year starting 2025-04-01 (after FY2024/25): the rate has no value (yjb-pipeline profile, yjaf-case-level §6.10)");
    }

    [Theory]
    [InlineData("2023-03-31", "kpi9.9e.ReferralOrder")] // the YRO is dropped before the dedup: the referral order is kept
    [InlineData("2023-04-01", "kpi9.9e.YouthRehabilitationOrder")] // on the first day the filter keeps: the YRO is kept
    public void Under_the_pipelines_date_filter_an_outcome_dated_1_April_2023_or_later_passes_the_date_filter(string yroDate, string keptType)
    {
        var child = RobberyWithOutcomes(Outcome(Disposal.YouthRehabilitationOrder, yroDate), Outcome(Disposal.ReferralOrder, "2023-05-01"));

        var result = Returns.Of(Service([child], Populations, []), Q1, KpiProfile.With([PipelineDivergence.SeriousViolenceDateFilterBeforeDedup]));

        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find(keptType)!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find(keptType == "kpi9.9e.ReferralOrder" ? "kpi9.9e.YouthRehabilitationOrder" : "kpi9.9e.ReferralOrder")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_fine_is_kept_over_a_youth_conditional_caution_whatever_rank_the_services_table_gives_it(bool tableGivesNoRank)
    {
        // kpi-rules §13.3: a court outcome without a type of order ranks between referral orders and youth conditional
        // cautions, so the later fine is kept and the offence is in no 9e column; a service's table that gives the fine
        // no rank of its own does not change that.
        var defaults = KpiReferenceTables.Default;
        var tables = tableGivesNoRank
            ? new KpiReferenceTables(defaults.InterventionDisposals, defaults.Outcomes.Select(o => o.Outcome == Disposal.Fine
                ? new OutcomeReference(o.Outcome, false, LegalOutcomeGroup.FirstTier, null, null, "test: a service table with no rank for fines")
                : o))
            : defaults;
        var child = RobberyWithOutcomes(Outcome(Disposal.YouthConditionalCaution, "2023-05-01"), Outcome(Disposal.Fine, "2023-06-01"));

        var result = new KpiEngine(tables).Compute(KpiEngine.Prepare(Service([child], Populations, [])), Q1, DefinitionSet.Definitions2024);

        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi9.9e.YouthConditionalCaution")!.Fraction.Should().Be(new Fraction(0, 0));
    }
}
