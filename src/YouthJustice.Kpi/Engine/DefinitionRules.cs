using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Engine;

/// <summary>The definition difference (kpi-rules §2.11) that can change a child's standing on a measure, in words.</summary>
internal static class DefinitionRules
{
    public static string For(MeasureDefinition measure)
    {
        if (measure.Area == KpiArea.Accommodation)
        {
            return "KPI 1: the 2023 definitions read primary residences only; the 2024 definitions read every residence (kpi-rules §2.11).";
        }

        if (measure.Area == KpiArea.MentalHealth || measure.Area == KpiArea.SubstanceMisuse)
        {
            return "KPIs 4/5: the 2023 headline is children with a need ÷ children with an order ending; the 2024 headline is children with a need who were offered an intervention or already in treatment ÷ children with a need (kpi-rules §2.11).";
        }

        if (measure.Area == KpiArea.WiderServices)
        {
            return "Wider services: the 2023 definitions count a care status held at the end of the order; the 2024 definitions count one held at any point during it (kpi-rules §2.11).";
        }

        if (measure.Area == KpiArea.Victims)
        {
            return "KPI 10: the 2023 definitions divide 10e/10f by victims who requested the information; the 2024 definitions divide by victims who consented to contact (kpi-rules §2.11).";
        }

        return "The cohort: under the 2024 definitions a DTO licence intervention takes the child's age on the outcome date (kpi-rules §13.4).";
    }
}
