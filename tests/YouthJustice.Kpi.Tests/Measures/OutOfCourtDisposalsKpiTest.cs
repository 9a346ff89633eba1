using CsCheck;
using YouthJustice.Domain.Reference;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class OutOfCourtDisposalsKpiTest
{
    [Fact]
    public void Youth_caution_with_completion_not_recorded_counts_as_not_completed()
    {
        var child = Child("C1").Order("I1", Disposal.YouthCaution, "2023-08-01", "2023-10-31", completed: null).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi6.headline").Should().Be(new Fraction(0, 1));
        Of(result, "kpi6.notCompleted").Should().Be(new Fraction(1, 1));
        Of(result, "kpi6.6a.YouthCaution").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Referral_order_child_is_not_in_the_denominator()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", completed: true).Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        result.Cohort.Members.Should().ContainSingle();
        Of(result, "kpi6.headline").Should().Be(new Fraction(0, 0));
        result.Find("kpi6.headline")!.Value.Should().BeNull();
        Of(result, "kpi6.notCompleted").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Completions_by_out_of_court_disposal_and_type_of_order()
    {
        // Community resolution completed; Outcome 21 not completed; YCC completed; a referral order (outside).
        var cr = Child("C1").Order("I1", Disposal.CommunityResolution, "2023-07-01", "2023-10-01", completed: true).Build();
        var o21 = Child("C2").Order("I1", Disposal.Outcome21, "2023-07-01", "2023-12-31", completed: false).Build();
        var ycc = Child("C3").Order("I1", Disposal.YouthConditionalCaution, "2023-09-01", "2023-11-15", completed: true).Build();
        var ro = Child("C4").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", completed: false).Build();

        var result = Compute(DefinitionSet.Definitions2024, cr, o21, ycc, ro);

        var headline = result.Find("kpi6.headline")!;
        headline.Fraction.Should().Be(new Fraction(2, 3));
        headline.Value.Should().Be(66.7m);
        headline.ByTypeOfOrder[TypeOfOrder.NonSubstantiveOutOfCourtDisposal].Should().Be(new Fraction(1, 2));
        headline.ByTypeOfOrder[TypeOfOrder.YouthConditionalCaution].Should().Be(new Fraction(1, 1));
        headline.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(0, 0));
        Of(result, "kpi6.notCompleted").Should().Be(new Fraction(1, 3));
        Of(result, "kpi6.6a.CommunityResolution").Should().Be(new Fraction(1, 1));
        Of(result, "kpi6.6a.Outcome20Or21").Should().Be(new Fraction(0, 1));
        Of(result, "kpi6.6a.YouthConditionalCaution").Should().Be(new Fraction(1, 1));
        Of(result, "kpi6.6a.YouthCaution").Should().Be(new Fraction(0, 0));
        Of(result, "kpi6.6a.Outcome22").Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("2023-12-31", 1)] // last day of 2023Q3
    [InlineData("2024-01-01", 0)] // first day of 2023Q4
    public void Intervention_ending_on_the_last_day_of_the_quarter_counts_in_it(string end, int counted)
    {
        var child = Child("C1").Order("I1", Disposal.Outcome22, "2023-10-01", end, completed: true).Build();

        Of(Compute(DefinitionSet.Definitions2024, child), "kpi6.6a.Outcome22").Should().Be(new Fraction(counted, counted));
    }

    [Fact]
    public void The_kept_row_decides_a_youth_caution_beside_a_yro_is_not_counted()
    {
        // Dedup keeps the YRO (more serious), so the completed youth caution ending in the same quarter is not in KPI 6.
        var child = Child("C1")
            .Order("I1", Disposal.YouthCaution, "2023-08-01", "2023-10-31", completed: true)
            .Order("I2", Disposal.YouthRehabilitationOrder, "2023-01-01", "2023-12-01")
            .Build();

        Of(Compute(DefinitionSet.Definitions2024, child), "kpi6.headline").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void The_kept_row_decides_between_two_out_of_court_disposals()
    {
        // Community resolution not completed and YCC completed, both ending in the quarter: the YCC is kept.
        var child = Child("C1")
            .Order("I1", Disposal.CommunityResolution, "2023-08-01", "2023-10-31", completed: false)
            .Order("I2", Disposal.YouthConditionalCaution, "2023-09-01", "2023-11-30", completed: true)
            .Build();

        var result = Compute(DefinitionSet.Definitions2024, child);

        Of(result, "kpi6.headline").Should().Be(new Fraction(1, 1));
        Of(result, "kpi6.6a.YouthConditionalCaution").Should().Be(new Fraction(1, 1));
        Of(result, "kpi6.6a.CommunityResolution").Should().Be(new Fraction(0, 0));
    }

    [Fact]
    public void Deferred_prosecution_and_outcome20_have_their_columns()
    {
        var dp = Child("C1").Order("I1", Disposal.Outcome22DeferredProsecution, "2023-06-01", "2023-11-01", completed: true).Build();
        var o20 = Child("C2").Order("I1", Disposal.Outcome20, "2023-06-01", "2023-11-01", completed: true).Build();

        var result = Compute(DefinitionSet.Definitions2023, dp, o20);

        Of(result, "kpi6.6a.Outcome22DeferredProsecution").Should().Be(new Fraction(1, 1));
        Of(result, "kpi6.6a.Outcome20Or21").Should().Be(new Fraction(1, 1));
        Of(result, "kpi6.headline").Should().Be(new Fraction(2, 2));
    }

    [Fact]
    public void Catalogue_lists_every_kpi6_measure_in_order()
    {
        new KpiEngine().Catalogue.Select(m => m.Id).Where(id => id.StartsWith("kpi6.", System.StringComparison.Ordinal)).Should().Equal(
            "kpi6.headline",
            "kpi6.notCompleted",
            "kpi6.6a.CommunityResolution",
            "kpi6.6a.Outcome22",
            "kpi6.6a.Outcome22DeferredProsecution",
            "kpi6.6a.Outcome20Or21",
            "kpi6.6a.YouthCaution",
            "kpi6.6a.YouthConditionalCaution");
    }

    [Fact]
    public void Explanation_says_completion_was_not_recorded()
    {
        var yc = Child("C1").Order("I1", Disposal.YouthCaution, "2023-08-01", "2023-10-31", completed: null).Build();
        var ro = Child("C2").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30").Build();
        var prepared = KpiEngine.Prepare(Service(yc, ro));
        var engine = new KpiEngine();

        var c1 = engine.Explain(prepared, new ChildId("C1"), Q3).AsT0.Measures.Single(m => m.MeasureId == "kpi6.headline");
        var c2 = engine.Explain(prepared, new ChildId("C2"), Q3).AsT0.Measures.Single(m => m.MeasureId == "kpi6.headline");

        c1.Status.Should().Be(ChildMeasureStatus.NotMet);
        c1.Reasons.Should().Equal("completion not recorded (counted as not completed): intervention I1 (YouthCaution) from 2023-08-01 to 2023-10-31");
        c2.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        c2.Reasons.Should().Equal("not an out-of-court disposal: legal outcome ReferralOrder on 2023-05-01");
    }

    [Theory]
    [InlineData(true, "Met", "completed successfully: intervention I1 (YouthCaution) from 2023-08-01 to 2023-10-31")]
    [InlineData(false, "NotMet", "not completed successfully: intervention I1 (YouthCaution) from 2023-08-01 to 2023-10-31")]
    public void Explanation_says_whether_the_intervention_was_completed_and_leaves_the_other_disposals_out(bool completed, string status, string reason)
    {
        var child = Child("C1").Order("I1", Disposal.YouthCaution, "2023-08-01", "2023-10-31", completed: completed).Build();

        var measures = new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3).AsT0.Measures;

        foreach (var id in new[] { "kpi6.headline", "kpi6.6a.YouthCaution" })
        {
            var measure = measures.Single(m => m.MeasureId == id);
            measure.Status.Should().Be(Enum.Parse<ChildMeasureStatus>(status), id);
            measure.Reasons.Should().Equal([reason], id);
        }

        var other = measures.Where(m => m.MeasureId.StartsWith("kpi6.6a.", StringComparison.Ordinal) && m.MeasureId != "kpi6.6a.YouthCaution").ToList();
        other.Should().HaveCount(5);
        other.Should().AllSatisfy(m =>
        {
            m.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
            m.Reasons.Should().Equal("the out-of-court disposal is another one: legal outcome YouthCaution on 2023-08-01");
        });
    }

    [Fact]
    public void An_out_of_court_outcome_from_a_service_table_with_no_template_column_is_in_the_headline_but_no_6a_column()
    {
        // A service's own reference table counts no further action as a non-substantive out-of-court disposal; the
        // template's six 6a columns have no place for it (kpi-rules §13.10), so it is in none of them.
        var defaults = KpiReferenceTables.Default;
        var outcomes = defaults.Outcomes.Select(o => o.Outcome == Disposal.NoFurtherAction
            ? new OutcomeReference(o.Outcome, true, LegalOutcomeGroup.Diversion, TypeOfOrder.NonSubstantiveOutOfCourtDisposal, TypeOfOrder.NonSubstantiveOutOfCourtDisposal.DedupSeriousnessRank, "test: a service counting no further action")
            : o);
        var engine = new KpiEngine(new KpiReferenceTables(defaults.InterventionDisposals, outcomes));
        var child = Child("C1").Order("I1", Disposal.CommunityResolution, "2023-08-01", "2023-10-31", outcome: Disposal.NoFurtherAction, completed: true).Build();

        var result = engine.Compute(KpiEngine.Prepare(Service(child)), Q3, DefinitionSet.Definitions2024);

        Of(result, "kpi6.headline").Should().Be(new Fraction(1, 1));
        result.Measures.Where(m => m.Definition.Id.StartsWith("kpi6.6a.", StringComparison.Ordinal))
            .Should().HaveCount(6).And.OnlyContain(m => m.Fraction == new Fraction(0, 0));
    }

    [Fact]
    public void Definition_sets_differ_only_through_the_cohort_dto_licence_age()
    {
        // Decision KH13. Born 2005-08-15: 17 at the DTO outcome (2023-06-01), 18 at the licence start (2023-09-01), 17 when the youth
        // caution started (2023-08-01). 2023 ages the licence on its start, so it is excluded and the youth caution is
        // kept; 2024 ages it on the outcome date, so it qualifies and, being more serious, is kept instead.
        var child = Child("C1", "2005-08-15")
            .Order("I1", Disposal.YouthCaution, "2023-08-01", "2023-10-31", completed: true)
            .Order("I2", Disposal.DetentionAndTrainingOrderLicence, "2023-09-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-06-01")
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));
        var engine = new KpiEngine();

        Of(engine.Compute(prepared, Q3, DefinitionSet.Definitions2023), "kpi6.headline").Should().Be(new Fraction(1, 1));
        Of(engine.Compute(prepared, Q3, DefinitionSet.Definitions2024), "kpi6.headline").Should().Be(new Fraction(0, 0));

        var difference = engine.Diff(prepared, Q3, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024).Single(d => d.MeasureId == "kpi6.headline");
        difference.From.Should().Be(ChildMeasureStatus.Met);
        difference.To.Should().Be(ChildMeasureStatus.NotInDenominator);
        difference.Rule.Should().Be("KPI 6: the 2023 and 2024 rules agree (kpi-rules §2.11); a child's standing changes only through the cohort: under the 2024 definitions a DTO licence takes the child's age on the outcome date, so it can enter the cohort and, being more serious, be kept instead of an out-of-court disposal ending in the same quarter (kpi-rules §13.3, §13.4).");
    }

    [Fact]
    public void Numerator_never_exceeds_denominator_on_generated_children()
        => MeasureProperties.NumeratorsWithinDenominators(KpiArea.OutOfCourtDisposals);

    [Fact]
    public void The_2023_and_2024_results_are_equal_on_generated_children_when_the_cohort_keeps_the_same_rows()
    {
        // Decision KH13: the KPI 6 rule is the same under both sets. Per child: the same kept row gives the same status
        // on every KPI 6 measure; per service: the same kept rows give the same results.
        var engine = new KpiEngine();
        long sameServices = 0, sameServicesWithChildren = 0, childStatusesCompared = 0;
        Gen.Select(CaseGenerator.Children, CaseGenerator.Quarter).Sample(
            (children, quarter) =>
            {
                var prepared = KpiEngine.Prepare(CaseGenerator.Service(children));
                var kept1 = engine.Cohort(prepared, quarter, DefinitionSet.Definitions2023).Members.ToDictionary(m => m.ChildId, m => m with { QualifyingRows = 0 });
                var kept8 = engine.Cohort(prepared, quarter, DefinitionSet.Definitions2024).Members.ToDictionary(m => m.ChildId, m => m with { QualifyingRows = 0 });
                var outcomes1 = engine.Outcomes(prepared, quarter, DefinitionSet.Definitions2023).ToDictionary(o => o.ChildId);
                var outcomes8 = engine.Outcomes(prepared, quarter, DefinitionSet.Definitions2024).ToDictionary(o => o.ChildId);
                foreach (var (child, row) in kept1)
                {
                    if (!kept8.TryGetValue(child, out var row8) || row8 != row)
                    {
                        continue;
                    }

                    foreach (var (id, status) in outcomes1[child].Statuses.Where(s => s.Key.StartsWith("kpi6.", System.StringComparison.Ordinal)))
                    {
                        outcomes8[child].Statuses[id].Should().Be(status, $"{quarter}, child {child}, {id}");
                        System.Threading.Interlocked.Increment(ref childStatusesCompared);
                    }
                }

                if (kept1.Count != kept8.Count || kept1.Any(k => !kept8.TryGetValue(k.Key, out var r) || r != k.Value))
                {
                    return;
                }

                System.Threading.Interlocked.Increment(ref sameServices);
                var v1 = engine.Compute(prepared, quarter, DefinitionSet.Definitions2023).Measures.Where(m => m.Definition.Area == KpiArea.OutOfCourtDisposals).ToList();
                var v8 = engine.Compute(prepared, quarter, DefinitionSet.Definitions2024).Measures.Where(m => m.Definition.Area == KpiArea.OutOfCourtDisposals).ToList();
                v1.Should().HaveCount(8);
                System.Threading.Interlocked.Add(ref sameServicesWithChildren, v1.Any(m => m.Denominator > 0) ? 1 : 0);
                for (var m = 0; m < v1.Count; m++)
                {
                    v8[m].Fraction.Should().Be(v1[m].Fraction, $"{quarter}, {v1[m].Id}");
                    v8[m].ByTypeOfOrder.Should().Equal(v1[m].ByTypeOfOrder, $"{quarter}, {v1[m].Id}");
                }
            },
            iter: 200);
        System.Threading.Interlocked.Read(ref sameServices).Should().BePositive();

        // Guard: services whose kept rows agree must include some with KPI 6 children, and the per-child comparison
        // must run, or the equalities hold on empty measures.
        var totals = $"{sameServices} services with the same kept rows, {sameServicesWithChildren} of them with KPI 6 children; {childStatusesCompared} child statuses compared";
        sameServicesWithChildren.Should().BeGreaterThanOrEqualTo(15, totals);
        childStatusesCompared.Should().BeGreaterThanOrEqualTo(500, totals);
    }
}
