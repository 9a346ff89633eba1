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
            return "KPIs 4/5: the 2023 headline is children with a need ÷ children with an order ending; the 2024 headline is children with a need who were offered an intervention or already in treatment ÷ children with a need (kpi-rules §2.11). "
                + "An intervention counts as offered (attended) under 2023 when offered (attendance started) on or before the order end and not before the screening (or the offer); under 2024 when offered (attendance started) within the order, or the child was already in treatment at its start (kpi-rules §2.4).";
        }

        if (measure.Area == KpiArea.OutOfCourtDisposals)
        {
            return "KPI 6: the 2023 and 2024 rules agree (kpi-rules §2.11); a child's standing changes only through the cohort: under the 2024 definitions a DTO licence takes the child's age on the outcome date, so it can enter the cohort and, being more serious, be kept instead of an out-of-court disposal ending in the same quarter (kpi-rules §13.3, §13.4).";
        }

        if (measure.Area == KpiArea.WiderServices)
        {
            return "Wider services: the 2023 definitions count a care status held at the end of the order; the 2024 definitions count one held at any point during it, from the start of the intervention (for custody, the day before custody began) to its end (kpi-rules §2.11, §13.6).";
        }

        if (measure.Area == KpiArea.ManagementBoardAttendance)
        {
            return "KPI 7 (management board attendance): the 2023 and 2024 definitions count it the same way (kpi-rules §2.11).";
        }

        if (measure.Area == KpiArea.SeriousViolence)
        {
            return "KPI 9: the 2023 and 2024 definitions count serious violence the same way; it does not depend on the cohort (kpi-rules §2.11, §13.13).";
        }

        if (measure.Area == KpiArea.Victims)
        {
            return "KPI 10: the 2023 definitions divide 10e/10f by victims who requested the information; the 2024 definitions divide by victims who consented to contact (kpi-rules §2.11).";
        }

        return "The cohort: under the 2024 definitions a DTO licence intervention takes the child's age on the outcome date (kpi-rules §13.4).";
    }
}
