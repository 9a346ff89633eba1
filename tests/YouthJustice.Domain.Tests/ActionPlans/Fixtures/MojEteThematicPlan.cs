using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans.Fixtures;

/// <summary>
/// Seed 003: the Ministry of Justice's action plan (submitted 23 February 2023) responding to HMIP's thematic
/// inspection of education, training and employment services in youth offending teams (published 7 June 2022).
/// Seven recommendations; owners are posts or organisations with oversight; many timescales are "ongoing" (kept as
/// text, no due date). "From April 2023" becomes 30 April 2023 (a month: its last day); "2023/24" becomes 31 March
/// 2024 (a financial year: its last day). Responses are shortened.
/// </summary>
internal static class MojEteThematicPlan
{
    internal static readonly PostTitle PolicyUnitDeputyDirector = new("Deputy Director of the Youth Justice Policy Unit");
    internal static readonly PostTitle DfeUnitHead = new("Head of Education Engagement and Serious Violence Unit");
    internal static readonly PostTitle WalesDeputyDirectors = new("Wales – Deputy Director of Support for Learners Division and Deputy Director of Equity in Education Division");
    internal static readonly PostTitle MojAndYjb = new("Ministry of Justice (developed KPIs) / Youth Justice Board responsible for oversight and monitoring");
    internal static readonly PostTitle YjbOversight = new("Youth Justice Board – organisation with oversight");

    private static readonly LocalDate KpisInForce = new(2023, 4, 30);
    private static readonly LocalDate EndOf2023To24 = new(2024, 3, 31);

    internal static ActionPlan Build() => new(
        "Action plan: a joint inspection of education, training and employment services in youth offending teams in England and Wales",
        ActionPlanSource.ThematicInspection,
        new LocalDate(2023, 2, 23),
        [
            new Recommendation("1", "Address how the unidentified and unmet needs of YOT children can be prevented by earlier specialist assessment, intervention and support.",
            [
                new PlanAction("1.1", "Set new KPIs for YOTs including SEND/ALN children in suitable ETE with a learning plan; support SEND and AP reform.", PolicyUnitDeputyDirector, null,
                    timescale: "Ongoing. KPIs set and communicated in October 2022; data collected from April 2023."),
                new PlanAction("1.2", "Alternative Provision Specialist Taskforces in 22 areas and SAFE taskforces in 10 areas.", DfeUnitHead, null,
                    timescale: "Completed/ongoing. Launched autumn 2021."),
                new PlanAction("1.3", "Multi-agency task and finish group on support for EOTAS pupils; EOTAS referral and commissioning guidance.", WalesDeputyDirectors, null,
                    timescale: "Completed/ongoing."),
                new PlanAction("1.4", "Additional learning needs reform; thematic review of the ALN system.", WalesDeputyDirectors, null,
                    timescale: "Phased implementation from September 2021; review publication expected in 2023."),
            ]),
            new Recommendation("2", "Revise the national indicator of ETE engagement to a more meaningful measure, including attainment, covering out-of-court cases.",
            [
                new PlanAction("2.1", "New ETE KPI covering all children at the end of supervision, court and out-of-court (attainment not yet measured).", MojAndYjb, KpisInForce,
                    outcomeMeasure: "Proportion of children supported by the YOT engaged in ETE.", timescale: "KPIs from April 2023"),
            ]),
            new Recommendation("3", "YOT management boards ensure that all children have a comprehensive ETE assessment.",
            [
                new PlanAction("3.1", "ETE status assessed through AssetPlus and the out-of-court disposal assessment tool; YJB oversight at management boards.", YjbOversight, KpisInForce,
                    timescale: "KPIs from April 2023"),
            ]),
            new Recommendation("4", "YOT management boards monitor exclusion, attendance, SEN/ALN support and annual EHCP/IDP reviews.",
            [
                new PlanAction("4.1", "ETE KPI records attendance and SEN needs; YJB monitors through management boards.", YjbOversight, KpisInForce, timescale: "KPIs from April 2023"),
                new PlanAction("4.2", "Revised YJB skills matrix.", YjbOversight, EndOf2023To24, timescale: "2023/24"),
            ]),
            new Recommendation("5", "YOT management boards develop ambitious aims for ETE, including Level 2 English and maths for every child (partially accepted).",
            [
                new PlanAction("5.1", "KPI guidance encourages suitable, sustainable ETE contributing to attainment; YJB seeks assurance of an ambitious approach.", YjbOversight, KpisInForce, timescale: "KPIs from April 2023"),
            ]),
            new Recommendation("6", "YOT management boards establish more occupational training opportunities beyond compulsory school age.",
            [
                new PlanAction("6.1", "Youth justice plan guidance 2023/24 asks for the ETE offer including occupational and further education.", YjbOversight, EndOf2023To24, timescale: "YJ Plans for 2023/2024"),
            ]),
            new Recommendation("7", "Monitor ETE engagement and disproportionate representation, including children with an EHCP, with SEN/ALN, excluded, or on out-of-court disposals.",
            [
                new PlanAction("7.1", "YJB data split by protected characteristic; education partners contribute data on racial disproportionality.", YjbOversight, KpisInForce, timescale: "KPIs from April 2023"),
            ]),
        ]);
}
