using YouthJustice.Domain.Services;
using YouthJustice.Domain.Victims;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Sampling;

namespace YouthJustice.Kpi.Tests.Measures;

/// <summary>
/// KPI 10's figures and a child's explanation come from one evaluation. When every child has at most one victim of
/// its own (no victim shared, none recorded twice), each victim, process and child is one cohort child, so summing the
/// children's explained statuses must give every KPI 10 figure: a drift between computing and explaining fails here.
/// </summary>
public class VictimsComputeExplainAgreementTest
{
    [Theory]
    [InlineData("2023")]
    [InlineData("2024")]
    public void Summing_the_explained_status_of_every_cohort_child_gives_each_kpi10_figure(string definitionsName)
    {
        var definitions = definitionsName == "2023" ? DefinitionSet.Definitions2023 : DefinitionSet.Definitions2024;
        var prepared = KpiEngine.Prepare(OneVictimOfItsOwn(SampleGenerator.Generate(new SampleOptions(600, 11, new ReportingQuarter(2023, 1), 8, "S", "Service"))));
        var engine = new KpiEngine();
        var met = new Dictionary<string, int>();
        var notMet = new Dictionary<string, int>();

        for (var quarter = new ReportingQuarter(2023, 2); quarter <= new ReportingQuarter(2024, 3); quarter = quarter.Next())
        {
            var result = engine.Compute(prepared, quarter, definitions);
            var ids = result.Measures.Where(m => m.Id.StartsWith("kpi10.", System.StringComparison.Ordinal)).Select(m => m.Id).ToList();
            var numerators = ids.ToDictionary(id => id, _ => 0L);
            var denominators = ids.ToDictionary(id => id, _ => 0L);
            foreach (var member in result.Cohort.Members)
            {
                foreach (var m in engine.Explain(prepared, member.ChildId, quarter, definitions).AsT0.Measures.Where(m => numerators.ContainsKey(m.MeasureId)))
                {
                    numerators[m.MeasureId] += m.Status == ChildMeasureStatus.Met ? 1 : 0;
                    denominators[m.MeasureId] += m.Status is ChildMeasureStatus.Met or ChildMeasureStatus.NotMet ? 1 : 0;
                    Tally(met, m.MeasureId, m.Status == ChildMeasureStatus.Met);
                    Tally(notMet, m.MeasureId, m.Status == ChildMeasureStatus.NotMet);
                }
            }

            foreach (var id in ids)
            {
                var figure = result.Find(id)!;
                figure.Numerator.Should().Be(numerators[id], "{0} in {1}", id, quarter);
                if (id != "kpi10.10a.totalVictims")
                {
                    figure.Denominator.Should().Be(denominators[id], "{0} in {1}", id, quarter);
                }
            }
        }

        // Guard: every measure saw children in its numerator, and every percentage but 10g (the sample contacts every
        // victim who consents) children in its denominator only.
        met.Should().HaveCount(8).And.OnlyContain(kv => kv.Value >= 10, "each KPI 10 measure must count children");
        notMet.Keys.Should().BeEquivalentTo(met.Keys.Except(["kpi10.10a.totalVictims", "kpi10.10g.contacted"]));
        notMet.Values.Should().OnlyContain(n => n >= 10);
    }

    private static void Tally(Dictionary<string, int> counts, string id, bool yes)
    {
        if (yes)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
    }

    // Each child keeps only its first victim record, under an id of its own.
    private static ServiceData OneVictimOfItsOwn(ServiceData data)
    {
        var children = new List<ChildCase>();
        foreach (var c in data.Children)
        {
            var victims = c.Victims.Take(1).Select(v => new VictimRecord(
                new VictimId(c.Id.Value + "-V"), v.OffenceIds, v.ConsentToContact, v.EngagedRestorativeJustice, v.ViewsSoughtBeforeDecision, v.ProgressRequested, v.ProgressProvided, v.SupportRequested, v.SupportProvided, v.Contacted));
            children.Add(new ChildCase(c.Id, c.DateOfBirth, c.Sex, c.Ethnicity, c.Offences, c.Interventions, c.Accommodation, c.Ete, c.SendAln, c.MentalHealth, c.SubstanceMisuse, c.CareStatus, victims));
        }

        return new ServiceData(data.Code, data.Name, data.Populations, data.BoardAttendance, children);
    }
}
