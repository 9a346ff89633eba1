using System;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 4 — Mental health and emotional wellbeing: of children with a screened or identified mental health or emotional
/// wellbeing need, the proportion offered an intervention or already in treatment (2024); children with such a need as a
/// proportion of children with an order ending (2023).
/// </summary>
/// <remarks>
/// <para><b>Cohort</b>: children with an order ending in the quarter (kpi-rules §1.2).</para>
/// <para><b>Records</b>: a mental-health record is used when it has no screening date or was screened on or before the
/// order end. <b>In treatment prior</b>: attendance started strictly before the intervention start and was open on that
/// day. <b>Need</b>: any used record screened, or in treatment prior (kpi-rules §2.4, §13.9).</para>
/// <para><b>Headline</b>, 2023 (v1): children with a need ÷ the cohort. 2024 (v8): children with a need who were in
/// treatment prior or offered getting advice, getting help, getting additional help or getting risk support within
/// [intervention start, order end] ÷ children with a need, judged across all of the child's records.</para>
/// <para><b>Offered / attending</b>, 2024: type X and offered (attendance started) within the order, or in treatment
/// prior. 2023: type X, offered on or before the order end and not before the screening; attendance started on or
/// before the order end and not before the screening or the offer.</para>
/// <para><b>Sub-measures</b>: 4a need ÷ cohort; 4b in treatment at the start ÷ need; 4c offered by tier ÷ need,
/// attending by tier ÷ offered that tier, offered but not attended ÷ offered; 4d need by type of order (the split of 4a). The catalogue, <see cref="MentalHealthMeasures"/>, writes every id out.</para>
/// </remarks>
[Source("YJB KPI guidance, KPI 4 (gov.uk S1, launch wording S2); YJB pipeline kpi4 case level v1/_v8 (kpi-rules §2.4, §2.11, §13.9, S27)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", EffectiveFrom = "2023-04-01", Confidence = Confidence.High)]
internal sealed class MentalHealthKpi : HealthNeedKpi
{
    public MentalHealthKpi()
        : base(KpiArea.MentalHealth, MentalHealthMeasures.All)
    {
    }

    protected override RecordKind Kind => RecordKind.MentalHealth;

    protected override ReadOnlySpan<HealthRow> RowsOf(CaseTable table, int child) => table.MentalHealthOf(child);

    protected override int FirstRowOf(CaseTable table, int child) => table.MentalHealthStart(child);
}
