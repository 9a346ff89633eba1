namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 10, in return order: every measure the YJB pipeline and long format name (kpi-rules §2.10,
/// §13.14, S23), each id written out so that it can be searched for, one rule per measure. <c>VictimsMeasuresTest</c>
/// checks that the catalogue declares every rule once and that each written id names its rule.
/// </summary>
internal static class VictimsMeasures
{
    /// <summary>Every KPI 10 measure, in return order.</summary>
    public static readonly VictimsMeasure[] All =
    [
        new("kpi10.headline", KpiArea.Victims.HeadlineLabel, VictimsRule.Headline),
        new("kpi10.10a.totalVictims", "Total number of victims", VictimsRule.TotalVictims),
        new("kpi10.10b.childrenWithVictim", "Children with an order closing with an identified victim or victims of youth crime, of children with an order ending", VictimsRule.ChildrenWithVictim),
        new("kpi10.10c.restorativeJusticeProcesses", "Individual restorative justice processes engaged with, of victims who consented to contact", VictimsRule.RestorativeJusticeProcesses),
        new("kpi10.10d.viewsSought", "Victims asked their view before out-of-court decision-making and planning for statutory court orders, of victims who consented to contact", VictimsRule.ViewsSought),
        new("kpi10.10e.progressInformation", "Victims given information about the progress of the child's case (2024: of victims who consented to contact; 2023: of victims who requested it)", VictimsRule.ProgressInformation),
        new("kpi10.10f.supportInformation", "Victims given information on additional support services (2024: of victims who consented to contact; 2023: of victims who asked for it)", VictimsRule.SupportInformation),
        new("kpi10.10g.contacted", "Victims contacted by the YJS, of victims who consented to contact", VictimsRule.Contacted),
    ];
}
