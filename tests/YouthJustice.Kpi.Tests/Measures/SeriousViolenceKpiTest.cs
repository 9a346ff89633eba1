using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using Xunit;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;
using YouthJustice.Kpi.Tests.TestSupport;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Testing.Dates;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class SeriousViolenceKpiTest
{
    private static readonly ReportingQuarter Q1 = new(2023, 1);

    private static readonly PopulationEstimate[] Populations = [new(2022, 24_000), new(2023, 20_000)];

    private static KpiReturn Compute(ReportingQuarter quarter, params ChildCase[] children)
        => Compute(quarter, Populations, children);

    private static KpiReturn Compute(ReportingQuarter quarter, PopulationEstimate[] populations, params ChildCase[] children)
        => new KpiEngine().Compute(KpiEngine.Prepare(Service(children, populations, [])), quarter, DefinitionSet.Definitions2024);

    /// <summary>A referral order for one offence: the outcome (and the age reference day, with no first hearing) is the start.</summary>
    private static ChildCase Offence(string child, OffenceCategory category, int seriousness, string outcomeDate = "2023-05-01", Disposal? disposal = null, string dateOfBirth = "2008-05-01")
        => Child(child, dateOfBirth).Order("I1", disposal ?? Disposal.ReferralOrder, outcomeDate, null, category: category, seriousness: seriousness).Build();

    private static LegalOutcome Outcome(Disposal outcome, string date, AppealStatus? appeal = null, bool? resident = true)
        => new(D(date), outcome, null, appeal, resident);

    /// <summary>An offence with several outcomes, linked to an open intervention with the given disposal.</summary>
    private static ChildCase WithOutcomes(string child, Disposal intervention, OffenceCategory category, int seriousness, params LegalOutcome[] outcomes)
        => Child(child)
            .Offence(new Offence(new OffenceId("O1"), D("2023-04-02"), null, category, new SeriousnessScore(seriousness), false, outcomes))
            .Intervention(new Intervention(new InterventionId("I1"), intervention, D("2023-04-10"), null, [new OffenceId("O1")], null))
            .Build();

    [Fact]
    public void Twelve_serious_violence_offences_in_a_population_of_24000_give_5_per_10000()
    {
        // kpi-rules §9.5: eleven violence offences scored 6 and a drugs offence scored 5 are serious violence; a robbery scored 4 is not.
        var children = new List<ChildCase>();
        for (var i = 0; i < 11; i++)
        {
            children.Add(Offence("V" + i, OffenceCategory.ViolenceAgainstThePerson, 6));
        }

        children.Add(Offence("D1", OffenceCategory.Drugs, 5));
        children.Add(Offence("R1", OffenceCategory.Robbery, 4));

        var result = Compute(Q1, children.ToArray());

        var headline = result.Find("kpi9.headline")!;
        headline.Fraction.Should().Be(new Fraction(12, 24_000));
        headline.Value.Should().Be(5.0m);
        headline.Definition.Unit.Should().Be(MeasureUnit.Per10000);
        headline.Fraction.Display(MeasureUnit.Per10000).Should().Be("5.0 per 10,000");
        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(12, 13));
        result.Find("kpi9.9b.childrenWithSeriousViolence")!.Fraction.Should().Be(new Fraction(12, 13));
        result.Find("kpi9.9c.Drugs")!.Fraction.Should().Be(new Fraction(1, 12));
        result.Find("kpi9.9c.Robbery")!.Fraction.Should().Be(new Fraction(0, 12));
        result.Find("kpi9.9d.score5")!.Fraction.Should().Be(new Fraction(1, 12));
        result.Find("kpi9.9d.score6")!.Fraction.Should().Be(new Fraction(11, 12));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    public void A_violence_offence_is_serious_violence_from_a_score_of_5(int score, int expected)
        => Compute(Q1, Offence("C1", OffenceCategory.ViolenceAgainstThePerson, score))
            .Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(expected, 1));

    [Theory]
    [InlineData("ConditionalDischarge", 1)]
    [InlineData("Fine", 1)]
    [InlineData("ParentingOrder", 0)]
    [InlineData("BindOverOfParent", 0)]
    public void Every_court_outcome_of_the_child_counts_but_orders_on_the_parent_do_not(string outcome, int counted)
    {
        // Decision KS13.
        var disposal = Disposal.FromName(outcome);
        var child = WithOutcomes("C1", Disposal.ReferralOrder, OffenceCategory.ViolenceAgainstThePerson, 6, Outcome(disposal, "2023-05-01"));

        Compute(Q1, child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(counted, counted));
    }

    [Fact]
    public void A_users_outcome_group_table_decides_which_outcomes_kpi_9_counts()
    {
        // Decision K5: the reference tables are the user's. Regrouping the referral order as ancillary (not a caution
        // or a sentence) takes its offence out of KPI 9, as the same table would for the cohort KPIs.
        var defaults = YouthJustice.Domain.Reference.KpiReferenceTables.Default;
        var regrouped = new YouthJustice.Domain.Reference.KpiReferenceTables(
            defaults.InterventionDisposals,
            defaults.Outcomes.Select(o => o.Outcome == Disposal.ReferralOrder
                ? new YouthJustice.Domain.Reference.OutcomeReference(o.Outcome, o.CountsInKpis, LegalOutcomeGroup.Ancillary, o.TypeOfOrder, o.DedupSeriousnessRank, "test: referral order regrouped")
                : o));
        var service = KpiEngine.Prepare(Service([Offence("C1", OffenceCategory.ViolenceAgainstThePerson, 6)], Populations, []));

        new KpiEngine().Compute(service, Q1, DefinitionSet.Definitions2024).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        new KpiEngine(regrouped).Compute(service, Q1, DefinitionSet.Definitions2024).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Other_categories_are_never_serious_violence_whatever_their_score()
        => Compute(Q1, Offence("C1", OffenceCategory.SexualOffences, 8))
            .Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 1));

    [Fact]
    public void The_outcome_date_places_the_offence_even_when_the_order_ends_in_a_later_year()
    {
        // kpi-rules §9.6.
        var child = Child("C1").Order("I1", Disposal.YouthRehabilitationOrder, "2023-06-20", "2024-06-19", outcomeDate: "2023-06-15", category: OffenceCategory.Robbery, seriousness: 6).Build();

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(1);
        Compute(new ReportingQuarter(2024, 1), child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("2023-06-30", 1)]
    [InlineData("2023-07-01", 0)]
    [InlineData("2023-04-01", 1)]
    [InlineData("2023-03-31", 0)]
    public void Outcomes_on_the_first_and_last_day_of_the_quarter_count_in_it(string outcomeDate, int expected)
        => Compute(Q1, Offence("C1", OffenceCategory.ViolenceAgainstThePerson, 5, outcomeDate))
            .Find("kpi9.headline")!.Numerator.Should().Be(expected);

    [Fact]
    public void The_population_is_the_estimate_for_the_year_before_the_financial_year_starts()
    {
        var march = Offence("C1", OffenceCategory.ViolenceAgainstThePerson, 5, "2024-03-31");
        var april = Offence("C2", OffenceCategory.ViolenceAgainstThePerson, 5, "2024-04-01");

        var q4 = Compute(new ReportingQuarter(2023, 4), march, april).Find("kpi9.headline")!;
        var q1 = Compute(new ReportingQuarter(2024, 1), march, april).Find("kpi9.headline")!;

        q4.Fraction.Should().Be(new Fraction(1, 24_000)); // 2023Q4 is FY2023/24: the 2022 estimate
        q4.Value.Should().Be(0.4m);
        q1.Fraction.Should().Be(new Fraction(1, 20_000)); // 2024Q1 is FY2024/25: the 2023 estimate
        q1.Value.Should().Be(0.5m);
    }

    [Fact]
    public void Missing_population_gives_no_value_and_the_explanation_says_why()
    {
        var child = Offence("C1", OffenceCategory.ViolenceAgainstThePerson, 5, "2024-04-01");
        var prepared = KpiEngine.Prepare(Service([child], [new PopulationEstimate(2022, 24_000)], []));
        var engine = new KpiEngine();

        var headline = engine.Compute(prepared, new ReportingQuarter(2024, 1)).Find("kpi9.headline")!;
        var explanation = engine.Explain(prepared, new ChildId("C1"), new ReportingQuarter(2024, 1)).AsT0;

        headline.Fraction.Should().Be(new Fraction(1, 0));
        headline.Value.Should().BeNull();
        explanation.Measures.Single(m => m.MeasureId == "kpi9.headline").Reasons.Should().Contain(
            "no ONS population estimate of children aged 10-17 for the calendar year before the financial year starting 2024-04-01: the rate has no value");
    }

    [Fact]
    public void A_community_resolution_is_diversion_and_is_not_counted()
    {
        var diversion = Child("C1").Order("I1", Disposal.CommunityResolution, "2023-05-01", "2023-08-01", category: OffenceCategory.Robbery, seriousness: 6).Build();
        var caution = Child("C2").Order("I1", Disposal.YouthCaution, "2023-05-01", "2023-08-01", category: OffenceCategory.Robbery, seriousness: 6).Build();

        var result = Compute(Q1, diversion, caution);

        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi9.9e.YouthCaution")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void A_discharge_or_fine_is_a_court_outcome_and_counts()
    {
        var child = WithOutcomes("C1", Disposal.ReferralOrder, OffenceCategory.ViolenceAgainstThePerson, 5, Outcome(Disposal.ConditionalDischarge, "2023-05-01"));

        var result = Compute(Q1, child);

        result.Find("kpi9.headline")!.Numerator.Should().Be(1);
        result.Measures.Where(m => m.Id.StartsWith("kpi9.9e.", System.StringComparison.Ordinal))
            .Should().OnlyContain(m => m.Denominator == 0, "a discharge has no type of order");
    }

    [Theory]
    [InlineData("2023-06-09", 1)] // arrested the day before the 18th birthday
    [InlineData("2023-06-10", 0)] // arrested on the 18th birthday
    public void A_pre_court_outcome_takes_the_age_at_arrest(string arrest, int expected)
    {
        var child = Child("C1", "2005-06-10")
            .Order("I1", Disposal.YouthCaution, "2023-06-20", "2023-09-20", category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-06-01", arrestDate: arrest)
            .Build();

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(expected);
    }

    [Fact]
    public void A_pre_court_outcome_without_an_arrest_takes_the_age_at_the_offence()
    {
        // 17 on the offence date, 18 on the outcome date: counted.
        var child = Child("C1", "2005-06-10")
            .Order("I1", Disposal.YouthConditionalCaution, "2023-06-20", "2023-09-20", category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-06-01")
            .Build();

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(1);
    }

    [Fact]
    public void A_court_outcome_takes_the_age_at_first_hearing_else_on_the_outcome_date()
    {
        // Born 2005-06-10: 17 at the first hearing on 2023-06-01, 18 on the outcome date 2023-06-20.
        var withHearing = Child("C1", "2005-06-10")
            .Order("I1", Disposal.ReferralOrder, "2023-06-20", null, category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-05-01", firstHearing: "2023-06-01", arrestDate: "2023-05-02")
            .Build();
        var withoutHearing = Child("C2", "2005-06-10")
            .Order("I1", Disposal.ReferralOrder, "2023-06-20", null, category: OffenceCategory.Robbery, seriousness: 6, offenceDate: "2023-05-01", arrestDate: "2023-05-02")
            .Build();

        Compute(Q1, withHearing).Find("kpi9.headline")!.Numerator.Should().Be(1);
        Compute(Q1, withoutHearing).Find("kpi9.headline")!.Numerator.Should().Be(0);
    }

    [Fact]
    public void Two_outcomes_of_one_offence_count_once_by_the_most_serious_whose_date_picks_the_quarter()
    {
        // A youth caution in 2023Q1, then a youth rehabilitation order in 2023Q2: the YRO is kept, so the offence is
        // counted once, in 2023Q2.
        var child = WithOutcomes(
            "C1",
            Disposal.YouthRehabilitationOrder,
            OffenceCategory.ViolenceAgainstThePerson,
            6,
            Outcome(Disposal.YouthCaution, "2023-05-01"),
            Outcome(Disposal.YouthRehabilitationOrder, "2023-08-01"));

        Compute(Q1, child).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
        var q2 = Compute(new ReportingQuarter(2023, 2), child);
        q2.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(1, 1));
        q2.Find("kpi9.9e.YouthRehabilitationOrder")!.Fraction.Should().Be(new Fraction(1, 1));
        q2.Find("kpi9.9e.YouthCaution")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Two_outcomes_of_the_same_rank_keep_the_latest()
    {
        var child = WithOutcomes(
            "C1",
            Disposal.ReferralOrder,
            OffenceCategory.Robbery,
            5,
            Outcome(Disposal.ReferralOrder, "2023-06-20"),
            Outcome(Disposal.ReferralOrder, "2023-07-05"));

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(0);
        Compute(new ReportingQuarter(2023, 2), child).Find("kpi9.headline")!.Numerator.Should().Be(1);
    }

    [Fact]
    public void A_discharge_outranks_a_youth_conditional_caution()
    {
        var child = WithOutcomes(
            "C1",
            Disposal.YouthConditionalCaution,
            OffenceCategory.Robbery,
            5,
            Outcome(Disposal.YouthConditionalCaution, "2023-08-01"),
            Outcome(Disposal.AbsoluteDischarge, "2023-06-01"));

        Compute(Q1, child).Find("kpi9.headline")!.Numerator.Should().Be(1);
        Compute(new ReportingQuarter(2023, 2), child).Find("kpi9.headline")!.Numerator.Should().Be(0);
    }

    [Fact]
    public void An_outcome_overturned_on_appeal_or_given_outside_the_area_is_not_eligible()
    {
        var overturned = WithOutcomes(
            "C1",
            Disposal.YouthRehabilitationOrder,
            OffenceCategory.Robbery,
            6,
            Outcome(Disposal.YouthRehabilitationOrder, "2023-08-01", AppealStatus.AppealSuccessful),
            Outcome(Disposal.YouthCaution, "2023-05-01"));
        var elsewhere = WithOutcomes("C2", Disposal.ReferralOrder, OffenceCategory.Robbery, 6, Outcome(Disposal.ReferralOrder, "2023-05-01", resident: false));
        var notRecorded = WithOutcomes("C3", Disposal.ReferralOrder, OffenceCategory.Robbery, 6, Outcome(Disposal.ReferralOrder, "2023-05-01", resident: null));

        var result = Compute(Q1, overturned, elsewhere, notRecorded);

        // The overturned YRO is ignored, so the youth caution in Q1 is kept; a missing residence counts as resident.
        result.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(2, 2));
        result.Find("kpi9.9e.YouthCaution")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void The_offence_must_be_linked_to_an_intervention_that_counts()
    {
        var unlinked = Child("C1")
            .Offence(new Offence(new OffenceId("O1"), D("2023-04-02"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, [Outcome(Disposal.ReferralOrder, "2023-05-01")]))
            .Build();
        var notCounting = WithOutcomes("C2", Disposal.Fine, OffenceCategory.Robbery, 6, Outcome(Disposal.ReferralOrder, "2023-05-01"));

        Compute(Q1, unlinked, notCounting).Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Sub_measures_break_serious_violence_down_by_category_score_order_and_child()
    {
        var c1 = Child("C1", "2008-05-01").WithSex(Sex.Male).WithEthnicity(Ethnicity.WhiteBritish)
            .Order("I1", Disposal.ReferralOrder, "2023-05-10", null, category: OffenceCategory.Robbery, seriousness: 5) // aged 15
            .Order("I2", Disposal.YouthCaution, "2023-05-20", "2023-08-20", category: OffenceCategory.TheftAndHandling, seriousness: 3)
            .Build();
        var c2 = Child("C2", "2010-01-01").WithSex(Sex.Female).WithEthnicity(Ethnicity.Caribbean)
            .Order("I1", Disposal.YouthRehabilitationOrder, "2023-06-01", null, category: OffenceCategory.ViolenceAgainstThePerson, seriousness: 7) // aged 13
            .Build();
        var c3 = Child("C3", "2006-01-01").WithSex(Sex.Male).WithEthnicity(Ethnicity.Indian)
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-09-01", null, outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-05-15", category: OffenceCategory.Drugs, seriousness: 8) // aged 17
            .Build();
        var c4 = Child("C4").Order("I1", Disposal.YouthCaution, "2023-05-01", "2023-08-01", category: OffenceCategory.TheftAndHandling, seriousness: 2).Build();

        var r = Compute(Q1, c1, c2, c3, c4);

        r.Find("kpi9.headline")!.Fraction.Should().Be(new Fraction(3, 24_000));
        r.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(3, 5));
        r.Find("kpi9.9b.childrenWithSeriousViolence")!.Fraction.Should().Be(new Fraction(3, 4));
        r.Find("kpi9.9c.Drugs")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9c.Robbery")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9c.ViolenceAgainstThePerson")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9d.score5")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9d.score6")!.Fraction.Should().Be(new Fraction(0, 3));
        r.Find("kpi9.9d.score7")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9d.score8")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9e.YouthCaution")!.Fraction.Should().Be(new Fraction(0, 2));
        r.Find("kpi9.9e.YouthConditionalCaution")!.Fraction.Should().Be(new Fraction(0, 0));
        r.Find("kpi9.9e.ReferralOrder")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9e.YouthRehabilitationOrder")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9e.CustodialSentence")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9f.age.Aged10To14")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.age.Aged15To17")!.Fraction.Should().Be(new Fraction(2, 3));
        r.Find("kpi9.9f.sex.Male")!.Fraction.Should().Be(new Fraction(2, 3));
        r.Find("kpi9.9f.sex.Female")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.sex.NotKnown")!.Fraction.Should().Be(new Fraction(0, 3));
        r.Find("kpi9.9f.ethnicity.White")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.ethnicity.BlackOrBlackBritish")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.ethnicity.AsianOrAsianBritish")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.ethnicity.Mixed")!.Fraction.Should().Be(new Fraction(0, 3));
        r.Find("kpi9.template.Aged10To15")!.Fraction.Should().Be(new Fraction(2, 3)); // 15 and 13
        r.Find("kpi9.template.Aged16To17")!.Fraction.Should().Be(new Fraction(1, 3)); // 17
        r.Find("kpi9.template.Robbery.Aged10To15")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.template.Drugs.Aged16To17")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.template.ViolenceAgainstThePerson.Aged16To17")!.Fraction.Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void A_child_with_serious_violence_offences_at_14_and_15_counts_once_in_the_band_of_the_youngest_age()
    {
        // kpi-rules §13.22. Born 2008-05-20: 14 on 2023-05-10, 15 on 2023-06-10. One band per child (the youngest
        // age), so the bands add up to 9b's numerator; the template's offence bands 10-15 still hold both offences.
        var child = Child("C1", "2008-05-20")
            .Order("I1", Disposal.ReferralOrder, "2023-05-10", null, category: OffenceCategory.Robbery, seriousness: 5)
            .Order("I2", Disposal.ReferralOrder, "2023-06-10", null, category: OffenceCategory.Robbery, seriousness: 6)
            .Build();

        var r = Compute(Q1, child);

        r.Find("kpi9.9b.childrenWithSeriousViolence")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9f.age.Aged10To14")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9f.age.Aged15To17")!.Fraction.Should().Be(new Fraction(0, 1));
        r.Find("kpi9.template.Aged10To15")!.Fraction.Should().Be(new Fraction(2, 2));
    }

    [Fact]
    public void Both_definition_sets_give_the_same_figures()
    {
        var prepared = KpiEngine.Prepare(Service([Offence("C1", OffenceCategory.Robbery, 6), Offence("C2", OffenceCategory.Drugs, 3)], Populations, []));
        var engine = new KpiEngine();

        var a = engine.Compute(prepared, Q1, DefinitionSet.Definitions2023).Measures.Where(m => m.Id.StartsWith("kpi9.", System.StringComparison.Ordinal)).Select(m => m.Fraction);
        var b = engine.Compute(prepared, Q1, DefinitionSet.Definitions2024).Measures.Where(m => m.Id.StartsWith("kpi9.", System.StringComparison.Ordinal)).Select(m => m.Fraction);

        a.Should().Equal(b);
        Engine.DefinitionRules.For(engine.Catalogue.Single(m => m.Id == "kpi9.headline")).Should().StartWith("KPI 9: the 2023 and 2024 definitions count serious violence the same way");
    }

    [Fact]
    public void Explanation_lists_each_counted_offence_and_why_it_is_or_is_not_serious_violence()
    {
        var child = Child("C1")
            .Order("I1", Disposal.ReferralOrder, "2023-06-15", null, category: OffenceCategory.Robbery, seriousness: 4, offenceDate: "2023-05-16")
            .Order("I2", Disposal.ReferralOrder, "2023-06-20", null, category: OffenceCategory.Drugs, seriousness: 5, offenceDate: "2023-05-20")
            .Order("I3", Disposal.ReferralOrder, "2023-06-25", null, category: OffenceCategory.TheftAndHandling, seriousness: 6, offenceDate: "2023-05-25")
            .Build();
        var prepared = KpiEngine.Prepare(Service([child], Populations, []));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q1).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi9.headline");
        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal(
            "offence O-I1 (Robbery, seriousness 4, offence date 2023-05-16), kept outcome on 2023-06-15: not serious violence (scored below 5)",
            "offence O-I2 (Drugs, seriousness 5, offence date 2023-05-20), kept outcome on 2023-06-20: serious violence (drugs, robbery or violence against the person scored 5 or more)",
            "offence O-I3 (TheftAndHandling, seriousness 6, offence date 2023-05-25), kept outcome on 2023-06-25: not serious violence (not drugs, robbery or violence against the person)");
        var robbery = explanation.Measures.Single(m => m.MeasureId == "kpi9.9c.Robbery");
        robbery.Status.Should().Be(ChildMeasureStatus.NotMet);
        explanation.Measures.Single(m => m.MeasureId == "kpi9.9e.ReferralOrder").Reasons.Should().Contain("kept legal outcome ReferralOrder on 2023-06-20: the offence is serious violence");
    }

    [Fact]
    public void Explanation_of_a_child_without_counted_offences_says_so()
    {
        var child = Child("C1").Order("I1", Disposal.CommunityResolution, "2023-05-01", "2023-08-01", category: OffenceCategory.Robbery, seriousness: 6).Build();
        var prepared = KpiEngine.Prepare(Service([child], Populations, []));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q1).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi9.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        headline.Reasons.Should().Equal("no offence with a caution or sentence in the quarter counts for serious violence");
    }

    [Fact]
    public void Property_serious_violence_offences_never_exceed_counted_offences_and_child_order_does_not_matter()
    {
        Gen.Select(CaseGenerator.Children, CaseGenerator.Quarter).Sample(t =>
        {
            var (children, quarter) = t;
            var engine = new KpiEngine();
            var forward = engine.Compute(KpiEngine.Prepare(CaseGenerator.Service(children)), quarter);
            var backward = engine.Compute(KpiEngine.Prepare(CaseGenerator.Service(children.Reverse())), quarter);

            var share = forward.Find("kpi9.9a.seriousViolenceOffences")!;
            share.Numerator.Should().BeLessThanOrEqualTo(share.Denominator);
            forward.Find("kpi9.headline")!.Numerator.Should().Be(share.Numerator);
            var children9b = forward.Find("kpi9.9b.childrenWithSeriousViolence")!;
            children9b.Numerator.Should().BeLessThanOrEqualTo(children9b.Denominator);
            children9b.Denominator.Should().BeLessThanOrEqualTo(share.Denominator);

            var mine = forward.Measures.Where(m => m.Id.StartsWith("kpi9.", System.StringComparison.Ordinal)).ToList();
            mine.Where(m => m.Id.StartsWith("kpi9.9c.", System.StringComparison.Ordinal)).Sum(m => m.Numerator).Should().Be(share.Numerator);
            mine.Select(m => m.Fraction).Should().Equal(mine.Select(m => backward.Find(m.Id)!.Fraction));
        });
    }
}
