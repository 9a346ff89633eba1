using YouthJustice.Domain.Health;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 4, in return order: every measure the YJB pipeline names (kpi-rules §2.4, §13.9, S27), each id
/// written out so that it can be searched for. <c>HealthNeedMeasuresTest</c> checks that the catalogue offers and
/// attends every intervention tier once, in value order, and that each written id names the tier its measure reads.
/// </summary>
internal static class MentalHealthMeasures
{
    private const string Need = "a mental health or emotional wellbeing need";
    private const string Advice = "getting advice";
    private const string Help = "getting help";
    private const string AdditionalHelp = "getting additional help";
    private const string RiskSupport = "getting risk support";

    /// <summary>Every KPI 4 measure, in return order.</summary>
    public static readonly HealthNeedMeasure[] All =
    [
        HealthNeedMeasure.Headline("kpi4.headline", KpiArea.MentalHealth),
        HealthNeedMeasure.Need("kpi4.4a.need", KpiArea.MentalHealth, Need),
        HealthNeedMeasure.InTreatmentAtStart("kpi4.4b.inTreatmentAtStart", Need),

        HealthNeedMeasure.Offered("kpi4.4c.offered.GettingAdvice", Need, MentalHealthIntervention.GettingAdvice, Advice),
        HealthNeedMeasure.Offered("kpi4.4c.offered.GettingHelp", Need, MentalHealthIntervention.GettingHelp, Help),
        HealthNeedMeasure.Offered("kpi4.4c.offered.GettingAdditionalHelp", Need, MentalHealthIntervention.GettingAdditionalHelp, AdditionalHelp),
        HealthNeedMeasure.Offered("kpi4.4c.offered.GettingRiskSupport", Need, MentalHealthIntervention.GettingRiskSupport, RiskSupport),

        HealthNeedMeasure.Attending("kpi4.4c.attending.GettingAdvice", MentalHealthIntervention.GettingAdvice, Advice),
        HealthNeedMeasure.Attending("kpi4.4c.attending.GettingHelp", MentalHealthIntervention.GettingHelp, Help),
        HealthNeedMeasure.Attending("kpi4.4c.attending.GettingAdditionalHelp", MentalHealthIntervention.GettingAdditionalHelp, AdditionalHelp),
        HealthNeedMeasure.Attending("kpi4.4c.attending.GettingRiskSupport", MentalHealthIntervention.GettingRiskSupport, RiskSupport),

        HealthNeedMeasure.OfferedNotAttended("kpi4.4c.offeredNotAttended", Need),
    ];
}
