using System.Threading;
using CsCheck;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class VictimsKpiTest
{
    /// <summary>A referral order ending on 2023-11-30 (2023Q3) for offence O-I1.</summary>
    private static ChildBuilder OrderEndingInQ3(string id) => Child(id).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30");

    [Fact]
    public void Victims_who_consented_and_engaged_over_victims_who_consented()
    {
        // kpi-rules §9.8: V3 engaged without consent and is in neither part.
        var child = OrderEndingInQ3("C1")
            .Victim("V1", ["O-I1"], consent: true, engagedRj: true)
            .Victim("V2", ["O-I1"], consent: true, engagedRj: false)
            .Victim("V3", ["O-I1"], consent: false, engagedRj: true)
            .Build();

        var result = Compute(child);

        var headline = result.Find("kpi10.headline")!;
        headline.Fraction.Should().Be(new Fraction(1, 2));
        headline.Value.Should().Be(50.0m);
        result.Find("kpi10.10a.totalVictims")!.Value.Should().Be(3m);
        result.Find("kpi10.10b.childrenWithVictim")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi10.10c.restorativeJusticeProcesses")!.Fraction.Should().Be(new Fraction(1, 2));
    }

    [Theory]
    [InlineData(true, false, 1)]
    [InlineData(false, true, 1)]
    [InlineData(true, true, 1)]
    [InlineData(false, false, 0)]
    public void A_victim_recorded_twice_for_one_child_is_one_restorative_justice_process(bool firstEngaged, bool secondEngaged, int processes)
    {
        // Decision KS10: one process per victim per child, engaged when either of the child's records says so.
        var child = OrderEndingInQ3("C1")
            .Victim("V1", ["O-I1"], consent: true, engagedRj: firstEngaged)
            .Victim("V1", ["O-I1"], consent: true, engagedRj: secondEngaged)
            .Build();

        var result = Compute(child);

        result.Find("kpi10.10a.totalVictims")!.Value.Should().Be(1m);
        result.Find("kpi10.10c.restorativeJusticeProcesses")!.Fraction.Should().Be(new Fraction(processes, 1));
    }

    [Fact]
    public void The_same_victim_on_two_childrens_offences_is_counted_once_with_its_flags_combined()
    {
        var c1 = OrderEndingInQ3("C1").Victim("V1", ["O-I1"], consent: true, engagedRj: null, contacted: false).Build();
        var c2 = OrderEndingInQ3("C2").Victim("V1", ["O-I1"], consent: null, engagedRj: true, contacted: true).Build();

        var result = Compute(c1, c2);

        result.Find("kpi10.10a.totalVictims")!.Value.Should().Be(1m);
        result.Find("kpi10.headline")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi10.10g.contacted")!.Fraction.Should().Be(new Fraction(1, 1));
        result.Find("kpi10.10b.childrenWithVictim")!.Fraction.Should().Be(new Fraction(2, 2));

        // 10c counts processes: only C2's record engaged, and the victim consented (on C1's record).
        result.Find("kpi10.10c.restorativeJusticeProcesses")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Information_sub_measures_divide_by_consent_in_2024_and_by_requests_in_2023()
    {
        var child = OrderEndingInQ3("C1")
            .Victim("V1", ["O-I1"], consent: true, engagedRj: false, progressRequested: true, progressProvided: true, supportRequested: true, supportProvided: false)
            .Victim("V2", ["O-I1"], consent: true, engagedRj: false, progressRequested: false, progressProvided: false, supportRequested: false, supportProvided: true)
            .Victim("V3", ["O-I1"], consent: false, engagedRj: false, progressRequested: true, progressProvided: true, supportRequested: true, supportProvided: true)
            .Victim("V4", ["O-I1"], consent: true, engagedRj: false, progressRequested: null, progressProvided: null, supportRequested: null, supportProvided: true)
            .Build();

        var v8 = Compute(DefinitionSet.Definitions2024, child);
        var v1 = Compute(DefinitionSet.Definitions2023, child);

        // 2024: of the three who consented (V1, V2, V4).
        v8.Find("kpi10.10e.progressInformation")!.Fraction.Should().Be(new Fraction(1, 3));
        v8.Find("kpi10.10f.supportInformation")!.Fraction.Should().Be(new Fraction(2, 3));

        // 2023: of those who asked (progress: V1, V3; support: V1, V3).
        v1.Find("kpi10.10e.progressInformation")!.Fraction.Should().Be(new Fraction(2, 2));
        v1.Find("kpi10.10f.supportInformation")!.Fraction.Should().Be(new Fraction(1, 2));

        // Every other measure is the same under both.
        var others = new[] { "kpi10.headline", "kpi10.10a.totalVictims", "kpi10.10b.childrenWithVictim", "kpi10.10c.restorativeJusticeProcesses", "kpi10.10d.viewsSought", "kpi10.10g.contacted" };
        others.Select(id => v1.Find(id)!.Fraction).Should().Equal(others.Select(id => v8.Find(id)!.Fraction));
        Engine.DefinitionRules.For(v8.Find("kpi10.10e.progressInformation")!.Definition).Should().StartWith("KPI 10: the 2023 definitions divide 10e/10f by victims who requested the information");
    }

    [Fact]
    public void Views_sought_and_contact_count_only_for_victims_who_consented()
    {
        var child = OrderEndingInQ3("C1")
            .Victim("V1", ["O-I1"], consent: true, engagedRj: false, viewsSought: true, contacted: true)
            .Victim("V2", ["O-I1"], consent: true, engagedRj: false, viewsSought: false, contacted: null)
            .Victim("V3", ["O-I1"], consent: false, engagedRj: false, viewsSought: true, contacted: true)
            .Build();

        var result = Compute(child);

        result.Find("kpi10.10d.viewsSought")!.Fraction.Should().Be(new Fraction(1, 2));
        result.Find("kpi10.10g.contacted")!.Fraction.Should().Be(new Fraction(1, 2));
    }

    [Fact]
    public void Victims_of_every_qualifying_row_count_not_only_the_kept_one()
    {
        // A YCC and a YRO both end in the quarter: the YRO is kept, but the YCC offence's victim still counts.
        var child = Child("C1")
            .Order("I1", Disposal.YouthConditionalCaution, "2023-08-01", "2023-11-01")
            .Order("I2", Disposal.YouthRehabilitationOrder, "2023-01-01", "2023-12-01")
            .Victim("V1", ["O-I1"], consent: true, engagedRj: true)
            .Build();

        var result = Compute(child);

        result.Cohort.Members.Single().TypeOfOrder.Should().Be(TypeOfOrder.YouthRehabilitationOrder);
        result.Find("kpi10.headline")!.Fraction.Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Victims_of_offences_outside_the_quarters_orders_do_not_count()
    {
        // I2 ends in 2024; C2's only outcome was overturned on appeal, so C2 is not in the cohort.
        var c1 = OrderEndingInQ3("C1")
            .Order("I2", Disposal.ReferralOrder, "2023-09-01", "2024-08-31")
            .Victim("V1", ["O-I2"], consent: true, engagedRj: true)
            .Build();
        var c2 = Child("C2").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", appeal: AppealStatus.AppealSuccessful)
            .Victim("V2", ["O-I1"], consent: true, engagedRj: true)
            .Build();

        var result = Compute(c1, c2);

        result.Find("kpi10.10a.totalVictims")!.Value.Should().Be(0m);
        result.Find("kpi10.headline")!.Fraction.Should().Be(new Fraction(0, 0));
        result.Find("kpi10.headline")!.Value.Should().BeNull();
        result.Find("kpi10.10b.childrenWithVictim")!.Fraction.Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Explanation_lists_the_childs_victims_and_each_flag()
    {
        var child = OrderEndingInQ3("C1")
            .Victim("V1", ["O-I1"], consent: true, engagedRj: true, progressProvided: false)
            .Victim("V3", ["O-I1"], consent: false, engagedRj: true)
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi10.headline");
        headline.Status.Should().Be(ChildMeasureStatus.Met);
        headline.Reasons.Should().Equal(
            "victim V1 (consent to contact yes, engaged with restorative justice yes): consented to contact and engaged with restorative justice",
            "victim V3 (consent to contact no, engaged with restorative justice yes): consent to contact not recorded as yes: not in the denominator");
        var progress = explanation.Measures.Single(m => m.MeasureId == "kpi10.10e.progressInformation");
        progress.Status.Should().Be(ChildMeasureStatus.NotMet);
        progress.Reasons[0].Should().Be("victim V1 (consent to contact yes, engaged with restorative justice yes): not given information on case progress");
    }

    [Fact]
    public void Explanation_says_when_flags_come_from_another_childs_record()
    {
        var c1 = OrderEndingInQ3("C1").Victim("V1", ["O-I1"], consent: true, engagedRj: false).Build();
        var c2 = OrderEndingInQ3("C2").Victim("V1", ["O-I1"], consent: false, engagedRj: true).Build();
        var prepared = KpiEngine.Prepare(Service(c1, c2));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C2"), Q3).AsT0;

        explanation.Measures.Single(m => m.MeasureId == "kpi10.headline").Reasons.Should().Equal(
            "victim V1 (consent to contact no, engaged with restorative justice yes): consented to contact and engaged with restorative justice",
            "victim V1 (consent to contact no, engaged with restorative justice yes): flags combined with the same victim's records on other children's cases (any yes is yes)");
    }

    [Fact]
    public void Explanation_of_a_child_outside_the_cohort_or_without_victims()
    {
        var outside = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2024-05-01").Victim("V1", ["O-I1"], consent: true, engagedRj: true).Build();
        var noVictim = OrderEndingInQ3("C2").Build();
        var prepared = KpiEngine.Prepare(Service(outside, noVictim));
        var engine = new KpiEngine();

        var a = engine.Explain(prepared, new ChildId("C1"), Q3).AsT0.Measures.Single(m => m.MeasureId == "kpi10.headline");
        var b = engine.Explain(prepared, new ChildId("C2"), Q3).AsT0.Measures.Single(m => m.MeasureId == "kpi10.10b.childrenWithVictim");

        a.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        a.Reasons.Should().Equal("not in the quarter's cohort: victims are counted for children whose order ends in the quarter");
        b.Status.Should().Be(ChildMeasureStatus.NotMet);
        b.Reasons.Should().Equal("no victim linked to the offences of the child's orders ending in the quarter");
    }

    [Fact]
    public void Property_victims_numerators_never_exceed_their_denominators_and_child_order_does_not_matter()
    {
        long withVictims = 0, withViewsSought = 0;
        Gen.Select(CaseGenerator.Children, CaseGenerator.Quarter, Gen.Bool).Sample(t =>
        {
            var (children, quarter, refined) = t;
            var definitions = refined ? DefinitionSet.Definitions2024 : DefinitionSet.Definitions2023;
            var engine = new KpiEngine();
            var forward = engine.Compute(KpiEngine.Prepare(CaseGenerator.Service(children)), quarter, definitions);
            var backward = engine.Compute(KpiEngine.Prepare(CaseGenerator.Service(children.Reverse())), quarter, definitions);

            var mine = forward.Measures.Where(m => m.Id.StartsWith("kpi10.", System.StringComparison.Ordinal)).ToList();
            foreach (var id in new[] { "kpi10.headline", "kpi10.10b.childrenWithVictim", "kpi10.10d.viewsSought", "kpi10.10e.progressInformation", "kpi10.10f.supportInformation", "kpi10.10g.contacted" })
            {
                var m = forward.Find(id)!;
                m.Numerator.Should().BeLessThanOrEqualTo(m.Denominator, id);
            }

            forward.Find("kpi10.headline")!.Denominator.Should().BeLessThanOrEqualTo(forward.Find("kpi10.10a.totalVictims")!.Numerator);
            mine.Select(m => m.Fraction).Should().Equal(mine.Select(m => backward.Find(m.Id)!.Fraction));
            Interlocked.Add(ref withVictims, forward.Find("kpi10.headline")!.Denominator > 0 ? 1 : 0);
            Interlocked.Add(ref withViewsSought, forward.Find("kpi10.10d.viewsSought")!.Numerator > 0 ? 1 : 0);
        });

        // Guard: services with victims, some of whose views were sought, or the bounds hold on empty fractions.
        var totals = $"{withVictims} services with victims, {withViewsSought} with views sought";
        withVictims.Should().BeGreaterThanOrEqualTo(10, totals);
        withViewsSought.Should().BeGreaterThanOrEqualTo(5, totals);
    }
}
