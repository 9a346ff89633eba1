using System;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 5 — Substance misuse: of children with a screened or identified substance misuse need, the proportion offered
/// treatment or support or already in treatment (2024); children with such a need as a proportion of children with an
/// order ending (2023).
/// </summary>
/// <remarks>
/// <para>The same rules as KPI 4 (one implementation, <see cref="HealthNeedRules"/>) over the substance-misuse records,
/// with the three intervention types: targeted intervention, specialist substance misuse treatment and complex care
/// (kpi-rules §2.5, §13.9).</para>
/// <para><b>Headline</b>, 2023 (v1): children with a need ÷ the cohort. 2024 (v8): children with a need who were in
/// treatment prior or offered one of the three types within [intervention start, order end] ÷ children with a need.</para>
/// <para><b>Sub-measures</b>: 5a need ÷ cohort; 5b in existing treatment or support at the start ÷ need; 5c offered by
/// type ÷ need, attending by type ÷ offered that type, offered but not attended ÷ offered, and the template's derived
/// "no intervention" row (need − offered: children with a need offered none of the types ÷ need); 5d need by type of
/// order (the split of 5a). The catalogue, <see cref="SubstanceMisuseMeasures"/>, writes every id out.</para>
/// </remarks>
[Source("YJB KPI guidance, KPI 5 (gov.uk S1, launch wording S2); YJB pipeline kpi5 case level v1/_v8 and template (kpi-rules §2.5, §2.11, §13.9, S24, S27)", Url = "https://gov.uk/guidance/key-performance-indicators-for-youth-justice-services", EffectiveFrom = "2023-04-01", Confidence = Confidence.High)]
internal sealed class SubstanceMisuseKpi : HealthNeedKpi
{
    public SubstanceMisuseKpi()
        : base(KpiArea.SubstanceMisuse, SubstanceMisuseMeasures.All)
    {
    }

    protected override RecordKind Kind => RecordKind.SubstanceMisuse;

    protected override ReadOnlySpan<HealthRow> RowsOf(CaseTable table, int child) => table.SubstanceMisuseOf(child);

    protected override int FirstRowOf(CaseTable table, int child) => table.SubstanceMisuseStart(child);
}
