using YouthJustice.Domain.Children;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 8 (table 7 of the YJB returns), in return order: every measure the YJB pipeline names
/// (kpi-rules §2.7, §13.12, S20), each id written out so that it can be searched for. <c>WiderServicesMeasuresTest</c>
/// checks that 8a and 8b each cover exactly the statuses that count for wider services, once and in value order, and
/// that each written id names the status its measure reads.
/// </summary>
internal static class WiderServicesMeasures
{
    /// <summary>Every KPI 8 measure, in return order.</summary>
    public static readonly WiderServicesMeasure[] All =
    [
        new("kpi8.headline", KpiArea.WiderServices.HeadlineLabel, WiderServicesRule.Headline),

        AtStart("kpi8.8a.atStart.LookedAfter", CareStatus.LookedAfter),
        AtStart("kpi8.8a.atStart.ChildProtectionPlan", CareStatus.ChildProtectionPlan),
        AtStart("kpi8.8a.atStart.ChildInNeed", CareStatus.ChildInNeed),
        AtStart("kpi8.8a.atStart.EarlyHelp", CareStatus.EarlyHelp),

        During("kpi8.8b.during.LookedAfter", CareStatus.LookedAfter),
        During("kpi8.8b.during.ChildProtectionPlan", CareStatus.ChildProtectionPlan),
        During("kpi8.8b.during.ChildInNeed", CareStatus.ChildInNeed),
        During("kpi8.8b.during.EarlyHelp", CareStatus.EarlyHelp),

        new("kpi8.8c.openToEarlyHelpBeforeStart", "Children already referred to early help before their order started", WiderServicesRule.OpenToEarlyHelpBeforeStart),
        new("kpi8.8c.referredToEarlyHelpDuring", "Children referred to early help during their order", WiderServicesRule.ReferredToEarlyHelpDuring),
    ];

    private static WiderServicesMeasure AtStart(string id, CareStatus status)
        => new(id, "Children with this status at the start of their order: " + status.Label, WiderServicesRule.AtStart) { Status = status };

    private static WiderServicesMeasure During(string id, CareStatus status)
        => new(id, "Children with this status at any point during their order: " + status.Label, WiderServicesRule.During) { Status = status };
}
