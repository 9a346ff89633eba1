using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 10 explanations (kpi-rules §2.10, §13.14): the reason given for each victim record on every measure, for a
/// victim with every flag yes, one who consented with every other flag no and one who did not consent, under both
/// definition sets (2023 divides 10e/10f by the victims who asked).
/// </summary>
public class VictimsExplanationReasonsTest
{
    private const string V1 = "victim V1 (consent to contact yes, engaged with restorative justice yes)";
    private const string V2 = "victim V2 (consent to contact yes, engaged with restorative justice no)";
    private const string V3 = "victim V3 (consent to contact no, engaged with restorative justice no)";

    /// <summary>C1's referral order ends on 2023-11-30 (2023Q3); V1 says yes to everything, V2 consented and says no to the rest, V3 did not consent but asked for progress information.</summary>
    private static ChildCase ThreeVictims()
        => Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30")
            .Victim("V1", ["O-I1"], consent: true, engagedRj: true, viewsSought: true, progressRequested: true, progressProvided: true, supportRequested: true, supportProvided: true, contacted: true)
            .Victim("V2", ["O-I1"], consent: true, engagedRj: false, viewsSought: false, progressRequested: false, progressProvided: false, supportRequested: false, supportProvided: false, contacted: false)
            .Victim("V3", ["O-I1"], consent: false, engagedRj: false, viewsSought: false, progressRequested: true, progressProvided: false, supportRequested: false, supportProvided: false, contacted: false)
            .Build();

    private static MeasureExplanation Measure(DefinitionSet definitions, string id, params ChildCase[] children)
        => new KpiEngine().Explain(KpiEngine.Prepare(Service(children)), new ChildId("C1"), Q3, definitions).AsT0.Measures.Single(m => m.MeasureId == id);

    [Theory]
    [InlineData("kpi10.10a.totalVictims", ": counted once across the service", ": counted once across the service", ": counted once across the service")]
    [InlineData("kpi10.10b.childrenWithVictim", ": linked to an offence of the child's order ending in the quarter", ": linked to an offence of the child's order ending in the quarter", ": linked to an offence of the child's order ending in the quarter")]
    [InlineData("kpi10.10c.restorativeJusticeProcesses", ": a restorative justice process the victim engaged with", ": no restorative justice process engaged with on this record", ": consent to contact not recorded as yes: not in the denominator")]
    [InlineData("kpi10.10d.viewsSought", ": views sought before the decision", ": views not sought before the decision", ": consent to contact not recorded as yes: not in the denominator")]
    [InlineData("kpi10.10e.progressInformation", ": given information on case progress", ": not given information on case progress", ": consent to contact not recorded as yes: not in the denominator")]
    [InlineData("kpi10.10f.supportInformation", ": given information on additional support services", ": not given information on additional support services", ": consent to contact not recorded as yes: not in the denominator")]
    [InlineData("kpi10.10g.contacted", ": contacted by the YJS", ": not contacted by the YJS", ": consent to contact not recorded as yes: not in the denominator")]
    public void Each_victim_record_is_explained_on_each_sub_measure_by_its_own_flags_under_the_2024_definitions(string measure, string v1, string v2, string v3)
    {
        var explanation = Measure(DefinitionSet.Definitions2024, measure, ThreeVictims());

        explanation.Status.Should().Be(ChildMeasureStatus.Met);
        explanation.Reasons.Should().Equal(V1 + v1, V2 + v2, V3 + v3);
    }

    [Theory]
    [InlineData("kpi10.10e.progressInformation", ": given information on case progress", ": did not request information on case progress: not in the denominator", ": not given information on case progress")]
    [InlineData("kpi10.10f.supportInformation", ": given information on additional support services", ": did not ask for information on additional support services: not in the denominator", ": did not ask for information on additional support services: not in the denominator")]
    [InlineData("kpi10.10d.viewsSought", ": views sought before the decision", ": views not sought before the decision", ": consent to contact not recorded as yes: not in the denominator")]
    public void Under_the_2023_definitions_progress_and_support_information_are_explained_by_what_the_victim_asked_for(string measure, string v1, string v2, string v3)
    {
        var explanation = Measure(DefinitionSet.Definitions2023, measure, ThreeVictims());

        explanation.Status.Should().Be(ChildMeasureStatus.Met);
        explanation.Reasons.Should().Equal(V1 + v1, V2 + v2, V3 + v3);
    }

    [Fact]
    public void A_consenting_victim_who_did_not_engage_is_in_the_headline_denominator_only()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30")
            .Victim("V2", ["O-I1"], consent: true, engagedRj: false)
            .Build();

        var explanation = Measure(DefinitionSet.Definitions2024, "kpi10.headline", child);

        explanation.Status.Should().Be(ChildMeasureStatus.NotMet);
        explanation.Reasons.Should().Equal(V2 + ": consented to contact, did not engage with restorative justice");
    }

    [Fact]
    public void The_note_on_flags_combined_across_children_is_given_on_victim_measures_but_not_on_the_count_of_children()
    {
        // V1 consented on C2's record only: on C1's case its flags are combined with C2's.
        var c1 = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30").Victim("V1", ["O-I1"], consent: false, engagedRj: true).Build();
        var c2 = Child("C2").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30").Victim("V1", ["O-I1"], consent: true, engagedRj: false).Build();
        const string v1 = "victim V1 (consent to contact no, engaged with restorative justice yes)";
        const string combined = v1 + ": flags combined with the same victim's records on other children's cases (any yes is yes)";

        Measure(DefinitionSet.Definitions2024, "kpi10.10a.totalVictims", c1, c2).Reasons.Should().Equal(v1 + ": counted once across the service", combined);
        Measure(DefinitionSet.Definitions2024, "kpi10.10b.childrenWithVictim", c1, c2).Reasons.Should().Equal(v1 + ": linked to an offence of the child's order ending in the quarter");
    }

    [Theory]
    [InlineData("kpi10.headline", ChildMeasureStatus.NotInDenominator)]
    [InlineData("kpi10.10a.totalVictims", ChildMeasureStatus.NotInDenominator)]
    [InlineData("kpi10.10c.restorativeJusticeProcesses", ChildMeasureStatus.NotInDenominator)]
    [InlineData("kpi10.10b.childrenWithVictim", ChildMeasureStatus.NotMet)]
    public void A_cohort_child_without_a_victim_is_told_so_on_every_measure(string measure, ChildMeasureStatus status)
    {
        var explanation = Measure(DefinitionSet.Definitions2024, measure, Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30").Build());

        explanation.Status.Should().Be(status);
        explanation.Reasons.Should().Equal("no victim linked to the offences of the child's orders ending in the quarter");
    }
}
