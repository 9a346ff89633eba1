using YouthJustice.Domain.Health;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 5, in return order: every measure the YJB pipeline and template name (kpi-rules §2.5, §13.9,
/// S24, S27), each id written out so that it can be searched for; the template's derived "no intervention" row last.
/// <c>HealthNeedMeasuresTest</c> checks that the catalogue offers and attends every intervention type once, in
/// value order, and that each written id names the type its measure reads.
/// </summary>
internal static class SubstanceMisuseMeasures
{
    private const string Need = "a substance misuse need";
    private const string Targeted = "targeted intervention or treatment";
    private const string Specialist = "specialist substance misuse treatment";
    private const string ComplexCare = "complex care treatment intervention";

    /// <summary>Every KPI 5 measure, in return order.</summary>
    public static readonly HealthNeedMeasure[] All =
    [
        HealthNeedMeasure.Headline("kpi5.headline", KpiArea.SubstanceMisuse),
        HealthNeedMeasure.Need("kpi5.5a.need", KpiArea.SubstanceMisuse, Need),
        HealthNeedMeasure.InTreatmentAtStart("kpi5.5b.inTreatmentAtStart", Need),

        HealthNeedMeasure.Offered("kpi5.5c.offered.TargetedIntervention", Need, SubstanceMisuseIntervention.TargetedIntervention, Targeted),
        HealthNeedMeasure.Offered("kpi5.5c.offered.SpecialistSubstanceMisuseTreatment", Need, SubstanceMisuseIntervention.SpecialistSubstanceMisuseTreatment, Specialist),
        HealthNeedMeasure.Offered("kpi5.5c.offered.ComplexCare", Need, SubstanceMisuseIntervention.ComplexCare, ComplexCare),

        HealthNeedMeasure.Attending("kpi5.5c.attending.TargetedIntervention", SubstanceMisuseIntervention.TargetedIntervention, Targeted),
        HealthNeedMeasure.Attending("kpi5.5c.attending.SpecialistSubstanceMisuseTreatment", SubstanceMisuseIntervention.SpecialistSubstanceMisuseTreatment, Specialist),
        HealthNeedMeasure.Attending("kpi5.5c.attending.ComplexCare", SubstanceMisuseIntervention.ComplexCare, ComplexCare),

        HealthNeedMeasure.OfferedNotAttended("kpi5.5c.offeredNotAttended", Need),
        HealthNeedMeasure.NoIntervention("kpi5.5c.noIntervention", Need),
    ];
}
