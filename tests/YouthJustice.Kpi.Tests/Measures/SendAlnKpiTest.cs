using System.Threading;
using CsCheck;
using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class SendAlnKpiTest
{
    private static Fraction F(KpiReturn result, string id) => result.Find(id)!.Fraction;

    // 15 on the start day 2023-05-01 with the default date of birth 2008-05-01.
    private static ChildBuilder ReferralOrderEndingInQ3(string id, string dob = "2008-05-01")
        => Child(id, dob).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30");

    [Fact]
    public void Identified_need_with_a_formal_plan_meets_the_headline()
    {
        var result = Compute(ReferralOrderEndingInQ3("C1").SendAln("2021-01-01", null, identified: true, formalPlan: true).Build());

        F(result, "kpi3.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi3.identified").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Identified_need_without_a_plan_is_in_the_denominator_only()
    {
        var result = Compute(ReferralOrderEndingInQ3("C1").SendAln("2021-01-01", null, identified: true, formalPlan: false).Build());

        F(result, "kpi3.headline").Should().Be(new Fraction(0, 1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void Child_without_an_identified_need_is_not_in_the_headline(bool? identified)
    {
        var result = Compute(ReferralOrderEndingInQ3("C1").SendAln("2021-01-01", null, identified, formalPlan: true).Build());

        F(result, "kpi3.headline").Should().Be(new Fraction(0, 0));
        F(result, "kpi3.identified").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Plan_counts_only_on_a_record_that_also_identifies_the_need()
    {
        // kpi-rules §13.8: plan = a record at the end with identified AND formalPlan.
        var child = ReferralOrderEndingInQ3("C1")
            .SendAln("2021-01-01", null, identified: false, formalPlan: true)
            .SendAln("2022-01-01", null, identified: true, formalPlan: null)
            .Build();

        F(Compute(child), "kpi3.headline").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Any_identified_record_with_a_plan_at_the_end_meets_the_headline()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .SendAln("2021-01-01", null, identified: true, formalPlan: false)
            .SendAln("2023-09-01", null, identified: true, formalPlan: true)
            .Build();

        F(Compute(child), "kpi3.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void No_record_at_the_end_leaves_the_child_out_of_the_headline_and_in_the_identified_denominator_only()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .SendAln("2021-01-01", "2023-11-29", identified: true, formalPlan: true)
            .SendAln("2023-12-01", null, identified: true, formalPlan: true)
            .Build();

        var result = Compute(child);

        F(result, "kpi3.headline").Should().Be(new Fraction(0, 0));
        F(result, "kpi3.identified").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Orders_ending_on_the_first_and_last_day_of_the_quarter_count_and_those_either_side_do_not()
    {
        ChildCase Ending(string id, string end) => Child(id).Order("I1", Disposal.ReferralOrder, "2023-05-01", end)
            .SendAln("2021-01-01", null, identified: true, formalPlan: id == "C2").Build();

        var result = Compute(Ending("C1", "2023-09-30"), Ending("C2", "2023-10-01"), Ending("C3", "2023-12-31"), Ending("C4", "2024-01-01"));

        F(result, "kpi3.headline").Should().Be(new Fraction(1, 2));
        result.Cohort.Members.Select(m => m.ChildId.Value).Should().Equal("C2", "C3");
    }

    [Fact]
    public void Record_ending_the_day_the_order_ends_counts_at_the_end()
    {
        var child = ReferralOrderEndingInQ3("C1").SendAln("2021-01-01", "2023-11-30", identified: true, formalPlan: true).Build();

        F(Compute(child), "kpi3.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Record_starting_the_day_the_order_ends_counts_at_the_end()
    {
        var child = ReferralOrderEndingInQ3("C1").SendAln("2023-11-30", null, identified: true, formalPlan: false).Build();

        F(Compute(child), "kpi3.headline").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Sentinel_dates_mean_no_start_and_still_open()
    {
        var child = ReferralOrderEndingInQ3("C1").SendAln("1900-01-01", "1900-01-01", identified: true, formalPlan: true).Build();

        F(Compute(child), "kpi3.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Ete_sub_measures_use_the_KPI_2_status_at_the_end()
    {
        var suitable = ReferralOrderEndingInQ3("C1").SendAln(null, null, true, true)
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable).Build();
        var unknownBesideSuitable = ReferralOrderEndingInQ3("C2").SendAln(null, null, true, false)
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable)
            .Ete("2023-11-01", null, EteProvision.SchoolPartTime, Suitability.Unknown).Build();
        var noEte = ReferralOrderEndingInQ3("C3").SendAln(null, null, true, false).Build();
        var notIdentified = ReferralOrderEndingInQ3("C4").SendAln(null, null, false, false)
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable).Build();

        var result = Compute(suitable, unknownBesideSuitable, noEte, notIdentified);

        F(result, "kpi3.suitableEteAtEnd").Should().Be(new Fraction(1, 3));
        F(result, "kpi3.unsuitableEteAtEnd").Should().Be(new Fraction(1, 3));
        F(result, "kpi2.2a.suitableAtEnd").Should().Be(new Fraction(2, 4));
    }

    [Theory]
    [InlineData("2008-05-02", "Aged10To14")] // 14 on the start day 2023-05-01, 15 the next day
    [InlineData("2008-05-01", "Aged15To17")] // 15 on the start day
    [InlineData("2005-05-02", "Aged15To17")] // 17 on the start day
    public void Age_band_is_the_age_on_the_start_day(string dob, string band)
    {
        var result = Compute(ReferralOrderEndingInQ3("C1", dob).SendAln(null, null, true, true).Build());

        F(result, "kpi3.identifiedByAge." + band).Should().Be(new Fraction(1, 1));
        F(result, "kpi3.identifiedByAge." + (band == "Aged10To14" ? "Aged15To17" : "Aged10To14")).Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Child_aged_18_at_the_start_is_not_in_the_cohort()
    {
        var result = Compute(ReferralOrderEndingInQ3("C1", "2005-05-01").SendAln(null, null, true, true).Build());

        F(result, "kpi3.headline").Should().Be(new Fraction(0, 0));
        F(result, "kpi3.identified").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Dto_licence_age_band_follows_the_definition_set()
    {
        // 14 at custody start (outcome 2023-04-20), 15 at licence start (2023-06-01): kpi-rules §13.4.
        var child = Child("C1", "2008-05-01")
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-06-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-04-20")
            .SendAln(null, null, true, false)
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));
        var engine = new KpiEngine();

        F(engine.Compute(prepared, Q3, DefinitionSet.Definitions2023), "kpi3.identifiedByAge.Aged15To17").Should().Be(new Fraction(1, 1));
        F(engine.Compute(prepared, Q3, DefinitionSet.Definitions2024), "kpi3.identifiedByAge.Aged10To14").Should().Be(new Fraction(1, 1));
        var diff = engine.Diff(prepared, Q3, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024).Where(d => d.MeasureId.StartsWith("kpi3.", System.StringComparison.Ordinal)).ToList();
        diff.Select(d => d.MeasureId).Should().Equal("kpi3.identifiedByAge.Aged10To14", "kpi3.identifiedByAge.Aged15To17");
        diff.Should().OnlyContain(d => d.Rule.Contains("DTO licence intervention takes the child's age on the outcome date"));
    }

    [Fact]
    public void Two_orders_in_one_quarter_count_the_child_once_under_the_more_serious_order()
    {
        var child = Child("C1")
            .Order("I1", Disposal.YouthConditionalCaution, "2023-08-01", "2023-10-31")
            .Order("I2", Disposal.YouthRehabilitationOrder, "2023-01-01", "2023-12-01")
            .SendAln(null, null, true, true)
            .Build();

        var identified = Compute(child).Find("kpi3.identified")!;

        identified.Fraction.Should().Be(new Fraction(1, 1));
        identified.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
        identified.ByTypeOfOrder[TypeOfOrder.YouthConditionalCaution].Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Worked_example_of_the_documentation_page()
    {
        // docs/kpis/kpi3-send-aln.md, "Worked example".
        var s1 = ReferralOrderEndingInQ3("S1").WithSex(Sex.Male).WithEthnicity(Ethnicity.WhiteBritish)
            .SendAln("2021-01-01", null, true, true)
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable).Build();
        var s2 = ReferralOrderEndingInQ3("S2", "2008-05-02").WithSex(Sex.Female).WithEthnicity(Ethnicity.Caribbean)
            .SendAln("2022-03-01", null, true, false)
            .Ete("2022-09-01", null, EteProvision.SchoolPartTime, Suitability.Unknown).Build();
        var s3 = ReferralOrderEndingInQ3("S3").WithSex(Sex.Male).WithEthnicity(Ethnicity.WhiteIrish)
            .SendAln("2022-03-01", null, false, false).Build();
        var s4 = ReferralOrderEndingInQ3("S4").WithSex(Sex.Female).WithEthnicity(Ethnicity.Indian).Build();
        var s5 = ReferralOrderEndingInQ3("S5", "2007-05-01").WithSex(Sex.Male).WithEthnicity(Ethnicity.WhiteAndAsian)
            .SendAln("2020-01-01", null, true, true).Build();

        var result = Compute(s1, s2, s3, s4, s5);

        result.Find("kpi3.headline")!.Value.Should().Be(66.7m);
        var expected = new Dictionary<string, Fraction>
        {
            ["kpi3.headline"] = new(2, 3),
            ["kpi3.identified"] = new(3, 5),
            ["kpi3.suitableEteAtEnd"] = new(1, 3),
            ["kpi3.unsuitableEteAtEnd"] = new(1, 3),
            ["kpi3.identifiedByEthnicity.White"] = new(1, 2),
            ["kpi3.identifiedByEthnicity.Mixed"] = new(1, 1),
            ["kpi3.identifiedByEthnicity.AsianOrAsianBritish"] = new(0, 1),
            ["kpi3.identifiedByEthnicity.BlackOrBlackBritish"] = new(1, 1),
            ["kpi3.identifiedByEthnicity.OtherEthnicGroup"] = new(0, 0),
            ["kpi3.identifiedByEthnicity.InformationNotObtainable"] = new(0, 0),
            ["kpi3.identifiedByAge.Aged10To14"] = new(1, 1),
            ["kpi3.identifiedByAge.Aged15To17"] = new(2, 4),
            ["kpi3.identifiedBySex.Male"] = new(2, 3),
            ["kpi3.identifiedBySex.Female"] = new(1, 2),
            ["kpi3.identifiedBySex.NotKnown"] = new(0, 0),
        };
        result.Measures.Where(m => m.Id.StartsWith("kpi3.", System.StringComparison.Ordinal)).ToDictionary(m => m.Id, m => m.Fraction).Should().Equal(expected);
        result.Find("kpi3.identified")!.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(3, 5));
    }

    [Fact]
    public void Both_definition_sets_compute_the_same_KPI_3_measures_outside_the_DTO_licence_age_rule()
    {
        var children = new[]
        {
            ReferralOrderEndingInQ3("C1").SendAln(null, null, true, true).Build(),
            ReferralOrderEndingInQ3("C2").SendAln(null, null, true, false).Build(),
            ReferralOrderEndingInQ3("C3").Build(),
        };
        var prepared = KpiEngine.Prepare(Service(children));
        var engine = new KpiEngine();

        var a = engine.Compute(prepared, Q3, DefinitionSet.Definitions2023).Measures.Where(m => m.Id.StartsWith("kpi3.", System.StringComparison.Ordinal));
        var b = engine.Compute(prepared, Q3, DefinitionSet.Definitions2024).Measures.Where(m => m.Id.StartsWith("kpi3.", System.StringComparison.Ordinal));

        a.Select(m => (m.Id, m.Fraction)).Should().Equal(b.Select(m => (m.Id, m.Fraction)));
        a.Single(m => m.Id == "kpi3.headline").Fraction.Should().Be(new Fraction(1, 2));
    }

    [Fact]
    public void Documentation_page_lists_every_measure_id()
    {
        var page = RepositoryFile.Read("docs/kpis/kpi3-send-aln.md");

        new SendAlnKpi().Measures.Select(m => m.Id).Where(id => !page.Contains("`" + id + "`", System.StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Explanation_names_the_record_and_date_that_decided()
    {
        var child = ReferralOrderEndingInQ3("C1").SendAln("2022-03-01", null, identified: true, formalPlan: false).Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi3.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotMet);
        headline.Reasons.Should().Equal("identified need without a formal plan on any record open on 2023-11-30: SEND/ALN record from 2022-03-01, open, identified yes, formal plan no");
        explanation.Measures.Single(m => m.MeasureId == "kpi3.suitableEteAtEnd").Reasons
            .Should().Equal("identified SEND/ALN need; no ETE record with a suitability open on 2023-11-30 (the end of the order): denominator only");
    }

    [Fact]
    public void Measure_ids_follow_the_interchange_naming()
    {
        var ids = new SendAlnKpi().Measures.Select(m => m.Id).ToList();

        ids.Should().Equal(
            "kpi3.headline",
            "kpi3.identified",
            "kpi3.suitableEteAtEnd",
            "kpi3.unsuitableEteAtEnd",
            "kpi3.identifiedByEthnicity.White",
            "kpi3.identifiedByEthnicity.Mixed",
            "kpi3.identifiedByEthnicity.AsianOrAsianBritish",
            "kpi3.identifiedByEthnicity.BlackOrBlackBritish",
            "kpi3.identifiedByEthnicity.OtherEthnicGroup",
            "kpi3.identifiedByEthnicity.InformationNotObtainable",
            "kpi3.identifiedByAge.Aged10To14",
            "kpi3.identifiedByAge.Aged15To17",
            "kpi3.identifiedBySex.Male",
            "kpi3.identifiedBySex.Female",
            "kpi3.identifiedBySex.NotKnown");
    }

    [Fact]
    public void Evaluating_the_cohort_does_not_allocate()
    {
        var members = GeneratedCohorts.MembersEvaluatedWithoutAllocating(() => new SendAlnKpi(), iter: 20);

        // Guard: an empty cohort evaluates nothing and so allocates nothing.
        members.Should().BeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Every_child_gets_exactly_one_status_on_every_measure_and_each_breakdown_partitions_the_cohort()
    {
        var rows = GeneratedCohorts.ExactlyOneStatusPerMeasure(() => new SendAlnKpi(), iter: 50);
        var engine = new KpiEngine();
        long identifiedChildren = 0, notIdentifiedChildren = 0;
        GeneratedChildren.Children.Sample(children =>
        {
            foreach (var definitions in DefinitionSet.List)
            {
                var result = engine.Compute(KpiEngine.Prepare(GeneratedChildren.ServiceOf(children)), GeneratedChildren.Quarter, definitions);
                var cohort = result.Cohort.Members.Count;
                var identified = result.Find("kpi3.identified")!;
                identified.Denominator.Should().Be(cohort);
                result.Find("kpi3.headline")!.Denominator.Should().Be(identified.Numerator);
                foreach (var breakdown in new[] { "kpi3.identifiedByEthnicity.", "kpi3.identifiedByAge.", "kpi3.identifiedBySex." })
                {
                    var parts = result.Measures.Where(m => m.Id.StartsWith(breakdown, System.StringComparison.Ordinal)).ToList();
                    parts.Sum(m => m.Denominator).Should().Be(cohort, breakdown);
                    parts.Sum(m => m.Numerator).Should().Be(identified.Numerator, breakdown);
                }

                Interlocked.Add(ref identifiedChildren, identified.Numerator);
                Interlocked.Add(ref notIdentifiedChildren, identified.Denominator - identified.Numerator);
            }
        }, iter: 50);

        // Guard: the breakdowns must partition cohorts holding both identified children and others.
        var totals = $"{rows} rows; {identifiedChildren} identified, {notIdentifiedChildren} not identified";
        rows.Should().BeGreaterThanOrEqualTo(250, totals);
        identifiedChildren.Should().BeGreaterThanOrEqualTo(50, totals);
        notIdentifiedChildren.Should().BeGreaterThanOrEqualTo(200, totals);
    }
}
